/**
 * The fonts every appraisal PDF is drawn with: DejaVu Sans, shipped in build/fonts with its
 * licence. Nothing falls back to the PDF standard fonts, which cover only Western European
 * letters and would print "Łucja" or "Nguyễn" wrongly.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
}

export type FontStyle = keyof PdfFonts;

/** Gives the fonts, read once and shared; a failed read is tried again on the next call. */
export type FontLoader = () => Promise<PdfFonts>;

export const pdfFontFiles = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
} as const satisfies Record<FontStyle, string>;

/** The styles in the order a missing-font message names them. */
const styles = ['regular', 'bold', 'italic'] as const satisfies readonly FontStyle[];

export async function loadPdfFonts(fontsFolder: string): Promise<PdfFonts> {
  // Every read is awaited (not Promise.all's first failure), so the message names every
  // missing file in the same order on every machine.
  const reads = await Promise.allSettled(
    styles.map(async (style) => new Uint8Array(await readFile(join(fontsFolder, pdfFontFiles[style])))),
  );
  const [regular, bold, italic] = reads;
  if (regular?.status === 'fulfilled' && bold?.status === 'fulfilled' && italic?.status === 'fulfilled')
    return { regular: regular.value, bold: bold.value, italic: italic.value };
  const missing = styles
    .filter((_, i) => reads[i]?.status === 'rejected')
    .map((style) => pdfFontFiles[style]);
  const causes = reads.flatMap((read): unknown[] => (read.status === 'rejected' ? [read.reason] : []));
  throw new Error(`${missingFontsSentence(missing)} ${fontsFolder}; reinstall the app.`, {
    cause: causes.length === 1 ? causes[0] : new AggregateError(causes),
  });
}

/** "The document font A is missing from", or "The document fonts A, B and C are missing from". */
function missingFontsSentence(files: readonly string[]): string {
  if (files.length === 1) return `The document font ${files[0] ?? ''} is missing from`;
  const listed = `${files.slice(0, -1).join(', ')} and ${files.at(-1) ?? ''}`;
  return `The document fonts ${listed} are missing from`;
}

/** One cached loader per app run, shared by every handler that renders a PDF. */
export function createFontLoader(fontsFolder: string): FontLoader {
  let fonts: Promise<PdfFonts> | null = null;
  return () => {
    fonts ??= loadPdfFonts(fontsFolder).catch((error: unknown) => {
      fonts = null;
      throw error;
    });
    return fonts;
  };
}
