/**
 * Signing and sealing in the working store. The rules: the appraisee signs a complete draft
 * first (which freezes it), the appraiser then countersigns (stored before sealing is tried, so
 * nothing signed is lost if sealing fails), and `markSealed` is the only way to status
 * 'signed'. Signatures can be removed until the record is sealed; after that nothing changes.
 */
import type { Appraisal, SealedInfo } from '../../shared/appraisal/appraisal';
import { sealedInfoSchema } from '../../shared/appraisal/appraisal';
import { findMissing } from '../../shared/appraisal/readiness';
import type { DocumentAppraisal } from '../../shared/documents/appraisalDocument';
import { documentIdOf } from '../../shared/documents/documentId';
import { signatureSchema, type Signature, type SigningParty } from '../../shared/signing/signature';
import { fromAppraisalRecord, toAppraisalRecord } from './appraisalRecord';
import { parsedOrThrow, refuseUnlessDraft } from './appraisalRepository';
import type { AppDatabase } from './database';
import { getFrameworkVersion } from './frameworkRepository';
import type { AppraisalRecord } from './records';
import { InvalidInputError, RefusedChangeError } from './repositoryErrors';

interface ClockOption {
  /** The clock, for tests; defaults to now. */
  now?: Date;
}

/** The appraisee's signature on a complete draft. Refused if anything is still missing. */
export async function signAsAppraisee(
  db: AppDatabase,
  id: string,
  signature: Signature,
  options: ClockOption = {},
): Promise<Appraisal> {
  const checked = checkedSignature(signature, 'appraisee');
  return db.transaction('rw', db.appraisals, db.frameworks, async () => {
    const stored = await draftToSign(db, id);
    if (stored.signatures.appraisee !== null) {
      throw new RefusedChangeError(`${stored.header.staffName} has already signed this appraisal.`);
    }
    const framework = await getFrameworkVersion(db, stored.framework);
    if (framework === null) {
      throw new RefusedChangeError(
        'The framework this appraisal uses is not on this computer, so it cannot be signed.',
      );
    }
    const missing = findMissing(fromAppraisalRecord(stored), framework);
    if (missing.length > 0) {
      const count = missing.length === 1 ? '1 thing is' : `${missing.length} things are`;
      throw new RefusedChangeError(
        `This appraisal cannot be signed yet: ${count} still missing (see the ready-to-sign checklist). Nothing was signed.`,
      );
    }
    return write(db, stored, { ...stored.signatures, appraisee: checked }, options);
  });
}

/** The appraiser's countersignature, stored on the draft before sealing is tried. */
export async function countersign(
  db: AppDatabase,
  id: string,
  signature: Signature,
  options: ClockOption = {},
): Promise<Appraisal> {
  const checked = checkedSignature(signature, 'appraiser');
  return db.transaction('rw', db.appraisals, async () => {
    const stored = await draftToSign(db, id);
    if (stored.signatures.appraisee === null) {
      throw new RefusedChangeError(
        `${stored.header.staffName} signs first; the appraiser countersigns after. Nothing was signed.`,
      );
    }
    if (stored.signatures.appraiser !== null) {
      throw new RefusedChangeError('The appraiser has already countersigned this appraisal.');
    }
    return write(db, stored, { ...stored.signatures, appraiser: checked }, options);
  });
}

/**
 * Removes every signature from a draft that is not sealed yet, so it can be changed again
 * (before the countersignature, or after sealing failed and the text needs correcting).
 */
export async function removeSignatures(
  db: AppDatabase,
  id: string,
  options: ClockOption = {},
): Promise<Appraisal> {
  return db.transaction('rw', db.appraisals, async () => {
    const stored = await storedOrThrow(db, id);
    refuseUnlessDraft(stored);
    if (stored.signatures.appraisee === null && stored.signatures.appraiser === null) {
      throw new RefusedChangeError('No one has signed this appraisal, so there is no signature to remove.');
    }
    return write(db, stored, { appraisee: null, appraiser: null }, options);
  });
}

/**
 * Records that main sealed the countersigned draft: the only way to status 'signed'. For an
 * amendment, the version it replaces becomes 'superseded' in the same transaction. Marking the
 * same seal twice is harmless (sealing may be retried after a crash).
 */
export async function markSealed(db: AppDatabase, id: string, sealed: SealedInfo): Promise<Appraisal> {
  const parsed = sealedInfoSchema.safeParse(sealed);
  if (!parsed.success) throw InvalidInputError.fromZod(parsed.error);
  const info = parsed.data;
  return db.transaction('rw', db.appraisals, async () => {
    const stored = await storedOrThrow(db, id);
    if (stored.status === 'signed' && stored.sealed?.fingerprint === info.fingerprint) {
      return fromAppraisalRecord(stored);
    }
    refuseUnlessDraft(stored);
    if (stored.signatures.appraisee === null || stored.signatures.appraiser === null) {
      throw new RefusedChangeError(
        'Both the appraisee and the appraiser must sign before the record is sealed.',
      );
    }
    if (info.documentId !== documentIdOf(stored)) {
      throw new RefusedChangeError('That sealed document belongs to another appraisal. Nothing was changed.');
    }
    if (stored.supersedesId !== null) {
      const previous = await db.appraisals.get(stored.supersedesId);
      if (previous?.status !== 'signed') {
        throw new RefusedChangeError(
          'The version this amendment replaces is no longer the current signed version. Nothing was changed.',
        );
      }
      await db.appraisals.put({ ...previous, status: 'superseded', supersededById: stored.id });
    }
    const signed = parsedOrThrow({
      ...fromAppraisalRecord(stored),
      status: 'signed',
      sealed: info,
      updatedAt: info.sealedAt,
    });
    await db.appraisals.put(toAppraisalRecord(signed));
    return signed;
  });
}

/**
 * Makes the vault's sealed version the record, when main sealed it but this store never heard
 * (the app stopped before `markSealed`, the draft was edited or its signatures removed in
 * between, or the home's details changed): the vault is the truth for signed records. For an
 * amendment, the version it replaces becomes 'superseded' in the same transaction.
 */
export async function adoptSealedVersion(
  db: AppDatabase,
  sealedAppraisal: DocumentAppraisal,
  sealed: SealedInfo,
): Promise<Appraisal> {
  const info = sealedInfoSchema.parse(sealed);
  if (info.documentId !== documentIdOf(sealedAppraisal)) {
    throw new RefusedChangeError('That sealed document belongs to another appraisal. Nothing was changed.');
  }
  return db.transaction('rw', db.appraisals, async () => {
    const stored = await db.appraisals.get(sealedAppraisal.id);
    if (stored?.status === 'signed' && stored.sealed?.fingerprint === info.fingerprint) {
      return fromAppraisalRecord(stored);
    }
    if (stored !== undefined && stored.status !== 'draft') {
      throw new RefusedChangeError(
        'This appraisal is already signed with another seal. Nothing was changed.',
      );
    }
    if (sealedAppraisal.supersedesId !== null) {
      const previous = await db.appraisals.get(sealedAppraisal.supersedesId);
      if (previous?.status === 'signed')
        await db.appraisals.put({ ...previous, status: 'superseded', supersededById: sealedAppraisal.id });
    }
    const signed = sealedVersionOf(sealedAppraisal, info);
    await db.appraisals.put(toAppraisalRecord(signed));
    return signed;
  });
}

/** A sealed document's appraisal as the signed record: adopting one seal, or rebuilding from them all. */
export function sealedVersionOf(sealedAppraisal: DocumentAppraisal, sealed: SealedInfo): Appraisal {
  return parsedOrThrow({
    ...sealedAppraisal,
    status: 'signed',
    currentStep: 'ready',
    sealed,
    supersededById: null,
    updatedAt: sealed.sealedAt,
  });
}

function checkedSignature(signature: Signature, party: SigningParty): Signature {
  const parsed = signatureSchema.safeParse({
    ...signature,
    fullName: signature.fullName.normalize('NFC').trim(),
    role: signature.role.normalize('NFC').trim(),
  });
  if (!parsed.success) throw InvalidInputError.fromZod(parsed.error);
  if (parsed.data.party !== party) {
    throw new RefusedChangeError('That signature is for the other party. Nothing was signed.');
  }
  return parsed.data;
}

async function storedOrThrow(db: AppDatabase, id: string): Promise<AppraisalRecord> {
  const stored = await db.appraisals.get(id);
  if (stored === undefined) {
    throw new RefusedChangeError('This appraisal is not on this computer any more. Nothing was signed.');
  }
  return stored;
}

async function draftToSign(db: AppDatabase, id: string): Promise<AppraisalRecord> {
  const stored = await storedOrThrow(db, id);
  refuseUnlessDraft(stored);
  return stored;
}

async function write(
  db: AppDatabase,
  stored: AppraisalRecord,
  signatures: Appraisal['signatures'],
  options: ClockOption,
): Promise<Appraisal> {
  const next = parsedOrThrow({
    ...fromAppraisalRecord(stored),
    signatures,
    updatedAt: (options.now ?? new Date()).toISOString(),
  });
  await db.appraisals.put(toAppraisalRecord(next));
  return next;
}
