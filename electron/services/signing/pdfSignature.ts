/**
 * A sealed PDF's PAdES signature: signing fills in the placeholder pdfkit wrote
 * (pdf/signaturePlaceholder.ts) with @signpdf/signpdf, whose Signer hands us the bytes to sign
 * (the whole file but the /Contents hex string) for our detached CAdES CMS (cms.ts). Checking
 * reads that signature back, makes sure it covers the whole file, and verifies it. The same
 * PDF and key always give the same signed bytes: RSA PKCS#1 v1.5 has no randomness and the
 * signing time is the PDF's /M (the seal time), not a CMS attribute.
 */
import { SignPdf } from '@signpdf/signpdf';
import { Signer } from '@signpdf/utils';
import type { CertificateSummary } from '../../../shared/documentSigning/certificateSummary';
import type { DocumentSignature } from '../../../shared/documentSigning/signingStatus';
import { sha256Hex } from '../nativeSha256';
import { signDetached, verifyDetached } from './cms';
import type { SigningIdentity } from './signingIdentity';

class CadesSigner extends Signer {
  constructor(private readonly identity: SigningIdentity) {
    super();
  }

  override sign(signedBytes: Buffer): Promise<Buffer> {
    return Promise.resolve(Buffer.from(signDetached(signedBytes, this.identity)));
  }
}

/** Signs a PDF that carries an empty signature placeholder; resolves with the signed bytes. */
export async function signPdf(pdf: Uint8Array, identity: SigningIdentity): Promise<Uint8Array> {
  const signed = await new SignPdf().sign(Buffer.from(pdf), new CadesSigner(identity));
  return new Uint8Array(signed.buffer, signed.byteOffset, signed.byteLength);
}

export interface PdfSignatureParts {
  /** Offset and length of the signed part before /Contents, then of the part after it. */
  byteRange: readonly [number, number, number, number];
  /** The CMS signature (DER), without the zero padding that fills the rest of /Contents. */
  cms: Uint8Array;
}

const byteRangeKey = Buffer.from('/ByteRange');
const contentsKey = '/Contents';
const byteRangeStart = /^\/ByteRange\s*\[/;
const filledByteRange = /^\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/;
const isHexDigit = (byte: number) =>
  (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66);
const isWhitespace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/** Plain English: why a signature's place in the file cannot be read. */
class DamagedSignature extends Error {}

/**
 * The PDF's signature: its /ByteRange and the CMS in its /Contents, or null when the PDF carries
 * none. The byte range must point at a /Contents hex string (it is how the signature is found);
 * whether it covers the whole file is checkPdfSignature's question. Throws DamagedSignature
 * (plain English) when there is a signature but it cannot be read.
 */
export function readPdfSignature(pdf: Uint8Array): PdfSignatureParts | null {
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  // Every "/ByteRange [": the key of a signature dictionary (the words alone, in a name, are not).
  let byteRanges = 0;
  const filled: (readonly [number, number, number, number])[] = [];
  for (let at = bytes.indexOf(byteRangeKey); at !== -1; at = bytes.indexOf(byteRangeKey, at + 1)) {
    const text = bytes.toString('latin1', at, at + 120);
    if (!byteRangeStart.test(text)) continue;
    byteRanges += 1;
    const match = filledByteRange.exec(text);
    if (match !== null)
      filled.push([Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])] as const);
  }
  if (byteRanges === 0) return null;
  const [byteRange, ...others] = filled;
  if (byteRange === undefined)
    throw new DamagedSignature('its byte range was never filled in or cannot be read.');
  if (others.length > 0)
    throw new DamagedSignature(
      'it carries more than one signature, and Care Appraisals signs a document once.',
    );
  const [, before, after] = byteRange;
  // The gap between the two signed parts is the /Contents hex string, brackets included.
  if (after > bytes.length || after - before < 2 || bytes[before] !== 0x3c || bytes[after - 1] !== 0x3e)
    throw new DamagedSignature('its byte range does not point at the signature.');
  let key = before;
  while (key > 0 && isWhitespace(bytes[key - 1] ?? 0)) key -= 1;
  if (bytes.toString('latin1', key - contentsKey.length, key) !== contentsKey)
    throw new DamagedSignature('its byte range does not point at the signature.');
  const hex = bytes.subarray(before + 1, after - 1);
  if (hex.length % 2 !== 0 || !hex.every(isHexDigit))
    throw new DamagedSignature('the signature is not written as a hex string.');
  return { byteRange, cms: derWithoutPadding(Buffer.from(hex.toString('latin1'), 'hex')) };
}

/**
 * The DER value at the start of `contents`, by its own length: /Contents is padded with zeros,
 * and the signature itself may end in a zero byte, so trimming zeros could cut it.
 */
function derWithoutPadding(contents: Buffer): Uint8Array {
  const first = contents[1] ?? 0;
  const lengthBytes = first < 0x80 ? 0 : first - 0x80;
  if (contents[0] !== 0x30 || lengthBytes > 4 || contents.length < 2 + lengthBytes)
    throw new DamagedSignature('the signature is not a CMS signature.');
  let length = first < 0x80 ? first : 0;
  for (let index = 0; index < lengthBytes; index += 1) length = length * 256 + (contents[2 + index] ?? 0);
  const end = 2 + lengthBytes + length;
  if (end > contents.length || !contents.subarray(end).every((byte) => byte === 0))
    throw new DamagedSignature('the signature is cut short or has other data after it.');
  return new Uint8Array(contents.subarray(0, end));
}

/** A PDF's digital signature as the app judges it, with what the seal event records of it. */
export interface PdfSignatureCheck extends DocumentSignature {
  /** SHA-256 (hex) of the CMS signature's DER, without the /Contents padding. */
  signatureSha256: string | null;
  /** SHA-256 (hex) of the certificate the signature carries. */
  certificateSha256: string | null;
}

const unsigned: PdfSignatureCheck = {
  status: 'unsigned',
  signedBy: null,
  problem: null,
  signatureSha256: null,
  certificateSha256: null,
};

export function checkPdfSignature(pdf: Uint8Array): PdfSignatureCheck {
  let parts: PdfSignatureParts | null;
  try {
    parts = readPdfSignature(pdf);
  } catch (error) {
    if (!(error instanceof DamagedSignature)) throw error;
    return {
      ...unsigned,
      status: 'broken',
      problem: `The PDF's digital signature is damaged: ${error.message}`,
    };
  }
  if (parts === null) return unsigned;
  const { byteRange, cms } = parts;
  const signatureSha256 = sha256Hex(cms);
  const broken = (problem: string, signedBy: CertificateSummary | null): PdfSignatureCheck => ({
    status: 'broken',
    signedBy,
    problem,
    signatureSha256,
    certificateSha256: signedBy?.fingerprint ?? null,
  });
  const [start, before, after, rest] = byteRange;
  const covered = start === 0 && after + rest === pdf.length;
  const signedBytes = Buffer.concat([pdf.subarray(0, before), pdf.subarray(after, after + rest)]);
  const check = verifyDetached(cms, signedBytes);
  if (!covered)
    return broken(
      "The PDF's digital signature does not cover the whole file: part of it was added or changed after it was signed.",
      check.certificate,
    );
  if (!check.valid)
    return broken(`The PDF's digital signature does not match it: ${check.problem}`, check.certificate);
  return {
    status: 'valid',
    signedBy: check.certificate,
    problem: null,
    signatureSha256,
    certificateSha256: check.certificate.fingerprint,
  };
}
