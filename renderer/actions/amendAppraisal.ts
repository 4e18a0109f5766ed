/** Starting an amendment of a signed record (version n + 1, with a reason), then logging it. */
import type { Appraisal } from '../../shared/appraisal/appraisal';
import type { AppDatabase } from '../db/database';
import { createAmendment } from '../db/amendmentRepository';
import { recordAppraisalEvent } from './appraisalEvents';

export async function amendAppraisal(
  db: AppDatabase,
  signed: Appraisal,
  reason: string,
): Promise<{ amendment: Appraisal; warning: string | null }> {
  const amendment = await createAmendment(db, signed.id, reason);
  const warning =
    signed.sealed === null
      ? null
      : await recordAppraisalEvent({
          action: 'amend',
          appraisalId: amendment.id,
          version: amendment.version,
          supersedesDocumentId: signed.sealed.documentId,
        });
  return { amendment, warning };
}
