/**
 * graphemesOf segments long text in windows (V8's Intl.Segmenter is quadratic on long
 * strings); the windows must not change the answer, wherever a grapheme straddles one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemesOf } from '../../../electron/services/pdf/graphemes';

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const whole = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);

/** Simple letters, and every kind of character that joins its neighbours into one grapheme. */
const pieces = [
  'a',
  'Ł',
  ' ',
  '-',
  '\u0301',
  '\u0323',
  'q\u0323\u0301',
  '😀',
  '\u200D',
  '\u2764\uFE0F',
  '👩\u200D👩\u200D👧',
  '👍🏽',
  '🇬🇧',
  '🇬',
  '\u1100\u1161\u11A8',
  '\r\n',
  '\u0915\u094D\u0937',
];

describe('graphemesOf', () => {
  it('gives the same graphemes as segmenting the whole text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 1_500 }),
        fc.nat({ max: 1_100 }),
        (parts, padding) => {
          // Padding with simple letters moves the tricky part across the window edges.
          const text = 'x'.repeat(padding) + parts.join('');
          expect(graphemesOf(text)).toEqual(whole(text));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps a flag whole when the window ends inside its second letter', () => {
    // Found by the property above: a window that ended between the two halves of 🇧 gave 🇬, 🇧.
    const text = `${'x'.repeat(1015)}👍🏽❤️🇬🇧`;
    expect(graphemesOf(text)).toEqual(whole(text));
    expect(graphemesOf(text).at(-1)).toBe('🇬🇧');
  });

  it('keeps a grapheme longer than a window whole, and splits plain text per letter', () => {
    const marks = `a${'\u0301'.repeat(3_000)}`;
    const text = `${'b'.repeat(1_000)}${marks}${'c'.repeat(2_000)}`;
    expect(graphemesOf(text)).toEqual(whole(text));
    expect(graphemesOf(text)).toContain(marks);
    expect(graphemesOf('')).toEqual([]);
    expect(graphemesOf('Nguyễn Thị Hoa')).toEqual(Array.from('Nguyễn Thị Hoa'));
  });
});
