/**
 * The sealed PDF is PAdES-signed over the whole file, as any PDF reader checks it: poppler's
 * pdfsig stands in for one here (it always exits 0, so its words are read). The same record and
 * key give the same bytes, signature included.
 */
import { describe, expect, it } from 'vitest';
import { checkPdfSignature } from '../../../electron/services/signing/pdfSignature';
import { sha256Hex } from '../../../shared/integrity/sha256';
import { sampleDocument, sampleSeal } from '../../fixtures/sampleDocument';
import { popplerSays, renderSample } from './pdfTestKit';

const slow = { timeout: 120_000 };

/** The PDF with one byte changed: a letter of the Producer string, so the file still parses. */
function withOneByteFlipped(pdf: Uint8Array): Uint8Array {
  const tampered = Buffer.from(pdf);
  const at = tampered.indexOf('(Care Appraisals)');
  expect(at).toBeGreaterThan(0);
  tampered[at + 1] = (tampered[at + 1] ?? 0) ^ 0x01;
  return new Uint8Array(tampered);
}

describe('the sealed PDF’s signature, as a PDF reader sees it', () => {
  it('is valid, ETSI.CAdES.detached, covers the whole document and claims the seal time', slow, async () => {
    const document = sampleDocument();
    const says = await popplerSays('pdfsig', ['-nocert'], await renderSample(document));
    expect(says).toContain('Signature Validation: Signature is Valid.');
    expect(says).toContain('Signature Type: ETSI.CAdES.detached');
    expect(says).toContain('Total document signed');
    expect(says).toContain('Signing Hash Algorithm: SHA-256');
    expect(says).toContain('Signing Time: Mar 12 2026 14:20:00');
    expect(says).toContain('Signer Certificate Common Name: Willow Bank Care Home');
    expect(says).toContain('Signature Field Name: Seal');
    // One signature only.
    expect(says).not.toContain('Signature #2');
  });

  it('is no longer valid once one byte inside the signed range is changed', slow, async () => {
    const pdf = await renderSample(sampleDocument());
    const says = await popplerSays('pdfsig', ['-nocert'], withOneByteFlipped(pdf));
    expect(says).toContain('Signature Validation: Digest Mismatch.');
    expect(says).not.toContain('Signature is Valid');
  });

  it('gives the same bytes for the same record and key, signature included', slow, async () => {
    const document = sampleDocument();
    const first = await renderSample(document);
    const second = await renderSample(document);
    expect(sha256Hex(second)).toBe(sha256Hex(first));
    const signature = checkPdfSignature(first);
    expect(signature.status).toBe('valid');
    expect(signature.signatureSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(checkPdfSignature(second).signatureSha256).toBe(signature.signatureSha256);
    expect(signature.certificateSha256).toBe((await sampleSeal(document)).signer.certificate.fingerprint);
  });
});
