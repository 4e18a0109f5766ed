// First, so Dexie finds the fake IndexedDB when it loads.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toAppraisalRecord } from '../../../renderer/db/appraisalRecord';
import { loadDashboard } from '../../../renderer/db/complianceQueries';
import type { AppDatabase } from '../../../renderer/db/database';
import type { StaffRecord } from '../../../renderer/db/records';
import { listRecords } from '../../../renderer/db/recordsQueries';
import { loadTeamInsights } from '../../../renderer/db/teamProfileQueries';
import type { Appraisal, AppraisalStatus } from '../../../shared/appraisal/appraisal';
import { builtInFramework } from '../../../shared/framework/builtin/builtInFramework';
import type { Competency } from '../../../shared/framework/frameworkSchema';
import { nameKey } from '../../../shared/staff/names';
import { completeAppraisal } from '../../fixtures/completeAppraisal';
import { disposeDatabase, freshDatabase } from '../renderer/freshDatabase';
import { sealedInfo } from '../renderer/signingFixtures';

const today = '2026-03-12';
const teams = ['Days', 'Nights', 'Kitchen', 'Household'] as const;
const [firstCompetency, firstLeadership] = builtInFramework.sections.map((section) => {
  const competency = section.competencies[0];
  if (competency === undefined) throw new Error('the built-in framework has competencies');
  return competency;
}) as [Competency, Competency]; // two sections, each checked above

/**
 * 500 people, 5,000 appraisals, built so every answer is known:
 * - person i (0..479) is active; 480..499 left last year (their records must not count);
 * - each person has 10 appraisals: 8 old signed-then-replaced pairs and years, plus a latest one;
 * - the latest is chosen by i % 5: 0 in date, 1 due soon, 2 overdue, 3 draft only (never
 *   appraised: older ones are all replaced), 4 in date via an amendment of a replaced original.
 */
function person(i: number): StaffRecord {
  const fullName = `Person ${String(i).padStart(3, '0')}`;
  return {
    id: `s${i}`,
    fullName,
    nameKey: nameKey(fullName),
    preferredName: '',
    role: i % 2 === 0 ? 'Care assistant' : 'Senior care assistant',
    team: teams[i % teams.length] ?? '',
    startDate: '2015-01-01',
    leavingDate: i >= 480 ? '2025-06-30' : null,
    lineManagerId: null,
    createdAt: '2015-01-01T09:00:00.000Z',
    updatedAt: '2015-01-01T09:00:00.000Z',
  };
}

function appraisal(
  i: number,
  n: number,
  status: AppraisalStatus,
  meetingDate: string,
  nextDue: string,
): Appraisal {
  const id = `a${i}-${n}`;
  return completeAppraisal({
    id,
    staffId: `s${i}`,
    status,
    version: n === 9 && i % 5 === 4 ? 2 : 1,
    header: { ...completeAppraisal().header, staffName: `Person ${i}`, meetingDate, teamAtTime: 'Nights' },
    nextDueDate: nextDue,
    sealed: status === 'draft' ? null : sealedInfo(`${id}-v1`),
    development: {
      items:
        i % 5 === 0
          ? [
              {
                id: 'd1',
                area: 'management',
                competencyId: firstCompetency.id,
                action: 'x',
                trainingNeed: '',
                byWhen: '',
              },
              {
                id: 'd2',
                area: 'management',
                competencyId: firstCompetency.id,
                action: 'y',
                trainingNeed: '',
                byWhen: '',
              },
            ]
          : i % 5 === 1
            ? [
                {
                  id: 'd3',
                  area: 'leadership',
                  competencyId: firstLeadership.id,
                  action: 'z',
                  trainingNeed: '',
                  byWhen: '',
                },
              ]
            : [],
      dismissedSuggestions: [],
    },
  });
}

function appraisalsOf(i: number): Appraisal[] {
  const older = Array.from({ length: 8 }, (_, n) =>
    appraisal(
      i,
      n,
      n % 2 === 0 && i % 5 !== 3 ? 'signed' : 'superseded',
      `201${n}-05-01`,
      `201${n + 1}-05-01`,
    ),
  );
  const kind = i % 5;
  const latestDue = { 0: '2026-09-01', 1: '2026-03-12', 2: '2026-03-11', 3: '2027-01-01', 4: '2026-12-01' }[
    kind
  ];
  const latest = appraisal(i, 9, kind === 3 ? 'draft' : 'signed', '2025-09-01', latestDue ?? '');
  // The ninth: for kind 4 the replaced original (due long ago); otherwise an older superseded one.
  const ninth = appraisal(i, 8, 'superseded', kind === 4 ? '2025-09-01' : '2018-09-01', '2019-09-01');
  return [...older, ninth, latest];
}

let db: AppDatabase;
beforeAll(async () => {
  db = freshDatabase();
  const staff = Array.from({ length: 500 }, (_, i) => person(i));
  await db.staff.bulkAdd(staff);
  await db.appraisals.bulkAdd(staff.flatMap((_, i) => appraisalsOf(i)).map(toAppraisalRecord));
  await db.settings.put({
    key: 'home',
    homeName: 'Rowan House',
    address: '',
    registeredManager: 'Łucja Wąsowska',
    cqcLocationId: '',
    logo: null,
    appraisalIntervalMonths: 12,
    retentionYearsAfterLeaving: 6,
    updatedAt: '2026-01-01T09:00:00.000Z',
  });
});
afterAll(() => disposeDatabase(db));

describe('the dashboard with 500 staff and 5,000 appraisals', () => {
  it('counts only active staff, from each one latest signed appraisal', async () => {
    expect(await db.appraisals.count()).toBe(5000);
    const { summary } = await loadDashboard(db, today);
    expect(summary.counts).toEqual({
      active: 480,
      inDate: 192,
      dueSoon: 96,
      overdue: 96,
      neverAppraised: 96,
    });
    // (192 + 96) / 480 = 60%
    expect(summary.completionPercent).toBe(60);
    expect(summary.rows.find((r) => r.staffId === 's4')).toMatchObject({
      status: 'in-date',
      lastSignedAppraisalId: 'a4-9',
    });
    expect(summary.rows.some((r) => r.staffId === 's480')).toBe(false);
  });

  it('lists drafts, the team profile and the development needs of active staff only', async () => {
    const data = await loadDashboard(db, today);
    expect(data.drafts).toHaveLength(100);
    expect(data.teams).toEqual(['Days', 'Household', 'Kitchen', 'Nights']);
    const insights = await loadTeamInsights(db, today);
    expect(insights.teamProfile).toHaveLength(384);
    expect(insights.developmentNeeds.map((n) => [n.title, n.people])).toEqual(
      [
        [firstCompetency.title, 96],
        [firstLeadership.title, 96],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  });

  it('the records list holds signed and replaced versions, and drafts only when asked', async () => {
    const signedAndReplaced = await listRecords(db, { includeDrafts: false });
    expect(signedAndReplaced).toHaveLength(4900);
    expect(signedAndReplaced.every((r) => r.status !== 'draft' && r.fingerprint !== '')).toBe(true);
    expect(await listRecords(db, { includeDrafts: true })).toHaveLength(5000);
    const amendment = signedAndReplaced.find((r) => r.appraisalId === 'a4-9');
    expect(amendment).toMatchObject({
      staffName: 'Person 004',
      version: 2,
      status: 'signed',
      team: 'Nights',
    });
    expect(amendment?.management).toBeGreaterThan(1);
  });
});
