/**
 * The records list: every appraisal (signed, replaced and, when asked, drafts) as one flat row
 * each, with the person's current register name and the profile scores. Read from the small
 * summaries kept beside the appraisals (appraisalSummary.ts), by the `status` index, so the list
 * never reads a signature image and leaving drafts out never reads them. The newest few can be
 * read on their own first (listNewestRecords), so the list shows while the rest load.
 */
import type { AppraisalStatus } from '../../shared/appraisal/appraisal';
import { recordRowOf, type RecordRow } from '../../shared/records/recordRow';
import { ratingFactsOf, unpackSummary, type StoredSummary } from './appraisalSummary';
import type { AppDatabase } from './database';
import { frameworkVersionReader } from './frameworkRepository';

export type { RecordRow } from '../../shared/records/recordRow';

export async function listRecords(
  db: AppDatabase,
  options: { includeDrafts: boolean },
): Promise<RecordRow[]> {
  return db.transaction('r', [db.staff, db.appraisalSummaries, db.frameworks], async () => {
    const statuses: AppraisalStatus[] = options.includeDrafts
      ? ['signed', 'superseded', 'draft']
      : ['signed', 'superseded'];
    // One `equals` read per status: Dexie's `anyOf` walks a cursor, far slower on many rows.
    const [staff, ...byStatus] = await Promise.all([
      db.staff.toArray(),
      ...statuses.map((status) => db.appraisalSummaries.where('status').equals(status).toArray()),
    ]);
    return rowsOf(db, byStatus.flat(), new Map(staff.map((m) => [m.id, m.fullName])));
  });
}

/**
 * The signed and replaced appraisals of the latest meeting dates: at least `count` of them, and
 * every one sharing the last of those dates, so that sorted by meeting date, newest first, they
 * are exactly the first rows of the whole list.
 */
export async function listNewestRecords(db: AppDatabase, count: number): Promise<RecordRow[]> {
  return db.transaction('r', [db.staff, db.appraisalSummaries, db.frameworks], async () => {
    let taken = 0;
    let lastDate: string | null = null;
    const newest = await db.appraisalSummaries
      .orderBy('meetingDate')
      .reverse()
      .until((summary) => {
        if (summary.status === 'draft') return false;
        if (taken >= count && summary.meetingDate !== lastDate) return true;
        taken += 1;
        lastDate = summary.meetingDate;
        return false;
      })
      .toArray();
    const listed = newest.filter((summary) => summary.status !== 'draft');
    const staff = await db.staff.bulkGet([...new Set(listed.map((summary) => summary.staffId))]);
    const names = new Map(staff.flatMap((m) => (m === undefined ? [] : [[m.id, m.fullName] as const])));
    return rowsOf(db, listed, names);
  });
}

async function rowsOf(
  db: AppDatabase,
  stored: readonly StoredSummary[],
  registerNames: ReadonlyMap<string, string>,
): Promise<RecordRow[]> {
  const frameworkOf = frameworkVersionReader(db);
  const rows: RecordRow[] = [];
  for (const summary of stored.map(unpackSummary)) {
    const framework = await frameworkOf(summary.framework);
    // The register's current name: the record keeps the name as it was when signed.
    rows.push(
      recordRowOf(
        { ...summary, ratings: ratingFactsOf(summary) },
        framework,
        registerNames.get(summary.staffId) ?? summary.header.staffName,
      ),
    );
  }
  return rows;
}
