/**
 * Simple text is measured and drawn without pdfkit's line wrapper (simpleLines.ts). That is only
 * right if the wrapper would have made the same lines in the same places: checked against the
 * line breaker pdfkit loads, and against pdfkit itself, byte for byte, pages turned included.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openA4Document } from '../../../electron/services/pdf/a4Document';
import { breakLongWords } from '../../../electron/services/pdf/breakLongWords';
import { lineGap } from '../../../electron/services/pdf/pdfStyle';
import { simpleTextAlphabet, simpleWords } from '../../../electron/services/pdf/simpleLines';
import { GlyphCoverage } from '../../../electron/services/pdf/unprintableText';
import { testFonts } from './pdfTestKit';

interface LineBreakerInstance {
  nextBreak(): { position: number; required: boolean } | null;
}
type LineBreakerClass = new (text: string) => LineBreakerInstance;

const fromPdfkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
const LineBreaker = fromPdfkit('linebreak') as LineBreakerClass;

/**
 * Hard characters (accents, quotes, brackets, dashes, other spaces and scripts), of which the
 * alphabet's own are used: widen the alphabet and the new characters are tried here too.
 */
const candidates = Array.from(
  'aZÀöøŁǅẞỹαж中ก09 .,:;\'"‘’“”()[]{}«»-/!?&%+#*…·×÷\n\u00A0\u2013\u2014\u200B\u0301\u0323',
);
const characters = candidates.filter((character) => simpleTextAlphabet.test(character));
const texts = (maxLength: number) =>
  fc.array(fc.constantFrom(...characters), { minLength: 1, maxLength }).map((c) => c.join(''));
/** Words of letters between runs of spaces, so texts run over several lines. */
const paragraphs = fc
  .array(fc.tuple(texts(12), fc.constantFrom(' ', ' ', ' ', '  ')), { minLength: 1, maxLength: 30 })
  .map((parts) => parts.map(([word, space]) => word + space).join(''));

describe('simple text', () => {
  it('cuts text into the line breaker’s own words, with no required break', () => {
    fc.assert(
      fc.property(fc.oneof(texts(40), paragraphs), (text) => {
        const words: string[] = [];
        const breaker = new LineBreaker(text);
        let start = 0;
        for (let next = breaker.nextBreak(); next !== null; next = breaker.nextBreak()) {
          expect(next.required).toBe(false);
          words.push(text.slice(start, next.position));
          start = next.position;
        }
        expect(simpleWords(text), JSON.stringify(text)).toEqual(words);
      }),
      { numRuns: 20_000 },
    );
  });

  it('draws and measures exactly as pdfkit does, whether it fits a line, several or the page', async () => {
    const fonts = await testFonts();
    const render = async (draw: 'writer' | 'pdfkit', blocks: readonly { text: string; width: number }[]) => {
      const { writer, finish } = openA4Document(
        { title: 'Simple text', author: 'Tests', madeAt: new Date('2026-03-12T00:00:00Z') },
        new GlyphCoverage(fonts),
      );
      const heights: number[] = [];
      for (const { text, width } of blocks) {
        if (draw === 'writer') {
          heights.push(writer.heightOf(text, 'A test text', { size: 9.5, width }));
          writer.text(text, 'A test text', { size: 9.5, width, x: 60 });
        } else {
          // The writer sets the font for each call, measuring and drawing alike, and readies
          // the text (NFC) and cuts a word wider than the column first.
          writer.use('regular', 9.5);
          const ready = writer.ready(text, 'A test text');
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
        // Enough text to run onto further pages, so blocks at the foot of a page are covered.
        fc.array(
          fc.record({ text: fc.oneof(texts(40), paragraphs), width: fc.integer({ min: 20, max: 300 }) }),
          { minLength: 30, maxLength: 50 },
        ),
        async (blocks) => {
          const [writer, pdfkit] = await Promise.all([render('writer', blocks), render('pdfkit', blocks)]);
          expect(writer.heights).toEqual(pdfkit.heights);
          expect(writer.bytes.equals(pdfkit.bytes)).toBe(true);
        },
      ),
      { numRuns: 20 },
    );
  }, 120_000);
});
