/**
 * Appraisals in the working store. A draft is written only by `saveDraft`, which validates the
 * whole record first and refuses to touch anything that is no longer a draft: a signed or
 * superseded appraisal is never changed here (amendments are new records). Checks that depend
 * on other records (the member of staff, an existing draft) run in the same transaction as the write.
 */
import { appraisalSchema, type Appraisal } from '../../shared/appraisal/appraisal';
import { createAppraisalDraft } from '../../shared/appraisal/newAppraisal';
import { formatDate, toIsoDate } from '../../shared/dates';
import { defaultAppraisalIntervalMonths } from '../../shared/settings/homeSettings';
import { isActiveOn } from '../../shared/staff/activeOn';
import { fromAppraisalRecord, toAppraisalRecord } from './appraisalRecord';
import type { AppDatabase } from './database';
import { getCurrentFramework } from './frameworkRepository';
import type { AppraisalRecord } from './records';
import { InvalidInputError, RefusedChangeError } from './repositoryErrors';
import { homeSettingsKey } from './settingsRepository';

export {
  draftDocumentIds,
  isAwaitingSignatures,
  lastSignedAppraisal,
  listAppraisalsForStaff,
  listDrafts,
  listRecentlySigned,
  profileHistory,
} from './appraisalQueries';
export type { ProfileHistoryPoint } from './appraisalQueries';
import { lastSignedAppraisal } from './appraisalQueries';

export interface StartAppraisalInput {
  staffId: string;
  appraiserName: string;
  appraiserRole: string;
  /** The clock, for tests; defaults to now. */
  now?: Date;
}

export type StartAppraisalResult =
  | { outcome: 'created'; appraisal: Appraisal }
  /** The member of staff already has a draft: it is returned to resume, and nothing is created. */
  | { outcome: 'existing-draft'; appraisal: Appraisal };

/**
 * Starts an appraisal for an active member of staff, pinned to the current framework, with the
 * objectives of their last signed appraisal to review. One draft per person: if they already
 * have one, that draft is returned instead.
 */
export async function startAppraisal(
  db: AppDatabase,
  input: StartAppraisalInput,
): Promise<StartAppraisalResult> {
  const now = input.now ?? new Date();
  return db.transaction('rw', [db.staff, db.appraisals, db.settings, db.frameworks], async () => {
    const staff = await db.staff.get(input.staffId);
    if (staff === undefined) {
      throw new RefusedChangeError(
        'That person is no longer on the staff register, so no appraisal was started.',
      );
    }
    if (!isActiveOn(staff, toIsoDate(now))) {
      const left = staff.leavingDate === null ? '' : ` on ${formatDate(staff.leavingDate)}`;
      throw new RefusedChangeError(
        `${staff.fullName} left${left}, so a new appraisal cannot be started. Their earlier records are kept.`,
      );
    }
    const draft = await existingDraft(db, staff.id);
    if (draft !== undefined) return { outcome: 'existing-draft', appraisal: draft };

    const settings = await db.settings.get(homeSettingsKey);
    const appraisal = createAppraisalDraft({
      id: crypto.randomUUID(),
      staff,
      framework: await getCurrentFramework(db),
      previous: await lastSignedAppraisal(db, staff.id),
      appraiserName: input.appraiserName,
      appraiserRole: input.appraiserRole,
      intervalMonths: settings?.appraisalIntervalMonths ?? defaultAppraisalIntervalMonths,
      now,
    });
    await db.appraisals.add(toAppraisalRecord(parsedOrThrow(appraisal)));
    return { outcome: 'created', appraisal };
  });
}

export async function getAppraisal(db: AppDatabase, id: string): Promise<Appraisal | undefined> {
  const record = await db.appraisals.get(id);
  return record === undefined ? undefined : fromAppraisalRecord(record);
}

export interface SaveDraftOptions {
  /** The clock, for tests; defaults to now. */
  now?: Date;
}

/**
 * Saves a draft as it stands (drafts may be incomplete). Refused, with nothing written, if the
 * record is not valid, if it is no longer a draft (signed, or replaced by an amendment), if it
 * was discarded meanwhile, or if it would move the draft to another person or framework.
 */
export async function saveDraft(
  db: AppDatabase,
  appraisal: Appraisal,
  options: SaveDraftOptions = {},
): Promise<Appraisal> {
  const candidate = parsedOrThrow({ ...appraisal, updatedAt: (options.now ?? new Date()).toISOString() });
  if (candidate.status !== 'draft') {
    throw new RefusedChangeError(
      'Only a draft can be saved this way. Signing is a separate step. Nothing was saved.',
    );
  }
  return db.transaction('rw', db.appraisals, async () => {
    const stored = await db.appraisals.get(candidate.id);
    if (stored === undefined) {
      throw new RefusedChangeError('This draft has been discarded, so these changes could not be saved.');
    }
    refuseUnlessDraft(stored);
    refuseOnceSigned(stored);
    if (
      candidate.signatures.appraisee !== null ||
      candidate.signatures.appraiser !== null ||
      candidate.sealed !== null
    ) {
      throw new RefusedChangeError(
        'Signatures are recorded on the signing screen, not saved with a draft. Nothing was saved.',
      );
    }
    if (stored.version !== candidate.version || stored.supersedesId !== candidate.supersedesId) {
      throw new RefusedChangeError('Which version an appraisal is cannot be changed. Nothing was saved.');
    }
    if (stored.staffId !== candidate.staffId) {
      throw new RefusedChangeError('A draft cannot be moved to another member of staff. Nothing was saved.');
    }
    const pinned = stored.framework;
    if (
      pinned.frameworkId !== candidate.framework.frameworkId ||
      pinned.version !== candidate.framework.version
    ) {
      throw new RefusedChangeError(
        'The framework an appraisal uses is fixed when it is started and cannot be changed. Nothing was saved.',
      );
    }
    await db.appraisals.put(toAppraisalRecord(candidate));
    return candidate;
  });
}

/**
 * Deletes a draft and returns what was deleted (null when it was already gone, which is not an
 * error). Signed appraisals are never deleted, nor a draft someone has signed.
 */
export async function discardDraft(db: AppDatabase, id: string): Promise<Appraisal | null> {
  return db.transaction('rw', db.appraisals, async () => {
    const stored = await db.appraisals.get(id);
    if (stored === undefined) return null;
    refuseUnlessDraft(stored);
    if (stored.signatures.appraisee !== null) {
      throw new RefusedChangeError(
        'This appraisal has been signed by the appraisee. Remove the signatures before discarding it. Nothing was changed.',
      );
    }
    await db.appraisals.delete(id);
    return fromAppraisalRecord(stored);
  });
}

async function existingDraft(db: AppDatabase, staffId: string): Promise<Appraisal | undefined> {
  const drafts = await db.appraisals.where('[staffId+status]').equals([staffId, 'draft']).toArray();
  // Only one can exist (startAppraisal prevents a second); the latest is the safe pick regardless.
  const latest = drafts.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)).at(-1);
  return latest === undefined ? undefined : fromAppraisalRecord(latest);
}

/** Once the appraisee has signed, the record is frozen until their signature is removed. */
function refuseOnceSigned(stored: AppraisalRecord): void {
  if (stored.signatures.appraisee !== null) {
    throw new RefusedChangeError(
      `${stored.header.staffName} has signed this appraisal, so it cannot be changed. Remove their signature first to make changes. Nothing was saved.`,
    );
  }
}

export function refuseUnlessDraft(stored: AppraisalRecord): void {
  if (stored.status === 'signed') {
    throw new RefusedChangeError(
      'This appraisal has been signed, so it can no longer be changed. Any correction must be made as an amendment. Nothing was changed.',
    );
  }
  if (stored.status === 'superseded') {
    throw new RefusedChangeError(
      'This appraisal has been replaced by an amendment and is kept as it was. Nothing was changed.',
    );
  }
}

export function parsedOrThrow(appraisal: Appraisal): Appraisal {
  const parsed = appraisalSchema.safeParse(appraisal);
  if (!parsed.success) throw InvalidInputError.fromZod(parsed.error);
  return parsed.data;
}
