/**
 * Room for the PDF's digital signature, written in pdfkit's single pass: a signature dictionary
 * whose /ByteRange and /Contents signing fills in afterwards in place, at the same length
 * (signPdf, signing/pdfSignature.ts), so no second revision is appended and the signature
 * covers the whole file. The field is an invisible widget (the page itself names the
 * certificate), flagged to print as PDF/A asks, in an AcroForm without NeedAppearances.
 */
import type {} from './pdfkitInternals';

/** Bytes kept for the CMS signature (twice as many hex digits): a certificate chain fits. */
const signaturePlaceholderBytes = 8192;
/** What @signpdf/signpdf looks for and replaces with the real byte range. */
const byteRangePlaceholder = '**********';
/** Annotation flag 3 (Print): a PDF/A annotation must print. */
const printFlag = 4;
/** SigFlags: signatures exist (1) and the file must only be appended to (2). */
const signaturesExistAppendOnly = 3;

export interface SignaturePlaceholder {
  /** The signing time the signature claims (/M): the seal time, never the clock. */
  signedAt: Date;
  /** Who signs (/Name): the certificate's common name. */
  signerName: string;
  reason: string;
}

/**
 * Adds the signature dictionary, its field on the last page, and the AcroForm. Call once the
 * pages are drawn and before they are flushed; a font must be current (pdfkit's initForm).
 */
export function addSignaturePlaceholder(doc: PDFKit.PDFDocument, placeholder: SignaturePlaceholder): void {
  const signature = doc.ref({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: 'ETSI.CAdES.detached',
    // Names here, numbers once signed; /Contents must follow /ByteRange for @signpdf to find it.
    ByteRange: [0, byteRangePlaceholder, byteRangePlaceholder, byteRangePlaceholder],
    Contents: new Uint8Array(signaturePlaceholderBytes),
    M: placeholder.signedAt,
    Name: new String(placeholder.signerName),
    Reason: new String(placeholder.reason),
  });
  signature.end();
  const { start, count } = doc.bufferedPageRange();
  const lastPage = doc.switchToPage(start + count - 1);
  const widget = doc.ref({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    F: printFlag,
    // No area, so no appearance stream is needed (PDF/A) and nothing covers the page.
    Rect: [0, 0, 0, 0],
    V: signature,
    T: new String('Seal'),
    P: lastPage.dictionary,
  });
  widget.end();
  (lastPage.annotations as PDFKit.PDFKitReference[]).push(widget);
  doc.initForm();
  const form = doc._root.data.AcroForm;
  if (form === undefined) throw new Error('pdfkit did not start the form the signature needs.');
  // pdfkit's form asks viewers to draw field appearances (NeedAppearances), which PDF/A forbids;
  // a signature field needs none. pdfkit fills in DR's fonts when it ends the form.
  form.data = { Fields: [widget], SigFlags: signaturesExistAppendOnly, DR: form.data.DR };
}
