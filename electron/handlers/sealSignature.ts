/**
 * A sealed PDF's digital signature judged against main's own record of it: the seal event
 * notes the certificate that signed the PDF and the SHA-256 of its signature. So a PDF whose
 * signature was stripped, or which was re-signed with another key after it was sealed, fails
 * even though its new signature may verify on its own.
 */
import type { AuditEvent } from '../../shared/audit/auditEvent';
import type { DocumentSignature } from '../../shared/documentSigning/signingStatus';
import { checkPdfSignature } from '../services/signing/pdfSignature';

/** What a seal event records about the PDF's signature. */
export interface SealSignatureFacts {
  kind: 'seal-signature';
  documentId: string;
  certificateSha256: string;
  signatureSha256: string;
}

/** The facts a seal event records for this signed PDF, or null when it carries no valid signature. */
export function sealSignatureFacts(documentId: string, pdf: Uint8Array): SealSignatureFacts | null {
  const check = checkPdfSignature(pdf);
  if (check.status !== 'valid' || check.signatureSha256 === null || check.certificateSha256 === null)
    return null;
  return {
    kind: 'seal-signature',
    documentId,
    certificateSha256: check.certificateSha256,
    signatureSha256: check.signatureSha256,
  };
}

/** The seal event's record of this document's signature, from the events about its appraisal. */
export function recordedSignature(
  events: readonly AuditEvent[],
  documentId: string,
): SealSignatureFacts | null {
  for (const event of events) {
    const { facts } = event;
    if (event.action === 'seal' && facts?.kind === 'seal-signature' && facts.documentId === documentId)
      return facts;
  }
  return null;
}

export function judgeSealSignature(pdf: Uint8Array, recorded: SealSignatureFacts | null): DocumentSignature {
  const check = checkPdfSignature(pdf);
  if (check.status === 'unsigned')
    return recorded === null
      ? { status: 'unsigned', signedBy: null, problem: null }
      : {
          status: 'broken',
          signedBy: null,
          problem: "The PDF's digital signature was removed after it was sealed.",
        };
  if (check.status === 'broken')
    return { status: 'broken', signedBy: check.signedBy, problem: check.problem };
  if (recorded !== null && recorded.certificateSha256 !== check.certificateSha256)
    return {
      status: 'broken',
      signedBy: check.signedBy,
      problem:
        'The PDF was signed again after it was sealed, with a different certificate from the one the audit log recorded.',
    };
  if (recorded !== null && recorded.signatureSha256 !== check.signatureSha256)
    return {
      status: 'broken',
      signedBy: check.signedBy,
      problem:
        'The PDF was signed again after it was sealed: its signature is not the one the audit log recorded.',
    };
  return { status: 'valid', signedBy: check.signedBy, problem: null };
}
