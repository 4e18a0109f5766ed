/**
 * Amendments: the only way to correct a sealed appraisal. An amendment is a new draft copied
 * from the latest signed version (new id, version n + 1, naming the version it supersedes and
 * why); it goes through signing again, and the sealed version stays exactly as it was until the
 * amendment is sealed, when it becomes 'superseded'.
 */
import type { Appraisal } from '../../shared/appraisal/appraisal';
import { formatMomentDate } from '../../shared/dates';
import { noSignatures } from '../../shared/signing/signature';
import { fromAppraisalRecord, toAppraisalRecord } from './appraisalRecord';
import { parsedOrThrow } from './appraisalRepository';
import type { AppDatabase } from './database';
import type { AppraisalRecord } from './records';
import { InvalidInputError, RefusedChangeError } from './repositoryErrors';

export const maxAmendmentReasonLength = 1000;

export interface CreateAmendmentOptions {
  /** The clock, for tests; defaults to now. */
  now?: Date;
  /** The new draft's id, for tests; defaults to a random UUID. */
  id?: string;
}

export async function createAmendment(
  db: AppDatabase,
  sealedId: string,
  reason: string,
  options: CreateAmendmentOptions = {},
): Promise<Appraisal> {
  const why = reason.normalize('NFC').trim();
  if (why === '') throw new InvalidInputError({ reason: 'Say why this record needs amending.' });
  if (why.length > maxAmendmentReasonLength) {
    throw new InvalidInputError({
      reason: `Keep the reason to ${maxAmendmentReasonLength} characters or fewer; the details belong in the record itself.`,
    });
  }
  const at = (options.now ?? new Date()).toISOString();
  return db.transaction('rw', db.appraisals, async () => {
    const sealed = await db.appraisals.get(sealedId);
    if (sealed === undefined) throw new RefusedChangeError('That signed appraisal is not on this computer.');
    if (sealed.status === 'superseded') {
      throw new RefusedChangeError(
        'This version has already been replaced by an amendment. Amend the latest version instead. Nothing was changed.',
      );
    }
    if (sealed.status !== 'signed') {
      throw new RefusedChangeError('Only a signed appraisal can be amended; a draft can simply be changed.');
    }
    const drafts = await db.appraisals.where('[staffId+status]').equals([sealed.staffId, 'draft']).toArray();
    refuseOpenDraft(sealed, drafts);
    const amendment = parsedOrThrow({
      ...fromAppraisalRecord(sealed),
      id: options.id ?? crypto.randomUUID(),
      status: 'draft',
      version: sealed.version + 1,
      supersedesId: sealed.id,
      amendmentReason: why,
      supersededById: null,
      signatures: noSignatures,
      sealed: null,
      currentStep: 'header',
      createdAt: at,
      updatedAt: at,
    });
    await db.appraisals.add(toAppraisalRecord(amendment));
    return amendment;
  });
}

/** One draft per person, so an amendment waits for any appraisal already in progress. */
function refuseOpenDraft(sealed: AppraisalRecord, drafts: readonly AppraisalRecord[]): void {
  const open = drafts[0];
  if (open === undefined) return;
  const name = sealed.header.staffName;
  if (open.supersedesId === sealed.id) {
    throw new RefusedChangeError(
      `An amendment of this appraisal is already in progress (started ${formatMomentDate(open.createdAt)}). Carry on with that one from Appraisals. Nothing was changed.`,
    );
  }
  throw new RefusedChangeError(
    `${name} already has an appraisal in progress (started ${formatMomentDate(open.createdAt)}). Finish or discard it before amending this one. Nothing was changed.`,
  );
}

/** Every version of one appraisal (the original and its amendments), the first version first. */
export async function listVersions(db: AppDatabase, appraisalId: string): Promise<Appraisal[]> {
  return db.transaction('r', db.appraisals, async () => {
    let first = await db.appraisals.get(appraisalId);
    while (first?.supersedesId != null) {
      const earlier = await db.appraisals.get(first.supersedesId);
      if (earlier === undefined) break;
      first = earlier;
    }
    const versions: AppraisalRecord[] = [];
    let current = first;
    while (current !== undefined && versions.length < 1000) {
      versions.push(current);
      const next: AppraisalRecord | undefined = await db.appraisals
        .where('supersedesId')
        .equals(current.id)
        .first();
      current = next;
    }
    return versions.map(fromAppraisalRecord);
  });
}
