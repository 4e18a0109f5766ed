import { describe, expect, it } from 'vitest';
import { complianceSummarySchema, type ComplianceRow } from '../../../shared/compliance/complianceRow';
import {
  complianceRowFor,
  complianceRows,
  daysBetween,
  summarise,
  type ComplianceAppraisal,
  type ComplianceStaff,
} from '../../../shared/compliance/complianceStatus';

const today = '2026-03-12';

function person(overrides: Partial<ComplianceStaff> = {}): ComplianceStaff {
  return {
    id: 'hoa',
    fullName: 'Nguyễn Thị Hoa',
    role: 'Senior carer',
    team: 'Nights',
    startDate: '2021-06-01',
    leavingDate: null,
    ...overrides,
  };
}

function signed(
  meetingDate: string,
  nextDueDate: string | null,
  overrides: Partial<ComplianceAppraisal> = {},
) {
  return {
    id: `a-${meetingDate}`,
    staffId: 'hoa',
    status: 'signed',
    version: 1,
    header: { meetingDate },
    nextDueDate,
    ...overrides,
  } satisfies ComplianceAppraisal;
}

function rowWithDue(nextDueDate: string): ComplianceRow | null {
  return complianceRowFor(person(), [signed('2025-03-01', nextDueDate)], 12, today);
}

describe('due-date boundaries', () => {
  it('due today is due soon, not overdue, with 0 days to go', () => {
    expect(rowWithDue(today)).toMatchObject({ status: 'due-soon', daysUntilDue: 0, nextDueDate: today });
  });
  it('due yesterday is overdue by one day', () => {
    expect(rowWithDue('2026-03-11')).toMatchObject({ status: 'overdue', daysUntilDue: -1 });
  });
  it('due tomorrow is due soon', () => {
    expect(rowWithDue('2026-03-13')).toMatchObject({ status: 'due-soon', daysUntilDue: 1 });
  });
  it('due in 30 days is due soon; in 31 days is in date', () => {
    expect(rowWithDue('2026-04-11')).toMatchObject({ status: 'due-soon', daysUntilDue: 30 });
    expect(rowWithDue('2026-04-12')).toMatchObject({ status: 'in-date', daysUntilDue: 31 });
  });
  it('counts calendar days across the clocks going forward (29 March 2026)', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });
});

describe('where the due date comes from', () => {
  it("uses the appraisal's own next due date when it has one", () => {
    const row = complianceRowFor(person(), [signed('2025-06-01', '2026-01-15')], 12, today);
    expect(row).toMatchObject({
      status: 'overdue',
      nextDueDate: '2026-01-15',
      lastSignedMeetingDate: '2025-06-01',
      lastSignedAppraisalId: 'a-2025-06-01',
    });
  });
  it("uses meeting date + the home's interval when the next due date is empty ('' or null)", () => {
    expect(complianceRowFor(person(), [signed('2025-06-01', '')], 12, today)?.nextDueDate).toBe('2026-06-01');
    expect(complianceRowFor(person(), [signed('2025-06-01', null)], 6, today)?.nextDueDate).toBe(
      '2025-12-01',
    );
  });
  it('a meeting on 29 February (leap year) with a 12-month interval is due on 28 February', () => {
    const row = complianceRowFor(person(), [signed('2024-02-29', '')], 12, '2025-02-28');
    expect(row).toMatchObject({ nextDueDate: '2025-02-28', status: 'due-soon', daysUntilDue: 0 });
    expect(complianceRowFor(person(), [signed('2024-02-29', '')], 12, '2025-03-01')?.status).toBe('overdue');
  });
  it('a leap day in the count of days: 28 February to 1 March 2028 is two days', () => {
    const row = complianceRowFor(person(), [signed('2027-03-01', '2028-03-01')], 12, '2028-02-28');
    expect(row?.daysUntilDue).toBe(2);
  });
});

describe('which appraisal counts', () => {
  it('the latest signed meeting wins over an older one', () => {
    const row = complianceRowFor(
      person(),
      [signed('2024-03-01', '2025-03-01'), signed('2025-09-01', '2026-09-01')],
      12,
      today,
    );
    expect(row).toMatchObject({ status: 'in-date', lastSignedAppraisalId: 'a-2025-09-01' });
  });
  it('an amendment counts and the version it superseded never does', () => {
    const original = signed('2025-03-20', '2026-03-20', { id: 'orig', status: 'superseded' });
    const amendment = signed('2025-03-20', '2026-09-20', { id: 'amend', version: 2 });
    const row = complianceRowFor(person(), [original, amendment], 12, today);
    expect(row).toMatchObject({
      lastSignedAppraisalId: 'amend',
      status: 'in-date',
      nextDueDate: '2026-09-20',
    });
    // The replaced version alone is not a signed appraisal.
    expect(complianceRowFor(person(), [original], 12, today)?.status).toBe('never-appraised');
  });
  it('drafts never count, however recent', () => {
    const draft = signed('2026-03-01', '2027-03-01', { id: 'draft', status: 'draft' });
    const row = complianceRowFor(person(), [signed('2024-01-10', '2025-01-10'), draft], 12, today);
    expect(row).toMatchObject({ status: 'overdue', lastSignedAppraisalId: 'a-2024-01-10' });
  });
  it("another person's appraisal is not read", () => {
    const theirs = signed('2026-01-01', '2027-01-01', { staffId: 'someone-else' });
    expect(complianceRowFor(person(), [theirs], 12, today)?.status).toBe('never-appraised');
  });
});

describe('never appraised and leavers', () => {
  it('never appraised: due at start date + interval, days counted from it', () => {
    const row = complianceRowFor(person({ startDate: '2025-09-01' }), [], 12, today);
    expect(row).toMatchObject({
      status: 'never-appraised',
      nextDueDate: '2026-09-01',
      daysUntilDue: 173,
      lastSignedMeetingDate: null,
      lastSignedAppraisalId: null,
    });
    expect(complianceRowFor(person({ startDate: '2020-01-01' }), [], 12, today)?.daysUntilDue).toBeLessThan(
      0,
    );
  });
  it('someone leaving today is not active; leaving tomorrow still is', () => {
    expect(complianceRowFor(person({ leavingDate: today }), [], 12, today)).toBeNull();
    expect(complianceRowFor(person({ leavingDate: '2026-03-13' }), [], 12, today)).not.toBeNull();
  });
  it('complianceRows leaves leavers out and keeps the order given', () => {
    const staff = [
      person({ id: 'b', fullName: 'B' }),
      person({ id: 'gone', fullName: 'Gone', leavingDate: '2025-01-01' }),
      person({ id: 'a', fullName: 'A' }),
    ];
    const rows = complianceRows(staff, [signed('2025-06-01', '', { staffId: 'a' })], 12, today);
    expect(rows.map((r) => [r.staffId, r.status])).toEqual([
      ['b', 'never-appraised'],
      ['a', 'in-date'],
    ]);
  });
});

describe('summarise', () => {
  function rowsOf(statuses: readonly ComplianceRow['status'][]): ComplianceRow[] {
    return statuses.map((status, i) => ({
      staffId: `s${i}`,
      fullName: `Person ${i}`,
      role: 'Carer',
      team: '',
      startDate: '2020-01-01',
      status,
      lastSignedMeetingDate: null,
      lastSignedAppraisalId: null,
      nextDueDate: null,
      daysUntilDue: null,
    }));
  }

  it('counts each status; completion counts in date and due soon', () => {
    const summary = summarise(rowsOf(['in-date', 'due-soon', 'overdue', 'never-appraised']), today);
    expect(summary.counts).toEqual({ active: 4, inDate: 1, dueSoon: 1, overdue: 1, neverAppraised: 1 });
    expect(summary.completionPercent).toBe(50);
    expect(complianceSummarySchema.safeParse(summary).success).toBe(true);
  });
  it('rounds down: 89.6% shows as 89%, never as 90%', () => {
    // 43 of 48 = 89.58%
    const rows = rowsOf([...Array<'in-date'>(43).fill('in-date'), ...Array<'overdue'>(5).fill('overdue')]);
    expect(summarise(rows, today).completionPercent).toBe(89);
  });
  it('whole figures stay whole: 29 of 29 is 100%, 9 of 10 is 90%', () => {
    expect(summarise(rowsOf(Array<'in-date'>(29).fill('in-date')), today).completionPercent).toBe(100);
    const nine = rowsOf([...Array<'due-soon'>(9).fill('due-soon'), 'never-appraised']);
    expect(summarise(nine, today).completionPercent).toBe(90);
  });
  it('no active staff gives 0%', () => {
    expect(summarise([], today)).toMatchObject({ completionPercent: 0, counts: { active: 0 } });
  });
});
