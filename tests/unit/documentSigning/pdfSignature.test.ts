/**
 * Reading and checking a PDF's signature, as the app does when a document is opened and when the
 * audit log is checked: valid, broken (saying why, in plain English) or unsigned.
 */
import { describe, expect, it } from 'vitest';
import { checkPdfSignature, readPdfSignature } from '../../../electron/services/signing/pdfSignature';
import { sha256Hex } from '../../../shared/integrity/sha256';
import { sampleDocument, sampleSeal } from '../../fixtures/sampleDocument';
import { renderSample } from '../pdf/pdfTestKit';

const slow = { timeout: 120_000 };
const sealedPdf = () => renderSample(sampleDocument());

/** A PDF-like file whose only content is a signature dictionary around `contentsHex`. */
function fileWithSignature(
  contentsHex: string,
  byteRange?: (at: number, after: number, length: number) => string,
): Buffer {
  const head = '%PDF-1.7\n1 0 obj\n<< /Type /Sig /ByteRange ';
  const rangeWidth = 40;
  const beforeContents = `${head}${' '.repeat(rangeWidth)} /Contents `;
  const at = beforeContents.length;
  const after = at + contentsHex.length + 2;
  const tail = ' >>\nendobj\n%%EOF';
  const length = after + tail.length;
  const range = (byteRange?.(at, after, length) ?? `[0 ${at} ${after} ${length - after}]`).padEnd(rangeWidth);
  return Buffer.from(`${head}${range} /Contents <${contentsHex}>${tail}`, 'latin1');
}

describe('checkPdfSignature', () => {
  it(
    'finds a sealed PDF valid, signed by the home’s certificate, with the hashes the seal event records',
    slow,
    async () => {
      const document = sampleDocument();
      const pdf = await renderSample(document);
      const { signer } = await sampleSeal(document);
      const check = checkPdfSignature(pdf);
      expect(check).toMatchObject({
        status: 'valid',
        problem: null,
        signedBy: { commonName: 'Willow Bank Care Home', cqcLocationId: '1-123456789', isTestKey: true },
        certificateSha256: signer.certificate.fingerprint,
      });
      const parts = readPdfSignature(pdf);
      expect(parts?.byteRange[0]).toBe(0);
      expect(check.signatureSha256).toBe(sha256Hex(parts?.cms ?? new Uint8Array()));
    },
  );

  it(
    'finds it broken after one byte is changed, saying the PDF was changed after signing',
    slow,
    async () => {
      const tampered = Buffer.from(await sealedPdf());
      const at = tampered.indexOf('(Care Appraisals)') + 1;
      tampered[at] = (tampered[at] ?? 0) ^ 0x01;
      const check = checkPdfSignature(tampered);
      expect(check.status).toBe('broken');
      expect(check.problem).toBe(
        "The PDF's digital signature does not match it: the content was changed after it was signed (its SHA-256 digest no longer matches).",
      );
      // Who signed it is still named, and the signature is still the one that was recorded.
      expect(check.signedBy?.commonName).toBe('Willow Bank Care Home');
      expect(check.signatureSha256).toBe(checkPdfSignature(await sealedPdf()).signatureSha256);
    },
  );

  it(
    'finds it broken when anything is added after the signed part (an incremental update)',
    slow,
    async () => {
      const pdf = await sealedPdf();
      const updated = Buffer.concat([Buffer.from(pdf), Buffer.from('\n9 0 obj\n(added)\nendobj\n%%EOF')]);
      const check = checkPdfSignature(updated);
      expect(check.status).toBe('broken');
      expect(check.problem).toBe(
        "The PDF's digital signature does not cover the whole file: part of it was added or changed after it was signed.",
      );
    },
  );

  it('finds a draft unsigned', slow, async () => {
    const draft = await renderSample(sampleDocument({ signed: 'none' }), { draft: true });
    expect(readPdfSignature(draft)).toBeNull();
    expect(checkPdfSignature(draft)).toEqual({
      status: 'unsigned',
      signedBy: null,
      problem: null,
      signatureSha256: null,
      certificateSha256: null,
    });
  });

  it('finds a signature damaged when its contents are not a CMS signature', slow, async () => {
    const tampered = Buffer.from(await sealedPdf());
    const at = tampered.indexOf('/Contents <') + '/Contents <'.length;
    tampered.write('ff', at, 'latin1');
    const check = checkPdfSignature(tampered);
    expect(check.status).toBe('broken');
    expect(check.problem).toBe(
      "The PDF's digital signature is damaged: the signature is not a CMS signature.",
    );
  });

  it('finds a signature damaged when its byte range does not point at it, or was never filled in', () => {
    const cms = '3003020101';
    expect(
      checkPdfSignature(
        fileWithSignature(cms, (at, after, length) => `[0 ${at + 2} ${after} ${length - after}]`),
      ).problem,
    ).toBe("The PDF's digital signature is damaged: its byte range does not point at the signature.");
    expect(
      checkPdfSignature(fileWithSignature(cms, () => '[0 /********** /********** /**********]')).problem,
    ).toBe("The PDF's digital signature is damaged: its byte range was never filled in or cannot be read.");
  });

  it('is not misled by the words "/ByteRange" in a name, and refuses a second signature', slow, async () => {
    const named = await renderSample(sampleDocument({ home: { name: 'The /ByteRange Care Home' } }));
    expect(Buffer.from(named).toString('latin1')).toContain('(The /ByteRange Care Home)');
    expect(checkPdfSignature(named).status).toBe('valid');
    const twice = Buffer.concat([
      Buffer.from(await sealedPdf()),
      Buffer.from('\n9 0 obj\n<< /Type /Sig /ByteRange [0 1 2 3] /Contents <00> >>\nendobj\n%%EOF'),
    ]);
    expect(checkPdfSignature(twice).problem).toBe(
      "The PDF's digital signature is damaged: it carries more than one signature, and Care Appraisals signs a document once.",
    );
  });

  it('reads the signature by its own DER length, so one that ends in a zero byte is not cut short', () => {
    // A tiny DER SEQUENCE { INTEGER 0 } ending in 00, then the placeholder's zero padding.
    const file = fileWithSignature(`3003020100${'00'.repeat(64)}`);
    expect(Buffer.from(readPdfSignature(file)?.cms ?? []).toString('hex')).toBe('3003020100');
    const trailing = fileWithSignature(`3003020100${'00'.repeat(8)}ff${'00'.repeat(8)}`);
    expect(checkPdfSignature(trailing).problem).toBe(
      "The PDF's digital signature is damaged: the signature is cut short or has other data after it.",
    );
  });
});
