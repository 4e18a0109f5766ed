/**
 * Lines known to fit are drawn and measured without pdfkit's line wrapper (oneLine.ts). That
 * is only right if the wrapper would have set them on one line, at the same place: checked
 * against the line breaker pdfkit loads, and against pdfkit itself, byte for byte.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openA4Document } from '../../../electron/services/pdf/a4Document';
import { breakLongWords } from '../../../electron/services/pdf/breakLongWords';
import { lineGap } from '../../../electron/services/pdf/pdfStyle';
import { oneLineAlphabet } from '../../../electron/services/pdf/oneLine';
import { GlyphCoverage } from '../../../electron/services/pdf/unprintableText';
import { testFonts } from './pdfTestKit';

interface LineBreakerInstance {
  nextBreak(): { position: number } | null;
}
type LineBreakerClass = new (text: string) => LineBreakerInstance;

const fromPdfkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
const LineBreaker = fromPdfkit('linebreak') as LineBreakerClass;

/**
 * Hard characters (accents, quotes, brackets, dashes, other spaces and scripts), of which the
 * alphabet's own are used: widen the alphabet and the new characters are tried here too.
 */
const candidates = Array.from(
  'aZÀöøŁǅẞỹαж中ก09 .,:;\'"‘’“”()[]{}«»-/!?&%+#*…·×÷\u00A0\u2013\u2014\u200B\u0301\u0323',
);
const characters = candidates.filter((character) => oneLineAlphabet.test(character));
const texts = fc
  .array(fc.constantFrom(...characters), { minLength: 1, maxLength: 40 })
  .map((c) => c.join(''));

describe('one-line text', () => {
  it('uses only characters after which the line breaker breaks at spaces alone', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const breaker = new LineBreaker(text);
        for (let next = breaker.nextBreak(); next !== null; next = breaker.nextBreak())
          if (next.position < text.length)
            expect(text.charAt(next.position - 1), JSON.stringify(text)).toBe(' ');
      }),
      { numRuns: 20_000 },
    );
  });

  it('draws and measures exactly as pdfkit does, whether or not a text fits', async () => {
    const fonts = await testFonts();
    const render = async (draw: 'writer' | 'pdfkit', lines: readonly { text: string; width: number }[]) => {
      const { writer, finish } = openA4Document(
        { title: 'One line', author: 'Tests', madeAt: new Date('2026-03-12T00:00:00Z') },
        new GlyphCoverage(fonts),
      );
      const heights: number[] = [];
      for (const { text, width } of lines) {
        if (draw === 'writer') {
          heights.push(writer.heightOf(text, 'A test line', { size: 9.5, width }));
          writer.text(text, 'A test line', { size: 9.5, width, x: 60 });
        } else {
          // The writer sets the font for each call, measuring and drawing alike, and readies
          // the text (NFC) and cuts a word wider than the column first.
          writer.use('regular', 9.5);
          const ready = writer.ready(text, 'A test line');
          const cut = breakLongWords(ready, width, (piece) => writer.doc.widthOfString(piece));
          heights.push(writer.doc.heightOfString(cut, { width, lineGap }));
          writer.use('regular', 9.5);
          writer.doc.text(cut, 60, writer.doc.y, { width, align: 'left', lineGap });
        }
      }
      return { bytes: Buffer.from(await finish()), heights };
    };
    await fc.assert(
      fc.asyncProperty(
        // Enough lines to run onto a second page, so a line at the foot of a page is covered.
        fc.array(fc.record({ text: texts, width: fc.integer({ min: 20, max: 300 }) }), {
          minLength: 50,
          maxLength: 80,
        }),
        async (lines) => {
          const [writer, pdfkit] = await Promise.all([render('writer', lines), render('pdfkit', lines)]);
          expect(writer.heights).toEqual(pdfkit.heights);
          expect(writer.bytes.equals(pdfkit.bytes)).toBe(true);
        },
      ),
      { numRuns: 20 },
    );
  }, 120_000);
});
