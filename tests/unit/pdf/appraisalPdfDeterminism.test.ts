/**
 * The same sealed record always gives the same bytes, so the vault copy and any reprint can be
 * compared and re-hashed years later; a different record gives different bytes.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../../../shared/integrity/sha256';
import { sampleDocument, sampleSignaturePng } from '../../fixtures/sampleDocument';
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
});
