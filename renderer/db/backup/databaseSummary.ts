/**
 * What a database holds, in the words the backup screens use: how many people, leavers,
 * appraisals (signed, replaced, drafts) and framework versions, and the newest signed record.
 * The same reading for the database here and for a backup's scratch copy, so the two can be
 * shown side by side. Counted through indexes and cursors: nothing is loaded whole.
 */
import { noCounts, type BackupCounts, type NewestSigned } from '../../../shared/backup/backupContract';
import type { AppDatabase } from '../database';
import type { AppraisalRecord } from '../records';

export interface DatabaseSummary {
  counts: BackupCounts;
  newestSigned: NewestSigned | null;
}

export const emptySummary: DatabaseSummary = {
  counts: noCounts,
  newestSigned: null,
};

export async function summariseDatabase(db: AppDatabase): Promise<DatabaseSummary> {
  return db.transaction('r', [db.staff, db.frameworks, db.appraisals], async () => {
    const [people, leavers, appraisals, signed, replaced, drafts, frameworks, newest] = await Promise.all([
      db.staff.count(),
      // The leavingDate index holds leavers only: a null date is not indexed.
      db.staff.orderBy('leavingDate').count(),
      db.appraisals.count(),
      // Counted as main counts a backup's export (electron/services/backup/databaseFacts.ts):
      // signed and sealed, the current version; sealed versions replaced; drafts.
      db.appraisals.where('status').equals('signed').filter(isSealed).count(),
      db.appraisals.where('status').equals('superseded').filter(isSealed).count(),
      db.appraisals.where('status').equals('draft').count(),
      db.frameworks.count(),
      newestSignedRecord(db),
    ]);
    const counts: BackupCounts = {
      staff: people - leavers,
      leavers,
      appraisals,
      signed,
      replaced,
      drafts,
      frameworks,
    };
    const newestSigned: NewestSigned | null =
      newest?.sealed == null
        ? null
        : {
            staffName: newest.header.staffName,
            meetingDate: newest.meetingDate ?? '',
            documentId: newest.sealed.documentId,
          };
    return { counts, newestSigned };
  });
}

const isSealed = (record: AppraisalRecord) => record.sealed !== null;
const isSignedAndSealed = (record: AppraisalRecord) => record.status === 'signed' && record.sealed !== null;

/** The signed record with the latest meeting date; of several that day, the last sealed. */
async function newestSignedRecord(db: AppDatabase): Promise<AppraisalRecord | undefined> {
  const latest = await db.appraisals.orderBy('meetingDate').reverse().filter(isSignedAndSealed).first();
  if (latest?.meetingDate == null) return latest;
  const sameDay = await db.appraisals
    .where('meetingDate')
    .equals(latest.meetingDate)
    .filter(isSignedAndSealed)
    .toArray();
  return sameDay.reduce((newest, record) =>
    (record.sealed?.sealedAt ?? '') > (newest.sealed?.sealedAt ?? '') ? record : newest,
  );
}
