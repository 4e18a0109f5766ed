/**
 * certainBreakBefore must never name a break pdfkit would not take, or a long stretch could
 * reach pdfkit's quadratic word cutting again. Checked against the very line breaker pdfkit
 * loads (its own dependency, resolved from pdfkit's folder) on random tricky text.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certainBreakBefore } from '../../../electron/services/pdf/breakOpportunities';

interface LineBreakerInstance {
  nextBreak(): { position: number } | null;
}
type LineBreakerClass = new (text: string) => LineBreakerInstance;

const fromPdfkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
const LineBreaker = fromPdfkit('linebreak') as LineBreakerClass;

function pdfkitBreaks(text: string): Set<number> {
  const breaker = new LineBreaker(text);
  const breaks = new Set<number>();
  for (let next = breaker.nextBreak(); next !== null; next = breaker.nextBreak()) breaks.add(next.position);
  return breaks;
}

const characters = Array.from(
  'aŁé1α𝔸😀 \n-/\u2010\u2013\u2014,.!?:;()[]{}«»‘’“”"\'%$+#&_*=|…·\u00A0\u2007\u202F\u2009\u200B\u3000\u0301\u00AD\u200D',
);

describe('certainBreakBefore', () => {
  it('names only breaks that pdfkit’s own line breaker also allows', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...characters), { minLength: 2, maxLength: 16 }), (parts) => {
        const text = parts.join('');
        const breaks = pdfkitBreaks(text);
        for (let at = 1; at < text.length; at += 1)
          if (certainBreakBefore(text, at)) expect(breaks, `${JSON.stringify(text)} at ${at}`).toContain(at);
      }),
      { numRuns: 20_000 },
    );
  });

  it('finds the ordinary ones: between words, after a sentence, after a hyphen or a slash (not before a bracket)', () => {
    const text = 'Seen on shift. (Twice) well-led and/or calm';
    const breaks = Array.from(text, (_, at) => at).filter((at) => at > 0 && certainBreakBefore(text, at));
    expect(breaks.map((at) => text.slice(at, at + 3))).toEqual([
      'on ',
      'shi',
      'wel',
      'led',
      'and',
      'or ',
      'cal',
    ]);
  });
});
