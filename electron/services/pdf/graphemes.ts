/**
 * The graphemes of a text (a letter with its combining marks, a surrogate pair, an emoji
 * sequence: what a reader sees as one character), in time that grows with the length.
 * V8's Intl.Segmenter slows down quadratically on long strings (80,000 characters take
 * seconds), so it is run over windows of the text. Each window's last grapheme may have been
 * cut by the window's end, so the next window starts where it started: a true boundary, from
 * which segmenting the rest gives the same graphemes as segmenting the whole. A window of
 * only simple letters (no combining marks, joiners or emoji) is one grapheme per character
 * and skips the segmenter, which costs about a microsecond a grapheme.
 */
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Printable Latin, Greek and Cyrillic letters, digits and punctuation: none of them joins the
 * character before or after it into one grapheme (combining marks start at U+0300 and U+0483).
 */
const simpleCharacters = /^[\x20-\x7E\xA0-\u02FF\u0370-\u0482\u1E00-\u1EFF]*$/;

const windowLength = 1024;

export function graphemesOf(text: string): string[] {
  const result: string[] = [];
  let start = 0;
  let length = windowLength;
  while (start < text.length) {
    let end = Math.min(text.length, start + length);
    // Never cut a surrogate pair: half a character would end the window as a different
    // character, and the grapheme before it (half a flag, say) would be taken as whole.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
    const window = text.slice(start, end);
    const segments = simpleCharacters.test(window)
      ? window.split('')
      : Array.from(segmenter.segment(window), (s) => s.segment);
    // The last one may have been cut by the window's end, unless the text ends there too.
    const last = end === text.length ? '' : (segments.pop() ?? '');
    if (segments.length === 0 && end < text.length) {
      // One grapheme longer than the window (hundreds of combining marks): widen it and retry.
      length *= 2;
      continue;
    }
    for (const segment of segments) result.push(segment);
    start = end - last.length;
    length = windowLength;
  }
  return result;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
