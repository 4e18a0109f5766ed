/**
 * What a reader of the printed appraisal sees, read back with pdftotext: every name exactly as
 * typed, long evidence whole, and the page furniture (page X of Y, document id, fingerprint,
 * confidentiality) on every page.
 */
import { describe, expect, it } from 'vitest';
import { documentFingerprint } from '../../../shared/documents/fingerprint';
import { groupedFingerprint } from '../../../shared/documentSigning/certificateSummary';
import { longEvidence, productNames, sampleDocument, sampleSeal } from '../../fixtures/sampleDocument';
import { collapseWhitespace, pageCount, pageTexts, renderSample, withoutPageFurniture } from './pdfTestKit';

const slow = { timeout: 120_000 };

describe('appraisal PDF text', () => {
  it('prints every name from PRODUCT.md exactly as typed', slow, async () => {
    const text = (await pageTexts(await renderSample(sampleDocument()))).join('\n');
    for (const name of productNames) expect(text, name).toContain(name);
  });

  it('prints a 10,000-character evidence note whole across pages, never cut', slow, async () => {
    const evidence = longEvidence(10_000);
    expect(evidence).toHaveLength(10_000);
    const bytes = await renderSample(sampleDocument({ evidence }));
    const pages = await pageTexts(bytes);
    const shortPdfPages = await pageCount(await renderSample(sampleDocument()));
    expect(pages.length).toBeGreaterThan(shortPdfPages);
    const text = collapseWhitespace(withoutPageFurniture(pages.join('\n')));
    expect(text).toContain(collapseWhitespace(evidence));
    expect(text).not.toContain('…');
  });

  it('numbers every page "Page X of Y" with the true page count', slow, async () => {
    const bytes = await renderSample(sampleDocument({ evidence: longEvidence(10_000) }));
    const pages = await pageTexts(bytes);
    const count = await pageCount(bytes);
    expect(pages).toHaveLength(count);
    pages.forEach((page, index) => {
      expect(page).toContain(`Page ${index + 1} of ${count}`);
    });
  });

  it(
    'prints the document id, full fingerprint, audit head before sealing and "Confidential: staff record" on every page',
    slow,
    async () => {
      const document = sampleDocument();
      const seal = await sampleSeal(document);
      expect(seal.fingerprint).toBe(documentFingerprint(document));
      const pages = await pageTexts(await renderSample(document));
      expect(pages.length).toBeGreaterThan(1);
      for (const page of pages) {
        expect(page).toContain('Confidential: staff record');
        expect(page).toContain(document.documentId);
        expect(page).toContain(seal.fingerprint);
        // The seal event that follows this head records the PDF's signature, so the page cannot
        // print the head after it.
        expect(page).toContain(`Audit log head before sealing: ${seal.auditHead}`);
        expect(page).not.toContain('DRAFT');
      }
    },
  );

  it(
    'names the certificate the PDF is digitally signed with under the seal, and a test key as one',
    slow,
    async () => {
      const document = sampleDocument();
      const { certificate } = (await sampleSeal(document)).signer;
      const start = groupedFingerprint(certificate.fingerprint).split(' ').slice(0, 4).join(' ');
      const last = collapseWhitespace((await pageTexts(await renderSample(document))).at(-1) ?? '');
      expect(last).toContain(
        `Digitally signed by Willow Bank Care Home (CQC 1-123456789) with the certificate whose SHA-256 fingerprint starts ${start}, valid 11/03/2025 to 31/12/2049.`,
      );
      expect(last).toContain('TEST KEY – not for real records');
      const draft = (
        await pageTexts(await renderSample(sampleDocument({ signed: 'none' }), { draft: true }))
      ).join(' ');
      expect(draft).not.toContain('Digitally signed');
    },
  );

  it('marks a draft DRAFT on every page, with blank signature lines and no fingerprint', slow, async () => {
    const draft = sampleDocument({ signed: 'none' });
    const pages = await pageTexts(await renderSample(draft, { draft: true }));
    for (const page of pages) {
      expect(page).toContain('DRAFT – not signed');
      expect(page).toContain('Confidential: staff record');
      expect(page).not.toMatch(/Fingerprint/);
      expect(page).not.toMatch(/[0-9a-f]{64}/);
    }
    const last = pages.at(-1) ?? '';
    expect(last).toContain('Signature');
    expect(last).toContain('Date signed');
    expect(last).not.toContain('Recorded in the app');
  });

  it(
    'prints the signatures: the read-not-agreed note, how each party signed, names and UK times',
    slow,
    async () => {
      const pages = await pageTexts(await renderSample(sampleDocument()));
      // Each block starts a new page only when it does not fit, so they may take two pages.
      const last = collapseWhitespace(pages.slice(-2).join('\n'));
      expect(last).toContain('not that the member of staff agrees with it');
      expect(last).toContain('Signed on screen');
      expect(last).toContain('Typed-name attestation');
      expect(last).toContain('12/03/2026 14:05 (UK time)');
      expect(last).toContain('12/03/2026 14:20 (UK time)');
    },
  );

  it('says which version an amendment replaces and why', slow, async () => {
    const original = sampleDocument();
    const amendment = sampleDocument({
      appraisal: {
        version: 2,
        supersedesId: original.appraisal.id,
        amendmentReason: 'The review period start date was typed wrongly.',
      },
      supersedes: { documentId: original.documentId, fingerprint: documentFingerprint(original) },
    });
    const first = collapseWhitespace(
      (await pageTexts(await renderSample(amendment, { replaced: original })))[0] ?? '',
    );
    expect(first).toContain(
      'Amendment: version 2, replacing version 1 of 12 March 2026, sealed 12 March 2026',
    );
    expect(first).toContain('Reason: The review period start date was typed wrongly.');
  });

  it('prints a paper signature as the date it was signed on paper', slow, async () => {
    const document = sampleDocument({ signed: 'none' });
    const onPaper = sampleDocument({
      signed: 'none',
      appraisal: {
        signatures: {
          appraisee: {
            party: 'appraisee',
            fullName: 'Nguyễn Thị Hoa',
            role: 'Senior carer',
            signedAt: '2026-03-14T09:00:00.000Z',
            method: 'paper',
            image: null,
            typedName: '',
            paperSignedOn: '2026-03-13',
            statement: document.appraisal.signatures.appraisee?.statement ?? 'I confirm.',
          },
          appraiser: null,
        },
      },
    });
    const text = collapseWhitespace(
      (await pageTexts(await renderSample(onPaper, { draft: true }))).join(' '),
    );
    expect(text).toContain('Signed on paper on 13/03/2026 (the paper copy is the original)');
  });

  it('prints a long not-applicable reason and a long amendment reason whole', slow, async () => {
    const base = sampleDocument();
    const lastId = Object.keys(base.appraisal.ratings).at(-1) ?? '';
    const lastRating = base.appraisal.ratings[lastId];
    if (lastRating === undefined) throw new Error('The sample has no ratings');
    const reason = longEvidence(3_000);
    const amendmentReason = longEvidence(2_500).replace(/Note/g, 'Point');
    const document = sampleDocument({
      appraisal: {
        version: 2,
        supersedesId: base.appraisal.id,
        amendmentReason,
        ratings: { ...base.appraisal.ratings, [lastId]: { ...lastRating, notApplicableReason: reason } },
      },
      supersedes: { documentId: base.documentId, fingerprint: documentFingerprint(base) },
    });
    const text = collapseWhitespace(
      withoutPageFurniture((await pageTexts(await renderSample(document, { replaced: base }))).join('\n')),
    );
    expect(text).toContain(collapseWhitespace(reason));
    expect(text).toContain(collapseWhitespace(`Reason: ${amendmentReason}`));
  });
});
