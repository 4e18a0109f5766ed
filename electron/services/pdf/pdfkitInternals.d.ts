/**
 * The parts of pdfkit 0.20 that a sealed PDF needs and @types/pdfkit does not declare: the
 * catalog (for the signature's AcroForm), the method that writes the XMP of the info dictionary
 * (archivalPdf.ts writes its own), ending an object without data, and the attachment's
 * AFRelationship option.
 */
declare global {
  namespace PDFKit {
    /** A dictionary object pdfkit writes when it ends the document. */
    interface PdfkitDictionary {
      data: Record<string, unknown>;
    }

    interface PDFDocument {
      /** The document catalog; `AcroForm` is set by initForm(). */
      _root: { data: { AcroForm?: PdfkitDictionary } };
      /** Appends the info dictionary's XMP description (creation date, title, author...). */
      _addInfo(): void;
    }

    /** An object with no stream data to add ends without a chunk. */
    interface PDFKitReference {
      end(): void;
    }

    namespace Mixins {
      interface PDFAttachmentOptions {
        /** PDF/A-3's AFRelationship of the attached file to the document. */
        relationship?: 'Source' | 'Data' | 'Alternative' | 'Supplement' | 'Unspecified';
      }
    }
  }
}

export {};
