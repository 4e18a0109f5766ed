/**
 * The amended PDF, read back with pdftotext: page one says which version and date it replaces,
 * why, and what changed, in the words the screens showed before signing; it is printed only
 * with the very version it replaces, and the same inputs give the same bytes.
 */
import { describe, expect, it } from 'vitest';
import type { Appraisal, CompetencyAssessment } from '../../../shared/appraisal/appraisal';
import { documentFingerprint } from '../../../shared/documents/fingerprint';
import { sampleDocument } from '../../fixtures/sampleDocument';
import { collapseWhitespace, pageTexts, renderSample } from './pdfTestKit';

const slow = { timeout: 120_000 };
const original = sampleDocument();
const reason = 'The overall comments left out the medication audit Hoa led in January.';

function amendmentOf(changes: Partial<Appraisal> = {}) {
  return sampleDocument({
    appraisal: { version: 2, supersedesId: original.appraisal.id, amendmentReason: reason, ...changes },
    supersedes: { documentId: original.documentId, fingerprint: documentFingerprint(original) },
  });
}

const firstPage = async (bytes: Uint8Array) => collapseWhitespace((await pageTexts(bytes))[0] ?? '');

describe('amended appraisal PDF', () => {
  it('names the version and date it replaces, the reason and each change', slow, async () => {
    const ratings = Object.fromEntries(
      Object.entries(original.appraisal.ratings).map(([id, rating]) => [
        id,
        id === 'processes-and-care-documentation'
          ? ({ ...rating, level: 3 } satisfies CompetencyAssessment)
          : rating,
      ]),
    );
    const amendment = amendmentOf({
      ratings,
      objectives: [
        ...original.appraisal.objectives,
        {
          id: 'objective-3',
          what: 'Run the monthly medication audit with the deputy manager.',
          measure: 'Audit filed monthly.',
          targetDate: '2026-10-31',
          support: 'An hour a month.',
          carriedFromId: null,
        },
      ],
      summary: { overall: 'Led the January medication audit.' },
    });
    const text = await firstPage(await renderSample(amendment, { replaced: original }));
    expect(text).toContain(
      'Amendment: version 2, replacing version 1 of 12 March 2026, sealed 12 March 2026',
    );
    expect(text).toContain(`Reason: ${reason}`);
    expect(text).toContain('What changed from version 1:');
    expect(text).toContain('• Implementing processes and care documentation: Developing → Effective');
    expect(text).toContain('• Objective added: “Run the monthly medication audit with the deputy…”');
    expect(text).toContain('• Overall comments changed');
    expect(text).not.toContain(original.documentId.slice(0, 8) + ' ');
  });

  it('says when nothing but the reason changed', slow, async () => {
    const text = await firstPage(await renderSample(amendmentOf(), { replaced: original }));
    expect(text).toContain(`Reason: ${reason} No answers changed; reason only.`);
  });

  it('is not printed without the version it replaces, or with another one', slow, async () => {
    const amendment = amendmentOf();
    await expect(renderSample(amendment)).rejects.toThrow(
      'The version this amendment replaces was not given, so the amendment was not printed.',
    );
    const other = sampleDocument({ appraisal: { appraiseeComments: 'Something else.' } });
    await expect(renderSample(amendment, { replaced: other })).rejects.toThrow(
      'The version given is not the one this amendment replaces, so the amendment was not printed.',
    );
  });

  it('gives the same bytes for the same amendment and replaced version', slow, async () => {
    const amendment = amendmentOf({ appraiseeComments: 'Thank you.' });
    const first = await renderSample(amendment, { replaced: original });
    const second = await renderSample(structuredClone(amendment), { replaced: structuredClone(original) });
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });
});
