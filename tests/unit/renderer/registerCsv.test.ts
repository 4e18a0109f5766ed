// First, so Dexie finds the fake IndexedDB when it loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { toAppraisalRecord } from '../../../renderer/db/appraisalRecord';
import { registerStandings } from '../../../renderer/db/complianceQueries';
import type { AppDatabase } from '../../../renderer/db/database';
import type { StaffRecord } from '../../../renderer/db/records';
import { registerCsv } from '../../../renderer/features/staff/registerCsv';
import { nameKey } from '../../../shared/staff/names';
import { completeAppraisal } from '../../fixtures/completeAppraisal';
import { disposeDatabase, freshDatabase } from './freshDatabase';
import { sealedInfo } from './signingFixtures';

const today = '2026-03-12';

function member(id: string, fullName: string, startDate: string, leavingDate: string | null): StaffRecord {
  return {
    id,
    fullName,
    nameKey: nameKey(fullName),
    preferredName: '',
    role: 'Care assistant',
    team: 'Days',
    startDate,
    leavingDate,
    lineManagerId: null,
    createdAt: '2019-01-01T09:00:00.000Z',
    updatedAt: '2019-01-01T09:00:00.000Z',
  };
}

function signedFor(staffId: string, meetingDate: string, nextDueDate: string) {
  const id = `a-${staffId}`;
  return toAppraisalRecord(
    completeAppraisal({
      id,
      staffId,
      status: 'signed',
      header: { ...completeAppraisal().header, meetingDate },
      nextDueDate,
      sealed: sealedInfo(`${id}-v1`),
    }),
  );
}

let db: AppDatabase;
beforeEach(async () => {
  db = freshDatabase();
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
afterEach(() => disposeDatabase(db));

async function csvLines(people: StaffRecord[]): Promise<string[]> {
  await db.staff.bulkAdd(people);
  return registerCsv(people, await registerStandings(db, today))
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
}

it('says where each person stands, with the dashboard’s own words', async () => {
  await db.appraisals.bulkAdd([
    signedFor('in-date', '2025-10-01', '2026-10-01'),
    signedFor('due-soon', '2025-04-01', '2026-04-01'),
    signedFor('overdue', '2025-01-01', '2026-01-01'),
  ]);
  const lines = await csvLines([
    member('in-date', 'Amara Okafor', '2020-01-06', null),
    member('due-soon', 'Cara Nowak', '2020-01-06', null),
    member('overdue', 'Dev Sharma', '2020-01-06', null),
    member('leaver', 'Eve Leaver', '2020-01-06', '2025-06-30'),
  ]);
  expect(lines[0]).toBe(
    'Name,Preferred name,Role,Team,Start date,Leaving date,Status,Last signed appraisal,Next due,When due',
  );
  expect(lines).toContain(
    'Amara Okafor,,Care assistant,Days,2020-01-06,,In date,2025-10-01,2026-10-01,In 203 days',
  );
  expect(lines).toContain(
    'Cara Nowak,,Care assistant,Days,2020-01-06,,Due within 30 days,2025-04-01,2026-04-01,In 20 days',
  );
  expect(lines).toContain(
    'Dev Sharma,,Care assistant,Days,2020-01-06,,Overdue,2025-01-01,2026-01-01,70 days overdue',
  );
  expect(lines).toContain(
    'Eve Leaver,,Care assistant,Days,2020-01-06,2025-06-30,Leaver,,,No longer due (left)',
  );
});

it('explains a never-appraised person’s due date, counted from a start date years ago', async () => {
  const lines = await csvLines([
    member('long-ago', 'Nguyễn Thị Hoa', '2019-02-04', null),
    member('new', 'Ștefan Țurcanu', '2026-01-05', null),
  ]);
  expect(lines).toContain(
    'Nguyễn Thị Hoa,,Care assistant,Days,2019-02-04,,Never appraised,,2020-02-04,"First appraisal, counted from the start date: 2228 days overdue"',
  );
  expect(lines).toContain(
    'Ștefan Țurcanu,,Care assistant,Days,2026-01-05,,Never appraised,,2027-01-05,"First appraisal, counted from the start date: in 299 days"',
  );
});
