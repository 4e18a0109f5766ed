/**
 * A home with a known mix of appraisal standings on 12 March 2026, seeded straight into
 * IndexedDB (people and appraisals with their seal info; no vault files, which the dashboard
 * and records screens never read). The page's clock is fixed so "today" never drifts.
 */
import type { Page } from '@playwright/test';
import { toAppraisalRecord } from '../../renderer/db/appraisalRecord';
import type { StaffRecord } from '../../renderer/db/records';
import type { Appraisal } from '../../shared/appraisal/appraisal';
import { builtInFramework } from '../../shared/framework/builtin/builtInFramework';
import { nameKey } from '../../shared/staff/names';
import type { StaffMember } from '../../shared/staff/staffMember';
import { completeAppraisal } from '../fixtures/completeAppraisal';
import { putRecords } from './appraisalSteps';

/** 10:00 on 12 March 2026, London time. */
export const fixedNow = new Date('2026-03-12T10:00:00Z');

function person(id: string, fullName: string, team: string, extra: Partial<StaffMember> = {}): StaffMember {
  return {
    id,
    fullName,
    preferredName: '',
    role: team === 'Kitchen' ? 'Cook' : 'Care assistant',
    team,
    startDate: '2022-01-10',
    leavingDate: null,
    lineManagerId: null,
    createdAt: '2022-01-10T09:00:00.000Z',
    updatedAt: '2022-01-10T09:00:00.000Z',
    ...extra,
  };
}

const people = {
  ana: person('ana', 'Ana Pereira', 'Days'),
  ben: person('ben', 'Ben Okafor', 'Nights'),
  cara: person('cara', 'Cara Nowak', 'Nights'),
  dev: person('dev', 'Dev Sharma', 'Days', { startDate: '2025-01-06' }),
  eve: person('eve', 'Ștefan Țurcanu', 'Days'),
  gus: person('gus', 'Gus Brown', 'Kitchen'),
  hal: person('hal', 'Hal Jones', '=Bank'),
  finn: person('finn', 'Finn Leaver', 'Nights', { leavingDate: '2026-01-31' }),
} as const;

const firstManagement = builtInFramework.sections[0].competencies[0]?.id ?? '';
const managementIds = new Set(builtInFramework.sections[0].competencies.map((c) => c.id));

/** Moves every rated level by the given steps (kept within 1 to 4), so people sit apart on the picture. */
function shifted(appraisal: Appraisal, management: number, leadership: number): Appraisal {
  const ratings = Object.fromEntries(
    Object.entries(appraisal.ratings).map(([id, rating]) => {
      if (rating.level === null) return [id, rating];
      const step = managementIds.has(id) ? management : leadership;
      const level = Math.min(4, Math.max(1, rating.level + step)) as 1 | 2 | 3 | 4; // clamped to the scale
      return [id, { ...rating, level }];
    }),
  );
  return { ...appraisal, ratings };
}

function signed(
  id: string,
  who: StaffMember,
  meetingDate: string,
  nextDueDate: string,
  extra: Partial<Appraisal> = {},
): Appraisal {
  const base = completeAppraisal();
  return completeAppraisal({
    id,
    staffId: who.id,
    status: 'signed',
    header: {
      ...base.header,
      staffName: who.fullName,
      roleAtTime: who.role,
      teamAtTime: who.team,
      meetingDate,
      periodStart: meetingDate.replace(/^(\d{4})/, (y) => String(Number(y) - 1)),
      periodEnd: meetingDate,
    },
    nextDueDate,
    sealed: {
      documentId: `${id}-v${extra.version ?? 1}`,
      fingerprint: id
        .padEnd(64, '0')
        .replace(/[^0-9a-f]/g, 'a')
        .slice(0, 64),
      pdfSha256: 'b'.repeat(64),
      sealedAt: `${meetingDate}T15:00:00.000Z`,
      auditHead: 'c'.repeat(64),
    },
    ...extra,
  });
}

const needItem = {
  id: 'need-1',
  area: 'management',
  competencyId: firstManagement,
  action: 'Plan the rota with the deputy for a month.',
  trainingNeed: '',
  byWhen: '',
} as const;

/** Active: 7. In date: Ana, Ștefan (amendment), Hal. Due soon: Ben. Overdue: Cara. Never: Dev, Gus. */
const appraisals: Appraisal[] = [
  signed('ap-ana', people.ana, '2025-09-01', '2026-09-01', {
    development: { items: [needItem], dismissedSuggestions: [] },
  }),
  signed('ap-ben', people.ben, '2025-03-20', '2026-03-20', {
    development: { items: [needItem], dismissedSuggestions: [] },
  }),
  shifted(signed('ap-cara', people.cara, '2024-12-01', '2025-12-01'), -1, -1),
  signed('ap-eve-1', people.eve, '2025-10-01', '2026-03-01', {
    status: 'superseded',
    supersededById: 'ap-eve-2',
  }),
  shifted(
    signed('ap-eve-2', people.eve, '2025-10-01', '2026-10-01', {
      version: 2,
      supersedesId: 'ap-eve-1',
      amendmentReason: 'Corrected the next due date.',
    }),
    -1,
    1,
  ),
  shifted(signed('ap-hal', people.hal, '2025-11-15', '2026-11-15'), 1, -1),
  signed('ap-finn', people.finn, '2024-06-01', '2025-06-01'),
  {
    ...signed('ap-gus-draft', people.gus, '', ''),
    status: 'draft',
    sealed: null,
    updatedAt: '2026-03-11T16:00:00.000Z',
  },
];

/**
 * A member of staff as the register stores them. The staff repository's own `toRecord` is not
 * exported, so this adds the one derived field with the app's `nameKey`; `StaffRecord` keeps the
 * shape in step with the app's.
 */
function staffRecord(member: StaffMember): StaffRecord {
  return { ...member, nameKey: nameKey(member.fullName) };
}

/** Writes the people and appraisals (records made by the app's own functions) in one transaction, then reloads. */
export async function seedHome(page: Page): Promise<void> {
  await putRecords(page, {
    staff: Object.values(people).map(staffRecord),
    appraisals: appraisals.map(toAppraisalRecord),
  });
  await page.reload();
}

/** Adds `count` people who have never been appraised ("Person 001"…), for long lists. */
export async function seedManyPeople(page: Page, count: number): Promise<void> {
  const staff = Array.from({ length: count }, (_, i) =>
    staffRecord(
      person(`many-${i}`, `Person ${String(i + 1).padStart(3, '0')}`, 'Bank', {
        // Later numbers started earlier, so they are the most overdue and sort first.
        startDate: `${2024 - Math.floor(i / 12)}-${String(12 - (i % 12)).padStart(2, '0')}-01`,
      }),
    ),
  );
  await putRecords(page, { staff });
  await page.reload();
}

/** The member of staff seedManyAppraisals gives the oldest appraisal: a name too long for its column. */
export const longestName = 'Oluwaseun Adébáyọ̀-Okonkwo-Ìbèkwè Nwachukwu-Fitzgerald';
/** Their role, also too long for its column. */
export const longestRole = 'Deputy manager and clinical lead for dementia care';

/**
 * Adds `count` signed appraisals, one each for "Person 001"… met a day apart from 1 March 2026
 * back, and the oldest of all (2023) for someone whose name and role are too long to show whole: with the
 * records list newest first, theirs is the last row.
 */
export async function seedManyAppraisals(page: Page, count: number): Promise<void> {
  const many = Array.from({ length: count }, (_, i) =>
    person(`many-${i}`, `Person ${String(i + 1).padStart(3, '0')}`, 'Days'),
  );
  const longNamed = person('long-name', longestName, 'Nights', { role: longestRole });
  const day = (daysBack: number) => new Date(Date.UTC(2026, 2, 1 - daysBack)).toISOString().slice(0, 10);
  const yearOn = (date: string) => date.replace(/^(\d{4})/, (y) => String(Number(y) + 1));
  const appraisalsOfMany = [
    ...many.map((member, i) => signed(`ap-many-${i}`, member, day(i), yearOn(day(i)))),
    signed('ap-long-name', longNamed, '2023-01-16', '2024-01-16'),
  ];
  await putRecords(page, {
    staff: [...many, longNamed].map(staffRecord),
    appraisals: appraisalsOfMany.map(toAppraisalRecord),
  });
  await page.reload();
}
