/**
 * A new A4 pdfkit document the way every PDF of the app starts: our margins, no standard font
 * (an empty name stops pdfkit loading Helvetica from disk), our fonts registered, fixed
 * metadata dates so the same input gives the same bytes, the first page, and a writer over it.
 */
import PDFDocument from 'pdfkit';
import type { FontStyle } from './pdfFonts';
import { page } from './pdfStyle';
import { PdfWriter } from './pdfWriter';
import type { GlyphCoverage } from './unprintableText';
import { yieldToEventLoop } from './yieldToEventLoop';

export interface A4DocumentInfo {
  title: string;
  author: string;
  subject?: string;
  /** Stamped as both creation and modification date: a time from the record, never the clock. */
  madeAt: Date;
}

export interface OpenA4Document {
  writer: PdfWriter;
  /** Ends the document and resolves with its bytes. */
  finish: () => Promise<Uint8Array>;
}

export function openA4Document(info: A4DocumentInfo, coverage: GlyphCoverage): OpenA4Document {
  const doc = new PDFDocument({
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
      // Writing out the pages (compressed) and then the fonts are each a long synchronous
      // stretch for a long document; main's event loop runs between the two.
      doc.flushPages();
      await yieldToEventLoop();
      doc.end();
      await finished;
      writer.keepWordLayouts();
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
}
