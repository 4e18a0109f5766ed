/**
 * Sealing a countersigned appraisal: build its document, ask main to seal it (fingerprint, PDF,
 * vault, audit event), then record the seal in the working store. The countersignature is
 * already stored, so a failure here loses nothing.
 *
 * No dead ends: if main already holds a sealed version of this document (it sealed before a
 * crash, or the record or the home's details changed since), that version is adopted as the
 * record, because the vault is the truth for signed documents.
 */
import type { Appraisal } from '../../shared/appraisal/appraisal';
import { formatMomentDate } from '../../shared/dates';
import { documentIdOf } from '../../shared/documents/documentId';
import { bridge } from '../api';
import { actionError } from '../components/actionError';
import type { AppDatabase } from '../db/database';
import { buildDocumentFor } from '../db/documentSource';
import { markSealed } from '../db/signingRepository';
import { appraisalActor } from './actors';
import { adoptIfSealed } from './adoptFromVault';

export type SealOutcome =
  | {
      sealed: true;
      appraisal: Appraisal;
      /** Set when the vault's earlier sealed version became the record instead of this copy. */
      adopted: string | null;
    }
  | { sealed: false; message: string };

export async function sealCountersigned(db: AppDatabase, appraisal: Appraisal): Promise<SealOutcome> {
  const countersignature = appraisal.signatures.appraiser;
  if (countersignature === null)
    return { sealed: false, message: 'The appraiser has not countersigned yet.' };
  try {
    const { document, logo } = await buildDocumentFor(db, appraisal, countersignature.signedAt);
    const result = await bridge().documents.seal({ document, logo, actor: appraisalActor(appraisal) });
    const sealed = await markSealed(db, appraisal.id, {
      documentId: result.documentId,
      fingerprint: result.fingerprint,
      pdfSha256: result.pdfSha256,
      sealedAt: result.sealedAt,
      auditHead: result.auditHead,
    });
    return { sealed: true, appraisal: sealed, adopted: null };
  } catch (caught) {
    const adopted = await adoptInstead(db, appraisal);
    if (adopted !== null) return adopted;
    const { message } = actionError(caught, 'Something went wrong while sealing.');
    return {
      sealed: false,
      message: `The record could not be sealed: ${message} Both signatures are still stored.`,
    };
  }
}

async function adoptInstead(db: AppDatabase, appraisal: Appraisal): Promise<SealOutcome | null> {
  try {
    const adopted = await adoptIfSealed(db, documentIdOf(appraisal));
    if (adopted === null) return null;
    return {
      sealed: true,
      appraisal: adopted,
      adopted: `This version was already sealed on ${formatMomentDate(adopted.sealed?.sealedAt ?? adopted.updatedAt)}. The signed version kept by the app is now the record; any later change to this copy was not part of it.`,
    };
  } catch {
    return null;
  }
}
