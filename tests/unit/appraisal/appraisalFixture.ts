/** A member of staff and a fresh draft, for tests about appraisal rules. */
import type { Appraisal } from '../../../shared/appraisal/appraisal';
import { createAppraisalDraft } from '../../../shared/appraisal/newAppraisal';
import type { Framework } from '../../../shared/framework/frameworkSchema';
import type { StaffMember } from '../../../shared/staff/staffMember';
import { makeFramework } from '../framework/frameworkFixture';

function staffMember(overrides: Partial<StaffMember> = {}): StaffMember {
  return {
    id: 'staff-hoa',
    fullName: 'Nguyễn Thị Hoa',
    preferredName: 'Hoa',
    role: 'Senior carer',
    team: 'Nights',
    startDate: '2021-06-01',
    leavingDate: null,
    lineManagerId: null,
    createdAt: '2021-06-01T09:00:00.000Z',
    updatedAt: '2021-06-01T09:00:00.000Z',
    ...overrides,
  };
}

/** A local-time moment, so `toIsoDate(now)` is the same calendar day in every time zone. */
const meetingDay = new Date(2026, 2, 12, 10, 30);

export function emptyDraft(
  options: { framework?: Framework; previous?: Appraisal | null; intervalMonths?: number } = {},
): Appraisal {
  return createAppraisalDraft({
    id: 'draft-1',
    staff: staffMember(),
    framework: options.framework ?? makeFramework(),
    previous: options.previous ?? null,
    appraiserName: 'Łucja Wąsowska',
    appraiserRole: 'Registered manager',
    intervalMonths: options.intervalMonths ?? 12,
    now: meetingDay,
  });
}
