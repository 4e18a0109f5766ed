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

export const pdfFontFiles = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
} as const satisfies Record<FontStyle, string>;

export async function loadPdfFonts(fontsFolder: string): Promise<PdfFonts> {
  const read = async (style: FontStyle) => {
    const path = join(fontsFolder, pdfFontFiles[style]);
    try {
      return new Uint8Array(await readFile(path));
    } catch (error) {
      throw new Error(
        `The document font ${pdfFontFiles[style]} is missing from ${fontsFolder}; reinstall the app.`,
        {
          cause: error,
        },
      );
    }
  };
  const [regular, bold, italic] = await Promise.all([read('regular'), read('bold'), read('italic')]);
  return { regular, bold, italic };
}
