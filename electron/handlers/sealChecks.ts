/**
 * What main checks itself before it seals or prints a document, never trusting the renderer:
 * both signatures are there and the record says when it was sealed, each drawn signature is
 * a real PNG whose hash is the one in the record, and the logo is the one the record names.
 */
import type { AppraisalDocument } from '../../shared/documents/appraisalDocument';
import type { DocumentLogo } from '../../shared/ipc';
import { sha256Hex } from '../services/nativeSha256';
import { findMissing } from '../../shared/appraisal/readiness';
import { UserFacingError } from './userFacingError';

const pngSignature = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** The logo bytes to print, once they are known to be the logo the record names. */
export function checkedLogo(
  document: AppraisalDocument,
  logo: DocumentLogo | null,
): { mediaType: DocumentLogo['mediaType']; bytes: Uint8Array } | null {
  const expected = document.home.logoSha256;
  if (logo === null) {
    if (expected !== null)
      throw new UserFacingError(
        "The home's logo named in this record was not sent, so nothing was printed or sealed.",
      );
    return null;
  }
  const bytes = new Uint8Array(Buffer.from(logo.base64, 'base64'));
  if (expected === null || sha256Hex(bytes) !== expected)
    throw new UserFacingError(
      "The home's logo is not the one named in this record (it may have been changed in Settings), so nothing was printed or sealed.",
    );
  return { mediaType: logo.mediaType, bytes };
}

/** Every drawn signature present must be the PNG whose hash the record holds. */
export function checkSignatureImages(document: AppraisalDocument): void {
  for (const signature of [
    document.appraisal.signatures.appraisee,
    document.appraisal.signatures.appraiser,
  ]) {
    if (signature?.image == null) continue;
    const who = signature.party === 'appraisee' ? 'member of staff' : 'appraiser';
    const bytes = new Uint8Array(Buffer.from(signature.image.pngBase64, 'base64'));
    const isPng = pngSignature.every((byte, i) => bytes[i] === byte);
    if (!isPng)
      throw new UserFacingError(
        `The ${who}'s drawn signature is not a PNG image, so nothing was sealed. Ask them to sign again.`,
      );
    if (sha256Hex(bytes) !== signature.image.sha256)
      throw new UserFacingError(
        `The ${who}'s drawn signature does not match its recorded fingerprint, so nothing was sealed. Ask them to sign again.`,
      );
  }
}

/** A document may be sealed only once both parties have signed and the seal time is set, which it returns. */
export function checkSealable(document: AppraisalDocument): string {
  const { appraisee, appraiser } = document.appraisal.signatures;
  if (appraisee === null)
    throw new UserFacingError('The appraisee has not signed yet, so the appraisal cannot be sealed.');
  if (appraiser === null)
    throw new UserFacingError('The appraiser has not countersigned yet, so the appraisal cannot be sealed.');
  const { sealedAt } = document;
  if (sealedAt === null)
    throw new UserFacingError('The record does not say when it was sealed, so it was not sealed.');
  // The same ready-to-sign checklist the renderer shows; main does not take its word for it.
  const missing = findMissing(
    {
      ...document.appraisal,
      status: 'draft',
      currentStep: 'ready',
      sealed: null,
      supersededById: null,
      updatedAt: sealedAt,
    },
    document.framework,
  );
  const [first] = missing;
  if (first !== undefined)
    throw new UserFacingError(
      `The appraisal is not complete (${missing.length === 1 ? 'one thing is' : `${missing.length} things are`} missing, starting with: ${first.message}), so it was not sealed.`,
    );
  checkSignatureImages(document);
  return sealedAt;
}
