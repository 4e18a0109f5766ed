/**
 * What the signed PDF's job costs at least, for comparison (pdfBench.ts): the same text, pages and
 * images drawn by the same engine with no layout logic. The text is the rendered sample's own,
 * page by page (pdftotext, as the PDF tests read it); the pdfkit floor writes each line in the
 * face the sample drew it in (DejaVu Sans regular, bold or oblique, as pdftohtml reads them
 * from the sample; subset and embedded as the app does) with the same images, and Chromium's
 * print-to-PDF (browser/chromiumPdf.ts) prints it as HTML in the same fonts. The pdfkit floor
 * also does what sealing adds, as the app does it: PDF/A-3b, the record attached, the signature.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create, type Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import { attachRecord, pdfA3bOptions } from '../../electron/services/pdf/archivalPdf';
import type {} from '../../electron/services/pdf/pdfkitFontObject';
import type { FontStyle, PdfFonts } from '../../electron/services/pdf/pdfFonts';
import { addSignaturePlaceholder } from '../../electron/services/pdf/signaturePlaceholder';
import { signPdf } from '../../electron/services/signing/pdfSignature';
import type { SigningIdentity } from '../../electron/services/signing/signingIdentity';

export interface PdfContent {
  /** Each page's lines, as pdftotext reads them from the rendered PDF. */
  pages: string[][];
  /** The face each of those lines is drawn in (pdfLineStyles). */
  styles: FontStyle[][];
  /** The PNGs drawn on it (logo, drawn signature). */
  images: Uint8Array[];
  fonts: PdfFonts;
  /** The faces, parsed. */
  faces: Record<FontStyle, Font>;
  /** The sealed record (canonical JSON), its seal time and the key that signs it. */
  seal: { record: string; sealedAt: Date; signer: SigningIdentity };
}

/** A face parsed once, as the app keeps it (parsing DejaVu is not the document's work). */
export function parsedFace(bytes: Uint8Array): Font {
  const font = create(Buffer.from(bytes));
  if (!('hasGlyphForCodePoint' in font)) throw new Error('The document font file is a font collection.');
  return font;
}

/** Runs a poppler tool on the PDF and gives its output. */
function readWith(tool: string, args: readonly string[], pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'care-appraisals-pdf-text-'));
  try {
    const file = join(dir, 'sample.pdf');
    writeFileSync(file, pdf);
    return execFileSync(tool, [...args, file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function pdfText(pdf: Uint8Array): string[][] {
  return readWith('pdftotext', ['-enc', 'UTF-8'], pdf)
    .split('\f')
    .map((page) => page.split('\n').filter((line) => line.trim() !== ''))
    .filter((page) => page.length > 0);
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, (_, name: string) =>
    name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (entities[name] ?? ''),
  );

/**
 * The face of each of `pages`' lines: pdftohtml names each run of text it reads with its face
 * (<b> bold, <i> oblique); a line is drawn in the face of the run with the same text on its
 * page, or in regular when no run matches (a line pdftohtml reads differently).
 */
export function pdfLineStyles(pdf: Uint8Array, pages: readonly string[][]): FontStyle[][] {
  const xml = readWith('pdftohtml', ['-xml', '-i', '-q', '-stdout'], pdf);
  const runs = xml
    .split(/<page /)
    .slice(1)
    .map((page) => {
      const faces = new Map<string, FontStyle>();
      for (const [, inner = ''] of page.matchAll(/<text [^>]*>(.*?)<\/text>/g)) {
        const text = unescapeXml(inner.replace(/<[^>]+>/g, '')).trim();
        if (!faces.has(text))
          faces.set(text, inner.includes('<b>') ? 'bold' : inner.includes('<i>') ? 'italic' : 'regular');
      }
      return faces;
    });
  return pages.map((lines, index) => lines.map((line) => runs[index]?.get(line.trim()) ?? 'regular'));
}

/** The pdfkit floor: one line after another, a page where the sample had one; then sealed. */
export async function floorPdf(content: PdfContent): Promise<Uint8Array> {
  return signPdf(await unsignedFloorPdf(content), content.seal.signer);
}

function unsignedFloorPdf(content: PdfContent): Promise<Uint8Array> {
  const { seal } = content;
  return new Promise((resolve, reject) => {
    // No standard font (an empty name), as the app: pdfkit would otherwise read and parse
    // Helvetica's metrics for every document, work the sample never asks for.
    const doc = new PDFDocument({
      ...pdfA3bOptions,
      size: 'A4',
      margin: 50,
      autoFirstPage: false,
      compress: true,
      font: '',
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    for (const style of ['regular', 'bold', 'italic'] as const) doc.registerFont(style, content.faces[style]);
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
          .font(content.styles[index]?.[n] ?? 'regular')
          .fontSize(9)
          .text(line, 50, y, { lineBreak: false });
        y += 11;
      });
    });
    attachRecord(doc, seal.record, seal.sealedAt);
    addSignaturePlaceholder(doc, { signedAt: seal.sealedAt, signerName: 'Floor', reason: 'Floor' });
    doc.end();
  });
}
