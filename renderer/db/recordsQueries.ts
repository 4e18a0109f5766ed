/**
 * The records list: every appraisal (signed, replaced and, when asked, drafts) as one flat row
 * each, with the person's current register name and the profile scores. Read by the `status`
 * index, so leaving drafts out never reads them.
 */
import type { AppraisalStatus } from '../../shared/appraisal/appraisal';
import type { Framework } from '../../shared/framework/frameworkSchema';
import { recordRowOf, type RecordRow } from '../../shared/records/recordRow';
import { fromAppraisalRecord } from './appraisalRecord';
import type { AppDatabase } from './database';
import { frameworkRecordId, getFrameworkVersion } from './frameworkRepository';

export type { RecordRow } from '../../shared/records/recordRow';

export async function listRecords(
  db: AppDatabase,
  options: { includeDrafts: boolean },
): Promise<RecordRow[]> {
  return db.transaction('r', [db.staff, db.appraisals, db.frameworks], async () => {
    const statuses: AppraisalStatus[] = options.includeDrafts
      ? ['signed', 'superseded', 'draft']
      : ['signed', 'superseded'];
    // One `equals` read per status: Dexie's `anyOf` walks a cursor, far slower on many rows.
    const [staff, ...byStatus] = await Promise.all([
      db.staff.toArray(),
      ...statuses.map((status) => db.appraisals.where('status').equals(status).toArray()),
    ]);
    const records = byStatus.flat();
    const names = new Map(staff.map((m) => [m.id, m.fullName]));
    const frameworks = new Map<string, Framework | null>();
    const rows: RecordRow[] = [];
    for (const record of records) {
      const key = frameworkRecordId(record.framework);
      let framework = frameworks.get(key);
      if (framework === undefined) {
        framework = await getFrameworkVersion(db, record.framework);
        frameworks.set(key, framework);
      }
      const appraisal = fromAppraisalRecord(record);
      // The register's current name: the record keeps the name as it was when signed.
      rows.push(
        recordRowOf(appraisal, framework, names.get(appraisal.staffId) ?? appraisal.header.staffName),
      );
    }
    return rows;
  });
}
