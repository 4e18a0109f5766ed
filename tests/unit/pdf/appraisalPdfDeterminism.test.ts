/**
 * The same sealed record always gives the same bytes, so the vault copy and any reprint can be
 * compared and re-hashed years later; a different record gives different bytes.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../../../shared/integrity/sha256';
import { longEvidence, sampleDocument, sampleSignaturePng } from '../../fixtures/sampleDocument';
import { renderSample } from './pdfTestKit';

const slow = { timeout: 120_000 };

describe('appraisal PDF determinism', () => {
  afterEach(() => {
    vi.useRealTimers();
    delete process.env.TZ;
  });

  it('renders the same sealed document to identical bytes twice', slow, async () => {
    const document = sampleDocument();
    const first = await renderSample(document);
    const second = await renderSample(document);
    expect(first.length).toBeGreaterThan(10_000);
    expect(sha256Hex(second)).toBe(sha256Hex(first));
    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
  });

  it('gives the same bytes on another day and in another time zone', slow, async () => {
    const document = sampleDocument();
    const logo = { mediaType: 'image/png' as const, bytes: sampleSignaturePng() };
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-12T14:21:00Z'));
    process.env.TZ = 'UTC';
    const onTheDay = await renderSample(document, { logo });
    vi.setSystemTime(new Date('2031-07-01T23:59:00Z'));
    process.env.TZ = 'Pacific/Auckland';
    const yearsLater = await renderSample(document, { logo });
    expect(sha256Hex(yearsLater)).toBe(sha256Hex(onTheDay));
  });

  it('renders a draft to identical bytes twice as well', slow, async () => {
    const draft = sampleDocument({ signed: 'none' });
    expect(sha256Hex(await renderSample(draft, { draft: true }))).toBe(
      sha256Hex(await renderSample(draft, { draft: true })),
    );
  });

  it('gives different bytes when any printed field changes', slow, async () => {
    const original = await renderSample(sampleDocument());
    const changedComment = await renderSample(
      sampleDocument({ appraisal: { appraiseeComments: 'I agree with the ratings.' } }),
    );
    expect(sha256Hex(changedComment)).not.toBe(sha256Hex(original));
  });

  // pdfkit decodes transparent PNGs on zlib's thread pool; with several pictures the order they
  // finish in once changed the bytes. Pictures are flattened first, so it no longer can.
  it('gives identical bytes every time with two drawn signatures and a logo', slow, async () => {
    const base = sampleDocument();
    const drawn = base.appraisal.signatures.appraisee;
    const countersigned = base.appraisal.signatures.appraiser;
    if (drawn === null || countersigned === null) throw new Error('The sample is not signed');
    const document = sampleDocument({
      appraisal: {
        signatures: {
          appraisee: drawn,
          appraiser: { ...countersigned, method: 'drawn', typedName: '', image: drawn.image },
        },
      },
    });
    const logo = { mediaType: 'image/png' as const, bytes: sampleSignaturePng() };
    const hashes = new Set<string>();
    for (let run = 0; run < 6; run += 1) hashes.add(sha256Hex(await renderSample(document, { logo })));
    expect(hashes.size).toBe(1);
  });

  // The render hands the event loop back between its steps, so two renders (a seal and a
  // reprint, an inspection pack) can interleave; neither may change the other's bytes.
  it('gives the same bytes when two documents are rendered at the same time', slow, async () => {
    const short = sampleDocument();
    const long = sampleDocument({ evidence: longEvidence(20_000) });
    const [shortTogether, longTogether] = await Promise.all([renderSample(short), renderSample(long)]);
    expect(sha256Hex(shortTogether)).toBe(sha256Hex(await renderSample(short)));
    expect(sha256Hex(longTogether)).toBe(sha256Hex(await renderSample(long)));
  });
});
