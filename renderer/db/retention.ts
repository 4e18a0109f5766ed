/**
 * Retention of leavers' records: when each leaver's records may be destroyed, and destroying
 * them from the working store once main has removed their sealed files from the vault.
 *
 * The order is: `planDestruction` (read, refuse within retention), `records:destroy` in main
 * (re-checks, removes vault files, logs), then `destroyLeaverRecords` here, which checks the
 * rule again inside its own transaction: nothing within retention is ever deleted, whoever asks.
 */
import { formatDate } from '../../shared/dates';
import { isPastRetention, mayBeDestroyedFrom } from '../../shared/staff/retention';
import type { AppDatabase } from './database';
import type { AppraisalRecord, StaffRecord } from './records';
import { RefusedChangeError } from './repositoryErrors';

export interface LeaverRetention {
  staff: StaffRecord;
  leavingDate: string;
  /** The first day their records may be destroyed ('' if the leaving date is not a real date). */
  mayBeDestroyedFrom: string;
  pastRetention: boolean;
  /** Sealed documents (signed and replaced versions alike): what main removes from the vault. */
  documentIds: string[];
  /** Every appraisal record held for them, drafts included. */
  appraisalCount: number;
}

/** Every leaver (anyone with a leaving date), earliest leaving date first. Indexed reads only. */
export async function listLeaverRetention(
  db: AppDatabase,
  retentionYears: number,
  today: string,
): Promise<LeaverRetention[]> {
  return db.transaction('r', db.staff, db.appraisals, async () => {
    // The leavingDate index leaves out null, so this reads leavers only.
    const leavers = await db.staff.orderBy('leavingDate').toArray();
    return Promise.all(
      leavers.map(async (staff) => {
        const appraisals = await db.appraisals.where('staffId').equals(staff.id).toArray();
        return retentionOf(staff, appraisals, retentionYears, today);
      }),
    );
  });
}

function retentionOf(
  staff: StaffRecord,
  appraisals: readonly AppraisalRecord[],
  retentionYears: number,
  today: string,
): LeaverRetention {
  const leavingDate = staff.leavingDate ?? '';
  return {
    staff,
    leavingDate,
    mayBeDestroyedFrom: mayBeDestroyedFrom(leavingDate, retentionYears),
    pastRetention: isPastRetention(staff.leavingDate, retentionYears, today),
    documentIds: appraisals.flatMap((a) => (a.sealed === null ? [] : [a.sealed.documentId])).sort(),
    appraisalCount: appraisals.length,
  };
}

/** What destroying someone's records involves; refused (RefusedChangeError) within retention. */
export async function planDestruction(
  db: AppDatabase,
  staffId: string,
  retentionYears: number,
  today: string,
): Promise<LeaverRetention> {
  return db.transaction('r', db.staff, db.appraisals, async () => {
    const staff = await db.staff.get(staffId);
    if (staff === undefined) {
      throw new RefusedChangeError('That person is no longer on the staff register. Nothing was changed.');
    }
    const appraisals = await db.appraisals.where('staffId').equals(staffId).toArray();
    const retention = retentionOf(staff, appraisals, retentionYears, today);
    refuseWithinRetention(retention);
    return retention;
  });
}

function refuseWithinRetention({ staff, mayBeDestroyedFrom: from, pastRetention }: LeaverRetention): void {
  if (staff.leavingDate === null) {
    throw new RefusedChangeError(
      `${staff.fullName} has no leaving date, so their records must be kept. Nothing was destroyed.`,
    );
  }
  if (!pastRetention) {
    throw new RefusedChangeError(
      `${staff.fullName}'s records must be kept until ${formatDate(from)}. Nothing was destroyed.`,
    );
  }
}

/**
 * Removes a leaver's appraisals and their register entry in one transaction, after main has
 * destroyed their vault files. Anyone they line-managed is left with no line manager.
 */
export async function destroyLeaverRecords(
  db: AppDatabase,
  staffId: string,
  retentionYears: number,
  today: string,
): Promise<{ fullName: string; appraisals: number }> {
  return db.transaction('rw', db.staff, db.appraisals, async () => {
    const staff = await db.staff.get(staffId);
    if (staff === undefined) {
      throw new RefusedChangeError('That person is no longer on the staff register. Nothing was changed.');
    }
    const appraisals = await db.appraisals.where('staffId').equals(staffId).toArray();
    refuseWithinRetention(retentionOf(staff, appraisals, retentionYears, today));
    await db.appraisals.bulkDelete(appraisals.map((a) => a.id));
    const now = new Date().toISOString();
    await db.staff.where('lineManagerId').equals(staffId).modify({ lineManagerId: null, updatedAt: now });
    await db.staff.delete(staffId);
    return { fullName: staff.fullName, appraisals: appraisals.length };
  });
}
