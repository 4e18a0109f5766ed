/**
 * Whether pdfkit's line wrapper would set a text on one line of a column, known without running
 * it: the wrapper runs the Unicode line breaker over the text and measures it word by word,
 * which costs more than drawing a short label, a name or a footer line does, and most of a
 * document's texts are such lines (each measured, then drawn).
 *
 * Only for text in which the line breaker finds no break but after a space (Latin letters,
 * digits, spaces and the punctuation below; checked against the very breaker pdfkit loads, in
 * oneLine.test.ts). Its words are then the space-ended pieces pdfkit measures the whole text
 * by, so the words fit the column exactly when the whole does; a hair's margin covers float
 * rounding. Any other text, or any wider, goes through the wrapper as always.
 */
import type { MeasureText } from './breakLongWords';

/**
 * Not "(": the breaker may break before it, after punctuation ("a.(b"). No combining marks: the
 * writer's text is NFC, so accented Latin letters are single characters here.
 */
export const oneLineAlphabet =
  /^[A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF .,:;'"‘’“”)]+$/;

/** Points: far above the float error of adding a line's word widths, far below any glyph. */
const roundingMargin = 0.01;

export function fitsOneLine(text: string, columnWidth: number, measure: MeasureText): boolean {
  return oneLineAlphabet.test(text) && measure(text) <= columnWidth - roundingMargin;
}
