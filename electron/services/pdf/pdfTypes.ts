/** The inputs of the appraisal PDF, shared by its parts. */
import type { AppraisalDocument } from '../../../shared/documents/appraisalDocument';
import type { SigningIdentity } from '../signing/signingIdentity';
import type { PdfFonts } from './pdfFonts';

export interface AppraisalPdfLogo {
  mediaType: 'image/png' | 'image/jpeg';
  bytes: Uint8Array;
}

/**
 * What sealing produced; null prints a DRAFT (unsigned or signed by the appraisee only). A
 * sealed PDF is PDF/A-3b, carries its record, and is signed with `signer` (the home's key).
 */
export interface AppraisalPdfSeal {
  fingerprint: string;
  /** The audit log's head just before the seal event (which records this PDF's signature). */
  auditHead: string;
  signer: SigningIdentity;
}

export interface AppraisalPdfInput {
  document: AppraisalDocument;
  seal: AppraisalPdfSeal | null;
  logo: AppraisalPdfLogo | null;
  fonts: PdfFonts;
  /**
   * For an amendment: the sealed version it replaces, as main read it from the vault, so the
   * page can say which version and date it replaces and what changed. Unused otherwise.
   */
  replaced?: AppraisalDocument;
}
