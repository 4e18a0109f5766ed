/**
 * A new A4 pdfkit document the way every PDF of the app starts: our margins, no standard font
 * (an empty name stops pdfkit loading Helvetica from disk), our fonts registered, fixed
 * metadata dates so the same input gives the same bytes, the first page, and a writer over it.
 * A sealed record is written as PDF/A-3b carrying its record, and comes out signed.
 */
import PDFDocument from 'pdfkit';
import { signPdf } from '../signing/pdfSignature';
import type { SigningIdentity } from '../signing/signingIdentity';
import { attachRecord, pdfA3bOptions, writeInfoAsXmp } from './archivalPdf';
import type { FontStyle } from './pdfFonts';
import { page } from './pdfStyle';
import { PdfWriter } from './pdfWriter';
import { addSignaturePlaceholder } from './signaturePlaceholder';
import type { GlyphCoverage } from './unprintableText';
import { yieldToEventLoop } from './yieldToEventLoop';

export interface A4DocumentInfo {
  title: string;
  author: string;
  subject?: string;
  /**
   * Stamped as both creation and modification date (and, sealed, as the signing time): a time
   * from the record, never the clock.
   */
  madeAt: Date;
  sealed?: SealedParts;
}

/** What makes a sealed record's PDF: the record it carries and the key that signs it. */
interface SealedParts {
  /** The sealed canonical JSON, attached as record.json. */
  record: string;
  signer: SigningIdentity;
}

const signingReason = 'Sealed staff appraisal';

export interface OpenA4Document {
  writer: PdfWriter;
  /** Ends the document and resolves with its bytes. */
  finish: () => Promise<Uint8Array>;
}

export function openA4Document(info: A4DocumentInfo, coverage: GlyphCoverage): OpenA4Document {
  const { sealed } = info;
  const doc = new PDFDocument({
    ...(sealed === undefined ? {} : pdfA3bOptions),
    size: 'A4',
    autoFirstPage: false,
    bufferPages: true,
    compress: true,
    font: '',
    margins: {
      top: page.top,
      left: page.left,
      right: page.width - page.right,
      bottom: page.height - page.bottom,
    },
    lang: 'en-GB',
    displayTitle: true,
    info: {
      Title: info.title,
      Author: info.author,
      ...(info.subject === undefined ? {} : { Subject: info.subject }),
      Creator: 'Care Appraisals',
      Producer: 'Care Appraisals',
      CreationDate: info.madeAt,
      ModDate: info.madeAt,
    },
  });
  if (sealed !== undefined) writeInfoAsXmp(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  for (const style of ['regular', 'bold', 'italic'] as const satisfies readonly FontStyle[])
    doc.registerFont(style, coverage.face(style));
  doc.addPage();
  const writer = new PdfWriter(doc, coverage);
  return {
    writer,
    finish: async () => {
      if (sealed !== undefined) {
        attachRecord(doc, sealed.record, info.madeAt);
        addSignaturePlaceholder(doc, {
          signedAt: info.madeAt,
          signerName: sealed.signer.certificate.commonName,
          reason: signingReason,
        });
      }
      // Writing out the pages (compressed) and then the fonts are each a long synchronous
      // stretch for a long document; main's event loop runs between the two.
      doc.flushPages();
      await yieldToEventLoop();
      doc.end();
      await finished;
      writer.keepWordLayouts();
      const pdf = new Uint8Array(Buffer.concat(chunks));
      return sealed === undefined ? pdf : signPdf(pdf, sealed.signer);
    },
  };
}
