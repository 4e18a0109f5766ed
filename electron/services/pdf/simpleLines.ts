/**
 * The lines pdfkit's line wrapper would set a text in, worked out without running it, for text
 * in which the Unicode line breaker finds no break but after a space: Latin letters, digits,
 * spaces and . , : ; ' " ) (checked against the very breaker pdfkit loads, in
 * simpleLines.test.ts). Most of a document's texts are such (titles, labels, names, the
 * framework's descriptions), and the wrapper runs the breaker over every text and measures it
 * word by word each time a block is measured and again when it is drawn.
 *
 * In such text the breaker's words are the text cut after runs of spaces, and the wrapper
 * fills a line with words while their widths (pdfkit's own measure, rounded down to a 32-bit
 * float as pdfkit rounds it) fit: the same rule, the same numbers, the same lines. Anything
 * else (another character, a word wider than the column) is left to the wrapper, as always.
 */
import type { MeasureText } from './breakLongWords';

/**
 * Not "(": the breaker may break before it, after punctuation ("a.(b"). No combining marks: the
 * writer's text is NFC, so accented Latin letters are single characters here. No line breaks.
 */
export const simpleTextAlphabet =
  /^[A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF .,:;'"‘’“”)]+$/;

/** Points: far above the float error of adding a line's word widths, far below any glyph. */
const roundingMargin = 0.01;

/**
 * The breaker's words of simple text: cut after each run of spaces, except before . , : ; )
 * (it never breaks before those, spaces or not).
 */
const wordPattern = /(?: +(?=[.,:;)])|[^ ])* */g;

export function simpleWords(text: string): string[] {
  return (text.match(wordPattern) ?? []).filter((word) => word !== '');
}

/** pdfkit's PDFNumber: the nearest 32-bit float at or below `n`. */
const float = new Float32Array(1);
const floatBits = new Uint32Array(float.buffer);
export function pdfNumber(n: number): number {
  const rounded = Math.fround(n);
  if (rounded <= n) return rounded;
  float[0] = n;
  if (n <= 0) floatBits[0] = (floatBits[0] ?? 0) + 1;
  else floatBits[0] = (floatBits[0] ?? 0) - 1;
  return float[0];
}

/**
 * The lines (each as pdfkit draws it, its spaces kept), or null when the wrapper must decide:
 * text outside the alphabet, or a word wider than the column (which the wrapper cuts).
 */
export function simpleLines(text: string, columnWidth: number, measure: MeasureText): string[] | null {
  if (!simpleTextAlphabet.test(text)) return null;
  // The wrapper's line width, computed as it computes it (no scaling, one column).
  const lineWidth = (columnWidth * 100) / 100 - 18 * 0;
  // One line when the whole fits with a hair to spare (the words' widths add up to the whole's,
  // give or take float rounding): one measure, not one a word.
  if (measure(text) <= lineWidth - roundingMargin) return [text];
  const lines: string[] = [];
  let line = '';
  let spaceLeft = lineWidth;
  for (const word of simpleWords(text)) {
    // The wrapper's wordWidth: the width plus no letter or word spacing, rounded as pdfkit does.
    const width = pdfNumber(measure(word) + 0 + 0);
    if (width > lineWidth) return null;
    if (width <= spaceLeft) {
      line += word;
      spaceLeft -= width;
    } else {
      lines.push(line);
      line = word;
      spaceLeft = lineWidth - width;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
