/** The on-screen record of who signed: the register's exact name, and for a typed signature what was typed. */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SignatureList } from '../../../renderer/components/SignatureList';
import { completeAppraisal } from '../../fixtures/completeAppraisal';
import { sampleDocument } from '../../fixtures/sampleDocument';

/** The text of each list item, tags removed. */
function items(markup: string): string[] {
  return [...markup.matchAll(/<li[^>]*>(.*?)<\/li>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, ''));
}

describe('SignatureList', () => {
  it('names each signer exactly as registered and quotes what a typed signature typed', () => {
    // The sample's signatures (drawn, then typed) on an appraisal as the working store holds it.
    const { signatures } = sampleDocument().appraisal;
    if (signatures.appraiser === null) throw new Error('The sample is countersigned');
    const appraisal = completeAppraisal({
      signatures: {
        ...signatures,
        appraiser: { ...signatures.appraiser, fullName: 'Ștefan Țurcanu', typedName: 'Stefan Turcanu' },
      },
    });
    const markup = renderToStaticMarkup(<SignatureList appraisal={appraisal} />);
    const [appraisee, appraiser] = items(markup);
    expect(appraisee).toMatch(
      /^Member of staff \(appraisee\): Nguyễn Thị HoaSigned on screen, 12\/03\/2026 at/,
    );
    expect(appraiser).toMatch(
      /^Appraiser: Ștefan ȚurcanuSigned by typing their name as “Stefan Turcanu”, 12\/03\/2026 at/,
    );
  });

  it('says who has not signed yet, by the name on the appraisal', () => {
    const appraisal = completeAppraisal({ signatures: { appraisee: null, appraiser: null } });
    expect(items(renderToStaticMarkup(<SignatureList appraisal={appraisal} />))).toEqual([
      'Member of staff (appraisee): Nguyễn Thị HoaNot signed yet',
      'Appraiser: Łucja WąsowskaNot signed yet',
    ]);
  });
});
