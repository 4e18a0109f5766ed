/**
 * Opens a sealed document from the vault: main re-hashes its files, says whether they are
 * exactly as sealed, records that they were checked, and gives the address of the PDF to show.
 */
import type { SealedInfo } from '../../shared/appraisal/appraisal';
import type { ActorRef } from '../../shared/audit/auditActor';
import { bridge } from '../api';

export function openSealedDocument(sealed: SealedInfo, actor: ActorRef) {
  return bridge().documents.open({
    documentId: sealed.documentId,
    expectedFingerprint: sealed.fingerprint,
    actor,
  });
}
