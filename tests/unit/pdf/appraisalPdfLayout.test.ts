/**
 * Where things land on the printed pages: a not-applicable reason across the row's full width,
 * signature blocks kept whole without leaving half a page empty, and a typed signature printed
 * with the register's exact name beside what was typed.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Appraisal } from '../../../shared/appraisal/appraisal';
import { sampleDocument } from '../../fixtures/sampleDocument';
import { collapseWhitespace, pageTexts, renderSample } from './pdfTestKit';

const slow = { timeout: 120_000 };
const run = promisify(execFile);

/** Every printed line as a reader sees it (columns side by side), spaces collapsed, NFC. */
async function printedLines(bytes: Uint8Array): Promise<string[]> {
  const folder = await mkdtemp(join(tmpdir(), 'appraisal-pdf-layout-'));
  try {
    await writeFile(join(folder, 'document.pdf'), bytes);
    const { stdout } = await run('pdftotext', [
      '-enc',
      'UTF-8',
      '-layout',
      join(folder, 'document.pdf'),
      '-',
    ]);
    return stdout
      .normalize('NFC')
      .split(/[\n\f]/)
      .map(collapseWhitespace);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

describe('a not-applicable reason', () => {
  it('runs across the full width under its row, not down the narrow rating column', slow, async () => {
    const base = sampleDocument();
    const lastId = Object.keys(base.appraisal.ratings).at(-1) ?? '';
    const lastRating = base.appraisal.ratings[lastId];
    if (lastRating === undefined) throw new Error('The sample has no ratings');
    const reason =
      'Hoa works nights only; residents are supported by the day team for this, and the rota keeps it so.';
    const padded = `${reason} Reviewed again in spring.`;
    expect(padded.length).toBeGreaterThanOrEqual(120);
    const document = sampleDocument({
      appraisal: {
        ratings: { ...base.appraisal.ratings, [lastId]: { ...lastRating, notApplicableReason: padded } },
      },
    });
    const text = (await pageTexts(await renderSample(document))).join('\n');
    expect(collapseWhitespace(text)).toContain(`Why it is not applicable ${padded}`);
    // In the 98-point rating column the same words took eight lines or more.
    const reasonLines = text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 3 && padded.includes(line));
    expect(reasonLines.length).toBeGreaterThanOrEqual(1);
    expect(reasonLines.length).toBeLessThanOrEqual(2);
  });
});

/** Where each part of the signatures landed (1-based page numbers; 0 when not printed). */
interface SignaturePages {
  count: number;
  commentsEnd: number;
  heading: number;
  appraiseeBlock: number[];
  appraiserBlock: number[];
  sealNote: number;
  continued: number;
}

async function signaturePages(commentLines: number): Promise<SignaturePages> {
  const base = sampleDocument().appraisal;
  // A short record (no objectives, no plan), so the signatures can fit on the last page.
  const appraisal: Partial<Appraisal> = {
    appraiseeComments: Array.from({ length: commentLines }, (_, i) => `Comment line ${i + 1}.`).join('\n'),
    objectives: [],
    previousObjectives: [],
    development: { ...base.development, items: [] },
  };
  const pages = await pageTexts(await renderSample(sampleDocument({ appraisal })));
  const on = (text: string) => pages.findIndex((page) => page.includes(text)) + 1;
  return {
    count: pages.length,
    commentsEnd: on(`Comment line ${commentLines}.`),
    heading: on('Signatures confirm the appraisal was discussed'),
    appraiseeBlock: [
      on('Member of staff (appraisee)'),
      on('I confirm that this appraisal was discussed with me'),
      on('Signed on screen'),
      on('12/03/2026 14:05 (UK time)'),
    ],
    appraiserBlock: [
      on('I confirm that I carried out this appraisal'),
      on('Typed-name attestation'),
      on('Typed to sign'),
      on('12/03/2026 14:20 (UK time)'),
    ],
    sealNote: on('Fingerprint: '),
    continued: on('Signatures (continued)'),
  };
}

describe('the signature blocks', () => {
  it(
    'are each kept whole on one page, and break to a new page only when the next block does not fit',
    { timeout: 300_000 },
    async () => {
      const layouts: SignaturePages[] = [];
      for (let lines = 1; lines <= 40; lines += 3) layouts.push(await signaturePages(lines));
      for (const layout of layouts) {
        const [appraiseePage] = layout.appraiseeBlock;
        const [appraiserPage] = layout.appraiserBlock;
        expect(layout.appraiseeBlock.every((page) => page === appraiseePage && page > 0)).toBe(true);
        expect(layout.appraiserBlock.every((page) => page === appraiserPage && page > 0)).toBe(true);
        // The heading and the read-not-agreed note are never left without the first block,
        // and the seal note never stands alone on the last page.
        expect(layout.heading).toBe(appraiseePage);
        expect(layout.sealNote).toBe(appraiserPage);
        expect(layout.count).toBe(appraiserPage);
        // A block carried to a new page says what it belongs to.
        expect(layout.continued).toBe(appraiserPage === appraiseePage ? 0 : appraiserPage);
      }
      // A short record: everything on the page the comments end on.
      expect(layouts).toContainEqual(
        expect.objectContaining({ commentsEnd: 6, heading: 6, appraiserBlock: [6, 6, 6, 6], count: 6 }),
      );
      // A little longer: the appraisee's block still fits under the comments, so it stays there;
      // only the appraiser's moves on. (All of the signatures used to move to the next page.)
      expect(layouts).toContainEqual(
        expect.objectContaining({
          commentsEnd: 6,
          heading: 6,
          appraiseeBlock: [6, 6, 6, 6],
          appraiserBlock: [7, 7, 7, 7],
          count: 7,
        }),
      );
    },
  );
});

describe('a typed-name signature', () => {
  it('prints the register’s exact name and, beside it, the name exactly as it was typed', slow, async () => {
    const base = sampleDocument();
    const countersignature = base.appraisal.signatures.appraiser;
    if (countersignature === null) throw new Error('The sample is countersigned');
    const document = sampleDocument({
      appraisal: {
        signatures: {
          ...base.appraisal.signatures,
          appraiser: { ...countersignature, fullName: 'Ștefan Țurcanu', typedName: 'Stefan Turcanu' },
        },
      },
    });
    const lines = await printedLines(await renderSample(document));
    expect(lines).toContain('Full name Ștefan Țurcanu');
    expect(lines).toContain('Typed to sign “Stefan Turcanu”');
  });
});
