/**
 * Sealing a countersigned appraisal: build its document, ask main to seal it (fingerprint, PDF,
 * vault, audit event), then record the seal in the working store. The countersignature is
 * already stored, so a failure here loses nothing: the screen offers to try again.
 *
 * The seal time is the countersignature's time, so a retry after a crash between main's seal
 * and `markSealed` builds the very same document and main answers `alreadySealed`.
 */
import type { Appraisal } from '../../../shared/appraisal/appraisal';
import { bridge } from '../../api';
import { actionError } from '../../components/actionError';
import type { AppDatabase } from '../../db/database';
import { markSealed } from '../../db/signingRepository';
import { appraisalActor } from '../appraisal/appraisalAudit';
import { buildDocumentFor } from './documentSource';

export type SealOutcome = { sealed: true; appraisal: Appraisal } | { sealed: false; message: string };

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
    return { sealed: true, appraisal: sealed };
  } catch (caught) {
    const { message } = actionError(caught, 'Something went wrong while sealing.');
    return {
      sealed: false,
      message: `The record could not be sealed: ${message} Both signatures are still stored.`,
    };
  }
}
