/**
 * A character the document font cannot draw stops the PDF with a message naming the field,
 * the text and the character; it never prints as a blank box. Names with the diacritics of
 * Polish, Romanian, Vietnamese and Yoruba print.
 */
import { describe, expect, it } from 'vitest';
import { renderAppraisalPdf } from '../../../electron/services/pdf/appraisalPdf';
import { UnprintableTextError } from '../../../electron/services/pdf/unprintableText';
import type { AppraisalDocument } from '../../../shared/documents/appraisalDocument';
import { sampleDocument } from '../../fixtures/sampleDocument';
import { collapseWhitespace, pageTexts, renderSample, testFonts } from './pdfTestKit';

const slow = { timeout: 120_000 };

function withStaffName(staffName: string): AppraisalDocument {
  const document = sampleDocument({ signed: 'none' });
  return {
    ...document,
    appraisal: { ...document.appraisal, header: { ...document.appraisal.header, staffName } },
  };
}

async function refusal(document: AppraisalDocument): Promise<UnprintableTextError> {
  const outcome = await renderAppraisalPdf({
    document,
    seal: null,
    logo: null,
    fonts: await testFonts(),
  }).then(
    () => null,
    (error: unknown) => error,
  );
  if (!(outcome instanceof UnprintableTextError))
    throw new Error(`Expected a refusal, got ${String(outcome)}`);
  return outcome;
}

describe('text the document font cannot print', () => {
  // DejaVu Sans draws a few emoticons (😀 among them) but not most emoji, such as 👍.
  it('refuses a staff name with an emoji, naming the field, the text and the character', slow, async () => {
    const error = await refusal(withStaffName('Ann 👍'));
    expect(error.message).toBe(
      'The staff name "Ann 👍" has a character (👍, U+1F44D) the document font cannot print. Change the text and try again.',
    );
    expect(error.field).toBe('The staff name');
    expect(error.character).toBe('👍');
  });

  it('refuses a CJK character in evidence, quoting the part of the note around it', slow, async () => {
    const evidence = `${'Calm and kind on every shift. '.repeat(10)}Learnt 漢 from a resident. ${'Reliable. '.repeat(10)}`;
    const error = await refusal(sampleDocument({ signed: 'none', evidence }));
    expect(error.character).toBe('漢');
    expect(error.message).toContain('U+6F22');
    expect(error.message).toContain('The evidence for "Planning and organising work and rotas"');
    expect(error.message).toContain('Learnt 漢 from a resident');
    expect(error.message.length).toBeLessThan(300);
  });

  it('refuses a control character rather than printing a box', slow, async () => {
    const error = await refusal(withStaffName('Ann\u0007Smith'));
    expect(error.message).toContain('U+0007');
  });

  it(
    'prints Yoruba written with combining accents and decomposed Vietnamese as the same letters (NFC)',
    slow,
    async () => {
      const yoruba = 'Adébáyọ̀ Ọlápé';
      const decomposed = 'Nguyễn Thị Hoa'.normalize('NFD');
      const document = sampleDocument({ signed: 'none' });
      const named: AppraisalDocument = {
        ...document,
        appraisal: {
          ...document.appraisal,
          header: { ...document.appraisal.header, staffName: yoruba, appraiserName: decomposed },
        },
      };
      const text = collapseWhitespace((await pageTexts(await renderSample(named, { draft: true })))[0] ?? '');
      expect(text).toContain(yoruba.normalize('NFC'));
      expect(text).toContain('Nguyễn Thị Hoa');
    },
  );
});
