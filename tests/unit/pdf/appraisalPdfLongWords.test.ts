/**
 * Issue #9: one unbroken word of 20,000 characters (a pasted code, a key held down) in any
 * free-text field seals like any other note: whole, wrapped at the column, every character
 * in the PDF's text, no grapheme cut in two. The render also hands main's event loop back as
 * it goes instead of holding it for the whole document. (No timings: the bench measures those.)
 */
import { describe, expect, it } from 'vitest';
import { documentFingerprint } from '../../../shared/documents/fingerprint';
import { sampleDocument } from '../../fixtures/sampleDocument';
import { pageTexts, renderSample, withoutPageFurniture } from './pdfTestKit';

const slow = { timeout: 120_000 };

/** `length` characters from `alphabet` with no break opportunity; distinct alphabets, distinct words. */
function unbrokenWord(length: number, alphabet: string): string {
  const letters = Array.from(alphabet);
  return Array.from({ length }, (_, i) => letters[(i * 7) % letters.length]).join('');
}

/** The PDF's text with the page furniture taken out and every space and line break removed. */
async function printedCharacters(bytes: Uint8Array): Promise<string> {
  return withoutPageFurniture((await pageTexts(bytes)).join('\n')).replace(/\s+/g, '');
}

describe('appraisal PDF with very long words', () => {
  it(
    'prints a 20,000-character word whole in the evidence, an objective and the amendment reason',
    slow,
    async () => {
      const evidence = unbrokenWord(20_000, 'AbcdefghijklmnopqrstuvwxyzŁąę0123456789');
      const measure = unbrokenWord(20_000, 'ZyxwvutsrqponmlkjihgfedcbaŚćż9876543210');
      const reason = unbrokenWord(20_000, 'MNOPQRSTUVWXYZȚțșĂâî5678901234');
      const original = sampleDocument();
      const document = sampleDocument({
        evidence,
        appraisal: {
          version: 2,
          supersedesId: original.appraisal.id,
          amendmentReason: reason,
          objectives: original.appraisal.objectives.map((objective, index) =>
            index === 0 ? { ...objective, measure } : objective,
          ),
        },
        supersedes: { documentId: original.documentId, fingerprint: documentFingerprint(original) },
      });
      const printed = await printedCharacters(await renderSample(document, { replaced: original }));
      expect(printed).toContain(evidence);
      expect(printed).toContain(measure);
      expect(printed).toContain(`Reason:${reason}`);
    },
  );

  it('prints a long word of combining marks and emoji whole, never cut inside a grapheme', slow, async () => {
    const units = ['Ab', 'q\u0323\u0301', '😀', '\u2764\uFE0F', '𝔸', '😀\u200D😀', 'x\u0301'];
    const word = Array.from({ length: 3_000 }, (_, i) => units[i % units.length]).join('');
    const pages = await pageTexts(await renderSample(sampleDocument({ evidence: word })));
    // fontkit draws the joiner and the emoji variation selector but leaves them out of the
    // PDF's text layer (default-ignorable characters), as it always has.
    const visible = (text: string) => text.replace(/\s|\u200D|\uFE0F/g, '');
    expect(visible(withoutPageFurniture(pages.join('\n')))).toContain(visible(word));
    const lines = pages.join('\n').split('\n');
    expect(lines.filter((line) => line.includes('😀')).length).toBeGreaterThan(10);
    for (const line of lines) expect(line, 'a line starting with a combining mark').not.toMatch(/^\p{M}/u);
  });

  it('hands the event loop back while it renders, not only once it is done', slow, async () => {
    const document = sampleDocument({ evidence: unbrokenWord(20_000, 'abcdefghij') });
    await renderSample(document);
    let turns = 0;
    let running = true;
    const tick = () => {
      turns += 1;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    await renderSample(document);
    running = false;
    // At least once per competency (20) and per step of the long note; drawn in one go it was 0.
    expect(turns).toBeGreaterThan(25);
  });
});
