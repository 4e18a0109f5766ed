/**
 * The dashboard's and records list's reads on a large home: 500 staff, 5,000 appraisals (each
 * person one signed latest, four replaced, four older signed, one draft) in fake-indexeddb.
 * Chromium's IndexedDB is faster than fake-indexeddb, so these are upper bounds.
 * Not wired into run.ts yet: `benchmarkDashboard()` returns measurements like the others.
 */
import 'fake-indexeddb/auto';
import { toAppraisalRecord } from '../../renderer/db/appraisalRecord';
import { loadDashboard } from '../../renderer/db/complianceQueries';
import { AppDatabase } from '../../renderer/db/database';
import { listRecords } from '../../renderer/db/recordsQueries';
import type { AppraisalStatus } from '../../shared/appraisal/appraisal';
import { complianceRows, summarise } from '../../shared/compliance/complianceStatus';
import { nameKey } from '../../shared/staff/names';
import { completeAppraisal } from '../fixtures/completeAppraisal';
import { measure, type Measurement } from './measure';

const today = '2026-03-12';

async function seededDatabase(): Promise<AppDatabase> {
  const db = new AppDatabase(`bench-${crypto.randomUUID()}`);
  const staff = Array.from({ length: 500 }, (_, i) => ({
    id: `s${i}`,
    fullName: `Person ${i}`,
    nameKey: nameKey(`Person ${i}`),
    preferredName: '',
    role: 'Care assistant',
    team: ['Days', 'Nights', 'Kitchen'][i % 3] ?? '',
    startDate: '2015-01-01',
    leavingDate: i % 25 === 0 ? '2025-06-30' : null,
    lineManagerId: null,
    createdAt: '2015-01-01T09:00:00.000Z',
    updatedAt: '2015-01-01T09:00:00.000Z',
  }));
  const statusOf = (n: number): AppraisalStatus =>
    n === 9 ? 'draft' : n % 2 === 0 ? 'signed' : 'superseded';
  const appraisals = staff.flatMap((person, i) =>
    Array.from({ length: 10 }, (_, n) =>
      completeAppraisal({
        id: `a${i}-${n}`,
        staffId: person.id,
        status: statusOf(n),
        header: { ...completeAppraisal().header, meetingDate: `${2016 + n}-0${1 + (i % 9)}-15` },
        nextDueDate: `${2017 + n}-0${1 + (i % 9)}-15`,
      }),
    ),
  );
  await db.staff.bulkAdd(staff);
  await db.appraisals.bulkAdd(appraisals.map(toAppraisalRecord));
  return db;
}

export async function benchmarkDashboard(): Promise<Measurement[]> {
  const db = await seededDatabase();
  const staff = await db.staff.toArray();
  const signed = await db.appraisals.where('status').equals('signed').toArray();
  const results = [
    await measure(
      'Compliance rules',
      'rows and summary for 500 staff from 2,500 signed appraisals (in memory)',
      () => summarise(complianceRows(staff, signed, 12, today), today),
    ),
    await measure(
      'Dashboard read',
      'loadDashboard: 500 staff, 5,000 appraisals (fake-indexeddb)',
      () => loadDashboard(db, today),
      { minRuns: 5, minTimeMs: 2000 },
    ),
    await measure(
      'Records list read',
      'listRecords with drafts: 5,000 rows with scores (fake-indexeddb)',
      () => listRecords(db, { includeDrafts: true }),
      { minRuns: 5, minTimeMs: 2000 },
    ),
  ];
  db.close();
  await db.delete();
  return results;
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  for (const r of await benchmarkDashboard()) console.log(r);
}
