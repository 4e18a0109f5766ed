/**
 * What the signed PDF's job costs at least, for comparison (pdfBench.ts): the same text, pages and
 * images drawn by the same engine with no layout logic. The text is the rendered sample's own,
 * page by page (pdftotext, as the PDF tests read it); the pdfkit floor writes each line in the
 * same fonts (DejaVu Sans, subset and embedded as the app does) with the same images, and
 * Chromium's print-to-PDF (browser/chromiumPdf.ts) prints it as HTML in the same fonts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create, type Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import type {} from '../../electron/services/pdf/pdfkitFontObject';
import type { PdfFonts } from '../../electron/services/pdf/pdfFonts';

export interface PdfContent {
  /** Each page's lines, as pdftotext reads them from the rendered PDF. */
  pages: string[][];
  /** The PNGs drawn on it (logo, drawn signature). */
  images: Uint8Array[];
  fonts: PdfFonts;
  /** The regular and bold faces, parsed. */
  faces: { regular: Font; bold: Font };
}

/** A face parsed once, as the app keeps it (parsing DejaVu is not the document's work). */
export function parsedFace(bytes: Uint8Array): Font {
  const font = create(Buffer.from(bytes));
  if (!('hasGlyphForCodePoint' in font)) throw new Error('The document font file is a font collection.');
  return font;
}

export function pdfText(pdf: Uint8Array): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'care-appraisals-pdf-text-'));
  try {
    const file = join(dir, 'sample.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    return text
      .split('\f')
      .map((page) => page.split('\n').filter((line) => line.trim() !== ''))
      .filter((page) => page.length > 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The pdfkit floor: one line after another, a page where the sample had one. */
export function floorPdf(content: PdfContent): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 50, autoFirstPage: false, compress: true });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.registerFont('regular', content.faces.regular);
    doc.registerFont('bold', content.faces.bold);
    content.pages.forEach((lines, index) => {
      doc.addPage();
      let y = 50;
      if (index === 0)
        content.images.forEach((image, n) => {
          doc.image(Buffer.from(image), 50 + n * 140, y, { width: 120 });
        });
      if (index === 0) y += 50;
      // Placed line by line: no wrapping, measuring or flowing, which is the layout's job.
      lines.forEach((line, n) => {
        doc
          .font(n === 0 ? 'bold' : 'regular')
          .fontSize(9)
          .text(line, 50, y, { lineBreak: false });
        y += 11;
      });
    });
    doc.end();
  });
}
