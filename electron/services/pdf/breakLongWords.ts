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

export function breakLongWords(text: string, columnWidth: number, measure: MeasureText): string {
  const widths = new Map<string, number>();
  const widthOf = (piece: string): number => {
    let width = widths.get(piece);
    if (width === undefined) {
      width = measure(piece);
      widths.set(piece, width);
    }
    return width;
  };
  let result = '';
  let copied = 0;
  let runStart = 0;
  for (let at = 1; at <= text.length; at += 1) {
    if (at < text.length && !certainBreakBefore(text, at)) continue;
    const run = text.slice(runStart, at);
    if (estimatedWidth(run, columnWidth, widthOf) > columnWidth) {
      result += text.slice(copied, runStart) + splitRun(run, columnWidth, widthOf, measure);
      copied = at;
    }
    runStart = at;
  }
  return copied === 0 ? text : result + text.slice(copied);
}

/** The sum of the characters' own advances, stopping as soon as it is known to be too wide. */
function estimatedWidth(run: string, columnWidth: number, widthOf: MeasureText): number {
  let width = 0;
  for (const character of run) {
    width += widthOf(character);
    if (width > columnWidth) return width;
  }
  return width;
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
