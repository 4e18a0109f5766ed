/**
 * Words wider than their column are cut before pdfkit sees them: into pieces that fit, at
 * grapheme boundaries, with nothing lost, measuring about as many characters as the text has
 * (pdfkit re-measured the whole rest of the word for every line: quadratic).
 */
import { describe, expect, it } from 'vitest';
import { openA4Document } from '../../../electron/services/pdf/a4Document';
import { breakLongWords, type MeasureText } from '../../../electron/services/pdf/breakLongWords';
import { GlyphCoverage } from '../../../electron/services/pdf/unprintableText';
import { longEvidence } from '../../fixtures/sampleDocument';
import { testFonts } from './pdfTestKit';

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Every grapheme 5 points wide, whatever it is made of; counts the characters measured. */
function countingMeasure(): { measure: MeasureText; measured: () => number } {
  let measured = 0;
  return {
    measure: (text) => {
      measured += text.length;
      return Array.from(segmenter.segment(text)).length * 5;
    },
    measured: () => measured,
  };
}

/** DejaVu Sans at body size, measured by pdfkit exactly as its line wrapper will. */
async function dejaVuMeasure(): Promise<MeasureText> {
  const { writer } = openA4Document(
    { title: 'Measure', author: 'Tests', madeAt: new Date('2026-03-12T00:00:00Z') },
    new GlyphCoverage(await testFonts()),
  );
  writer.use('regular', 9.5);
  return (text) => writer.doc.widthOfString(text);
}

/** The positions (in the original text) where breakLongWords added a line break. */
function addedBreaks(original: string, broken: string): number[] {
  const breaks: number[] = [];
  let at = 0;
  for (let i = 0; i < broken.length; i += 1) {
    if (broken[i] === original[at]) at += 1;
    else if (broken[i] === '\n') breaks.push(at);
    else throw new Error(`Character ${i} of the broken text is not in the original`);
  }
  expect(at).toBe(original.length);
  return breaks;
}

function graphemeStarts(text: string): Set<number> {
  return new Set(Array.from(segmenter.segment(text), (s) => s.index));
}

describe('breakLongWords', () => {
  it('gives back text with no over-wide word unchanged', () => {
    const { measure } = countingMeasure();
    const text = longEvidence(5_000);
    expect(breakLongWords(text, 487, measure)).toBe(text);
    expect(breakLongWords('', 487, measure)).toBe('');
  });

  it('cuts a 20,000-character word into pieces that fit, losing nothing, in one linear pass', () => {
    const { measure, measured } = countingMeasure();
    const word = 'abcdefghij'.repeat(2_000);
    const text = `Before ${word} after.`;
    const broken = breakLongWords(text, 100, measure);
    // Each character is measured about once, in its piece, never once for every line before it.
    expect(measured()).toBeLessThan(2 * text.length);
    const lines = broken.split('\n');
    expect(lines.length).toBeGreaterThan(20_000 / 20);
    // "Before " stays as it was; the word's first piece is wrapped onto a line of its own by pdfkit.
    const pieces = [(lines[0] ?? '').slice('Before '.length), ...lines.slice(1, -1)];
    for (const piece of pieces) expect(measure(`${piece}\n`)).toBeLessThanOrEqual(100);
    expect(broken.replace(/\n/g, '')).toBe(text);
  });

  it('with the real font, every piece fits the column as pdfkit measures it', async () => {
    const measure = await dejaVuMeasure();
    const word = 'WAVAToyLTfiflŁąę0123456789'.repeat(800);
    const broken = breakLongWords(word, 240, measure);
    const lines = broken.split('\n');
    expect(lines.length).toBeGreaterThan(50);
    for (const line of lines.slice(0, -1)) expect(measure(`${line}\n`)).toBeLessThanOrEqual(240);
    // Full lines, not a long line and a short one: within two letters of the column.
    for (const line of lines.slice(0, -1)) expect(measure(`${line}\n`)).toBeGreaterThan(240 - 2 * 12);
    expect(broken.replace(/\n/g, '')).toBe(word);
  });

  it('never cuts inside a grapheme: combining marks, surrogate pairs, emoji sequences', async () => {
    const measure = await dejaVuMeasure();
    const units = ['Ab', 'q\u0323\u0301', '😀', '\u2764\uFE0F', '𝔸', '😀\u200D😀', 'x\u0301'];
    const word = Array.from({ length: 3_000 }, (_, i) => units[i % units.length]).join('');
    for (const width of [487, 98, 13]) {
      const broken = breakLongWords(word, width, measure);
      const breaks = addedBreaks(word, broken);
      expect(breaks.length).toBeGreaterThan(0);
      const starts = graphemeStarts(word);
      for (const at of breaks) expect(starts.has(at), `a break at ${at} (width ${width})`).toBe(true);
    }
  });

  it('leaves a long chain pdfkit can break itself (a link, a hyphenated run) to pdfkit', () => {
    const { measure } = countingMeasure();
    const link = `https://example.org/${Array.from({ length: 60 }, (_, i) => `part-of-the-path${i}`).join('/')}`;
    const chain = Array.from({ length: 400 }, (_, i) => `part${i}`).join('-');
    expect(breakLongWords(`See ${link} and ${chain}.`, 200, measure)).toBe(`See ${link} and ${chain}.`);
  });

  it('cuts a row of spaces wider than the column in the spaces, not in the word before it', () => {
    const { measure } = countingMeasure();
    const text = `Seen on shift: word${' '.repeat(300)}next`;
    const broken = breakLongWords(text, 200, measure);
    expect(broken).toMatch(/^Seen on shift: word {20,}\n/);
    expect(broken.replace(/\n/g, '')).toBe(text);
  });

  it('cuts a long word before a new paragraph without adding a blank line', () => {
    const { measure } = countingMeasure();
    const word = 'x'.repeat(1_000);
    const broken = breakLongWords(`${word}\nNext paragraph.`, 200, measure);
    expect(broken).not.toContain('\n\n');
    expect(broken.split('\n').at(-1)).toBe('Next paragraph.');
    expect(broken.replace(/\n/g, '')).toBe(`${word}Next paragraph.`);
  });

  it('also cuts text with no break opportunity though it has spaces (" ,a ,a"), and odd-width columns', () => {
    const { measure } = countingMeasure();
    const text = ' ,a'.repeat(3_000);
    const broken = breakLongWords(text, 60, measure);
    expect(broken.split('\n').length).toBeGreaterThan((3 * 3_000) / 12);
    expect(broken.replace(/\n/g, '')).toBe(text);
    // A column narrower than one letter still makes progress, one grapheme a line.
    expect(breakLongWords('abc', 2, measure)).toBe('a\nb\nc');
  });
});
