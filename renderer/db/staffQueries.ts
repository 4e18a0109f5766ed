/**
 * Reads of the staff register. Apart from staffRepository (which validates what it writes with
 * the staff schema), so screens that only list people load without the form's validation.
 */
import type { AppDatabase } from './database';
import type { StaffRecord } from './records';

const nameOrder = new Intl.Collator('en-GB', { numeric: true });

/** Everyone on the register, leavers included, in name order (the same every time, ties too). */
export async function listStaff(db: AppDatabase): Promise<StaffRecord[]> {
  const all = await db.staff.toArray();
  return all.sort(
    (a, b) =>
      nameOrder.compare(a.fullName, b.fullName) ||
      a.createdAt.localeCompare(b.createdAt) ||
      a.id.localeCompare(b.id),
  );
}

export function getStaff(db: AppDatabase, id: string): Promise<StaffRecord | undefined> {
  return db.staff.get(id);
}

/** Ids of everyone who has at least one appraisal record (they can never be deleted). */
export async function staffIdsWithAppraisals(db: AppDatabase): Promise<Set<string>> {
  const keys = await db.appraisals.orderBy('staffId').uniqueKeys();
  return new Set(keys.filter((key): key is string => typeof key === 'string'));
}
