/**
 * The staff register. Every write validates with the shared schemas first and is refused,
 * with nothing written, if the data is invalid. Checks that depend on other records
 * (duplicates, line manager, appraisals) run in the same transaction as the write.
 */
import { formatDate, isIsoDate } from '../../shared/dates';
import { findProbableDuplicates, type ProbableDuplicate } from '../../shared/staff/duplicates';
import { nameKey } from '../../shared/staff/names';
import {
  staffFieldsFromForm,
  staffFormSchema,
  staffMemberSchema,
  type StaffFormInput,
  type StaffFormValues,
  type StaffMember,
} from '../../shared/staff/staffMember';
import type { AppDatabase } from './database';
import type { StaffRecord } from './records';
import { InvalidInputError, RefusedChangeError } from './repositoryErrors';

export type StaffSaveResult =
  | { status: 'saved'; member: StaffRecord }
  /** Nothing was saved: the manager must choose to save anyway (`saveAnyway: true`). */
  | { status: 'probable-duplicates'; duplicates: ProbableDuplicate[] };

export interface StaffSaveOptions {
  /** The manager has seen the probable-duplicate warning and chose to save. */
  saveAnyway?: boolean;
  /** For a new person: the id to give them (chosen before main records their leaving date). */
  id?: string;
}

export type StaffSaveCheck =
  | { status: 'ready'; values: StaffFormValues }
  | { status: 'probable-duplicates'; duplicates: ProbableDuplicate[] };

/**
 * Everything `addStaff` / `updateStaff` would refuse or warn about, checked without writing,
 * so a leaving date can be recorded through main before the register is written.
 */
export async function checkStaffSave(
  db: AppDatabase,
  id: string | undefined,
  form: StaffFormInput,
  options: StaffSaveOptions = {},
): Promise<StaffSaveCheck> {
  const values = parseForm(form);
  return db.transaction('r', db.staff, async () => {
    const existing = id === undefined ? undefined : await requireMember(db, id);
    const nameChanged = existing === undefined || nameKey(values.fullName) !== existing.nameKey;
    if (options.saveAnyway !== true && nameChanged) {
      const duplicates = await probableDuplicatesOf(db, values.fullName, id);
      if (duplicates.length > 0) return { status: 'probable-duplicates', duplicates };
    }
    await checkLineManager(db, id ?? '', values.lineManagerId);
    return { status: 'ready', values };
  });
}

/** People already on the register who are probably the person being typed in. */
async function probableDuplicatesOf(
  db: AppDatabase,
  fullName: string,
  excludeId?: string,
): Promise<ProbableDuplicate[]> {
  return findProbableDuplicates(fullName, await db.staff.toArray(), excludeId);
}

export async function addStaff(
  db: AppDatabase,
  form: StaffFormInput,
  options: StaffSaveOptions = {},
): Promise<StaffSaveResult> {
  const values = parseForm(form);
  return db.transaction('rw', db.staff, async () => {
    if (options.saveAnyway !== true) {
      const duplicates = await probableDuplicatesOf(db, values.fullName);
      if (duplicates.length > 0) return { status: 'probable-duplicates', duplicates };
    }
    const id = options.id ?? crypto.randomUUID();
    await checkLineManager(db, id, values.lineManagerId);
    const now = new Date().toISOString();
    const member = toRecord({ id, ...staffFieldsFromForm(values), createdAt: now, updatedAt: now });
    await db.staff.add(member);
    return { status: 'saved', member };
  });
}

export async function updateStaff(
  db: AppDatabase,
  id: string,
  form: StaffFormInput,
  options: StaffSaveOptions = {},
): Promise<StaffSaveResult> {
  const values = parseForm(form);
  return db.transaction('rw', db.staff, async () => {
    const existing = await requireMember(db, id);
    // Only a changed name is checked, so someone already saved "anyway" is not warned every edit.
    if (options.saveAnyway !== true && nameKey(values.fullName) !== existing.nameKey) {
      const duplicates = await probableDuplicatesOf(db, values.fullName, id);
      if (duplicates.length > 0) return { status: 'probable-duplicates', duplicates };
    }
    await checkLineManager(db, id, values.lineManagerId);
    const member = toRecord({
      ...existing,
      ...staffFieldsFromForm(values),
      updatedAt: new Date().toISOString(),
    });
    await db.staff.put(member);
    return { status: 'saved', member };
  });
}

/** Records the date someone leaves (or left); their records stay on the register. */
export async function markLeaver(db: AppDatabase, id: string, leavingDate: string): Promise<StaffRecord> {
  if (!isIsoDate(leavingDate)) {
    throw new InvalidInputError({ leavingDate: 'Enter the leaving date as a real date.' });
  }
  return db.transaction('rw', db.staff, async () => {
    const existing = await requireMember(db, id);
    if (leavingDate < existing.startDate) {
      throw new InvalidInputError({
        leavingDate: `The leaving date cannot be before they started (${formatDate(existing.startDate)}).`,
      });
    }
    const member = toRecord({ ...existing, leavingDate, updatedAt: new Date().toISOString() });
    await db.staff.put(member);
    return member;
  });
}

/**
 * Makes the register show the leaving date main has recorded: main keeps the fact (it decides
 * what may be destroyed), the register mirrors it. Returns false when there was nothing to change.
 */
export async function mirrorLeavingDate(
  db: AppDatabase,
  id: string,
  leavingDate: string | null,
): Promise<boolean> {
  return db.transaction('rw', db.staff, async () => {
    const existing = await db.staff.get(id);
    if (existing === undefined || existing.leavingDate === leavingDate) return false;
    await db.staff.put(toRecord({ ...existing, leavingDate, updatedAt: new Date().toISOString() }));
    return true;
  });
}

/**
 * Removes someone added by mistake. Refused if they have any appraisal record: those must
 * be kept, so a person who has left is marked as a leaver instead. Anyone they line-managed
 * is left with no line manager rather than pointing at a deleted person.
 */
export async function deleteStaff(db: AppDatabase, id: string): Promise<StaffRecord> {
  return db.transaction('rw', db.staff, db.appraisals, async () => {
    const existing = await requireMember(db, id);
    const appraisalCount = await db.appraisals.where('staffId').equals(id).count();
    if (appraisalCount > 0) {
      const records = appraisalCount === 1 ? '1 appraisal record' : `${appraisalCount} appraisal records`;
      throw new RefusedChangeError(
        `${existing.fullName} has ${records}, so they cannot be deleted: appraisal records must be kept. ` +
          'If they have left, mark them as a leaver instead.',
      );
    }
    const now = new Date().toISOString();
    await db.staff.where('lineManagerId').equals(id).modify({ lineManagerId: null, updatedAt: now });
    await db.staff.delete(id);
    return existing;
  });
}

function parseForm(form: StaffFormInput): StaffFormValues {
  const parsed = staffFormSchema.safeParse(form);
  if (!parsed.success) throw InvalidInputError.fromZod(parsed.error);
  return parsed.data;
}

async function requireMember(db: AppDatabase, id: string): Promise<StaffRecord> {
  const member = await db.staff.get(id);
  if (member === undefined) {
    throw new RefusedChangeError('That person is no longer on the staff register. Nothing was changed.');
  }
  return member;
}

async function checkLineManager(db: AppDatabase, selfId: string, lineManagerId: string): Promise<void> {
  if (lineManagerId === '') return;
  if (lineManagerId === selfId) {
    throw new InvalidInputError({ lineManagerId: 'Someone cannot be their own line manager.' });
  }
  if ((await db.staff.get(lineManagerId)) === undefined) {
    throw new InvalidInputError({
      lineManagerId: 'That line manager is no longer on the register. Choose another.',
    });
  }
}

/** The last check before a write: the stored shape, plus the matching key derived from it. */
function toRecord(candidate: StaffMember): StaffRecord {
  const parsed = staffMemberSchema.safeParse(candidate);
  if (!parsed.success) throw InvalidInputError.fromZod(parsed.error);
  return { ...parsed.data, nameKey: nameKey(parsed.data.fullName) };
}
