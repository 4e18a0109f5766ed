/**
 * Words laid out by earlier documents are reused (wordLayouts.ts): a document gives the same
 * bytes whatever was printed before it, and the next print lays out no word again.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { renderAppraisalPdf } from '../../../electron/services/pdf/appraisalPdf';
import { createFontLoader, type FontLoader } from '../../../electron/services/pdf/pdfFonts';
import { GlyphCoverage } from '../../../electron/services/pdf/unprintableText';
import type { AppraisalDocument } from '../../../shared/documents/appraisalDocument';
import { sha256Hex } from '../../../shared/integrity/sha256';
import { longEvidence, sampleDocument, sampleSeal } from '../../fixtures/sampleDocument';

const slow = { timeout: 120_000 };
const fontsFolder = fileURLToPath(new URL('../../../build/fonts', import.meta.url));

/** Fonts read afresh: faces parsed anew, so no word of theirs has been laid out yet. */
const freshFonts = (): FontLoader => createFontLoader(fontsFolder);

async function render(document: AppraisalDocument, fonts: FontLoader): Promise<string> {
  const pdf = await renderAppraisalPdf({
    document,
    seal: await sampleSeal(document),
    logo: null,
    fonts: await fonts(),
  });
  return sha256Hex(pdf);
}

describe('word layouts kept between documents', () => {
  it('gives a document the same bytes whatever was printed before it', slow, async () => {
    const document = sampleDocument();
    const other = sampleDocument({
      evidence: longEvidence(3_000),
      appraisal: { appraiseeComments: 'Quite different words: quorum, zephyr, jubilant, whisk.' },
    });
    const cold = await render(document, freshFonts());
    const fonts = freshFonts();
    await render(other, fonts);
    expect(await render(document, fonts)).toBe(cold);
    expect(await render(other, fonts)).toBe(await render(other, freshFonts()));
    expect(await render(document, fonts)).toBe(cold);
  });

  it('lays out no word again when the same document is printed again', slow, async () => {
    const fonts = freshFonts();
    const document = sampleDocument();
    await render(document, fonts);
    const face = new GlyphCoverage(await fonts()).face('regular');
    const layout = vi.spyOn(face, 'layout');
    try {
      await render(document, fonts);
      expect(layout).not.toHaveBeenCalled();
    } finally {
      layout.mockRestore();
    }
  });
});
