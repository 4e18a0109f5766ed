/**
 * Removing the signatures of an unsealed appraisal so it can be changed again. If main has in
 * fact already sealed it (the app stopped before the seal was recorded here), the signatures
 * are not removed: the sealed version is adopted as the record instead.
 */
import type { Appraisal } from '../../shared/appraisal/appraisal';
import { documentIdOf } from '../../shared/documents/documentId';
import type { AppDatabase } from '../db/database';
import { removeSignatures as removeInStore } from '../db/signingRepository';
import { adoptIfSealed } from './adoptFromVault';
import { recordAppraisalEvent } from './appraisalEvents';

export type RemoveSignaturesOutcome =
  | { outcome: 'removed'; appraisal: Appraisal; warning: string | null }
  | { outcome: 'already-sealed'; appraisal: Appraisal };

export async function removeSignatures(
  db: AppDatabase,
  appraisal: Appraisal,
): Promise<RemoveSignaturesOutcome> {
  const sealed = await adoptIfSealed(db, documentIdOf(appraisal));
  if (sealed !== null) return { outcome: 'already-sealed', appraisal: sealed };
  const both = appraisal.signatures.appraiser !== null;
  const unsigned = await removeInStore(db, appraisal.id);
  const warning = await recordAppraisalEvent({
    action: 'unsign',
    appraisalId: appraisal.id,
    removed: both ? 'both' : 'appraisee',
  });
  return { outcome: 'removed', appraisal: unsigned, warning };
}
