/**
 * Where pdfkit's line breaker (the linebreak package, Unicode line breaking) is sure to allow a
 * line break: after a line break; after spaces between the end of a word or clause and the
 * start of the next word; after a hyphen, dash or slash followed by a letter. A subset of its
 * opportunities, chosen so that it never names one pdfkit would not take (checked against the
 * package on random text when this was written): text between two of these is at least one
 * whole word to pdfkit, so a stretch that fits its column is never cut by pdfkit either.
 */

/** Spaces after which a line may break (UAX #14 classes SP, BA, ZW); not no-break spaces. */
const breakingSpaces: ReadonlySet<string> = new Set([
  ' ',
  '\u1680',
  '\u205F',
  '\u3000',
  '\u200B',
  // U+2000 to U+200A except U+2007, the figure space, which does not break.
  ...Array.from('\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200A'),
]);

const dashes = new Set(['-', '/', '\u2010', '\u2013', '\u2014']);
const letter = /\p{L}/uy;
const wordStart = /[\p{L}\p{Nd}]/uy;
/** Letters, digits, and punctuation that ends a word or clause: "word", "2026", "end.", "(this)". */
const wordEnd = /[\p{L}\p{Nd}\p{Po}\p{Pe}\p{Pf}]$/u;

/** Whether the line may certainly break just before `at` (0 < at < text.length). */
export function certainBreakBefore(text: string, at: number): boolean {
  const previous = text.charAt(at - 1);
  if (previous === '\n') return true;
  if (dashes.has(previous)) return startsWith(letter, text, at);
  if (!breakingSpaces.has(previous) || !startsWith(wordStart, text, at)) return false;
  let spaces = at - 1;
  while (spaces > 0 && breakingSpaces.has(text.charAt(spaces - 1))) spaces -= 1;
  if (spaces === 0) return true;
  // Straight quotes may open a quotation, after which the breaker does not break.
  const before = text.slice(Math.max(0, spaces - 2), spaces);
  return wordEnd.test(before) && !before.endsWith('"') && !before.endsWith("'");
}

function startsWith(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}
