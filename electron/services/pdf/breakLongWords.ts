/**
 * pdfkit's line wrapper breaks a word wider than its column by re-measuring the whole rest of
 * the word for every line it cuts off: quadratic time, and it caches each of those rests, so a
 * 20,000-character word took seconds and 100,000 ran out of memory. Here, in one pass, any
 * stretch between two certain break opportunities that is wider than the column is cut
 * beforehand into pieces that fit, joined by line breaks, so pdfkit only ever sees words that
 * fit. Text without such a stretch comes back unchanged (the same layout and bytes as before),
 * and no character is dropped: only line breaks are added, never inside a grapheme (a letter
 * and its combining marks, a surrogate pair, an emoji sequence stay whole).
 */
import { certainBreakBefore } from './breakOpportunities';
import { graphemesOf } from './graphemes';

/** Width in points of `text` as the line wrapper measures it: the current font, size and kerning. */
export type MeasureText = (text: string) => number;

/** A piece ending just after one of these reads better than one cut mid-letters. */
const friendlyEnds = new Set([' ', '-', '/', '\u2010', '\u2013', '\u2014']);

/**
 * `characterWidths` holds what `measure` gave for single characters, by code point; a caller
 * that keeps one per face and size (characterWidths.ts) measures each character once, not
 * once a text.
 */
export function breakLongWords(
  text: string,
  columnWidth: number,
  measure: MeasureText,
  characterWidths: Map<number, number> = new Map(),
): string {
  // Graphemes are remembered for this text only: odd combinations must not pile up.
  const graphemeWidths = new Map<string, number>();
  const widthOf = (piece: string) => remembered(graphemeWidths, piece, measure);
  let result = '';
  let copied = 0;
  let runStart = 0;
  // The sum of the run's characters' own advances so far, no longer added to once it is known
  // to be too wide.
  let runWidth = 0;
  let at = 0;
  while (at < text.length) {
    const code = text.codePointAt(at) ?? 0;
    const length = code > 0xffff ? 2 : 1;
    if (runWidth <= columnWidth) {
      let width = characterWidths.get(code);
      if (width === undefined) {
        width = measure(text.slice(at, at + length));
        characterWidths.set(code, width);
      }
      runWidth += width;
    }
    at += length;
    if (at < text.length && !(mayBreakAfter(text.charCodeAt(at - 1)) && certainBreakBefore(text, at)))
      continue;
    if (runWidth > columnWidth) {
      result +=
        text.slice(copied, runStart) + splitRun(text.slice(runStart, at), columnWidth, widthOf, measure);
      copied = at;
    }
    runStart = at;
    runWidth = 0;
  }
  return copied === 0 ? text : result + text.slice(copied);
}

/** What `measure` gave for `piece`, measured once. */
function remembered(widths: Map<string, number>, piece: string, measure: MeasureText): number {
  let width = widths.get(piece);
  if (width === undefined) {
    width = measure(piece);
    widths.set(piece, width);
  }
  return width;
}

/**
 * Every certain break follows a line break, a space or a dash (all below U+0030 or from
 * U+1680 on): a cheap test that passes over letters and digits without looking further.
 */
function mayBreakAfter(code: number): boolean {
  return code < 0x30 || code >= 0x1680;
}

/**
 * Greedy pieces of whole graphemes (spaces included: a word followed by a long row of spaces
 * is cut in the spaces, not in the word), each with room for the line break after it, then
 * checked against the real measure, kerning included. Each grapheme is measured once and each
 * piece once or twice, so the work grows with the length of the run. A line break ending the
 * run stays on its last piece, so no blank line is added.
 */
function splitRun(run: string, columnWidth: number, widthOf: MeasureText, measure: MeasureText): string {
  const trailing = run.endsWith('\n') ? '\n' : '';
  const parts = graphemesOf(run.slice(0, run.length - trailing.length));
  const room = columnWidth - widthOf('\n');
  const pieces: string[] = [];
  let start = 0;
  while (start < parts.length) {
    let end = start;
    let width = 0;
    let friendly = -1;
    for (; end < parts.length; end += 1) {
      const part = parts[end] ?? '';
      const next = width + widthOf(part);
      if (end > start && next > room) break;
      width = next;
      if (friendlyEnds.has(part)) friendly = end + 1;
    }
    if (end < parts.length && friendly > start + (end - start) / 2) end = friendly;
    let piece = parts.slice(start, end).join('');
    const after = (): string => (end === parts.length ? trailing : '\n');
    while (end - start > 1 && measure(piece + after()) > columnWidth) {
      end -= 1;
      piece = parts.slice(start, end).join('');
    }
    pieces.push(piece + after());
    start = end;
  }
  return pieces.join('');
}
