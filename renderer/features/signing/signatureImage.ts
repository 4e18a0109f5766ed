/** A drawn signature as stored: the PNG's bytes in base64, their SHA-256, and its size in CSS pixels. */
import { sha256Hex } from '../../../shared/integrity/sha256';
import type { SignatureImage } from '../../../shared/signing/signature';
import { base64ToBytes } from '../../db/bytesBase64';

const pngDataUrlPrefix = 'data:image/png;base64,';

export function signatureImageFrom(pngDataUrl: string, width: number, height: number): SignatureImage {
  if (!pngDataUrl.startsWith(pngDataUrlPrefix))
    throw new Error('The drawing could not be turned into an image.');
  const pngBase64 = pngDataUrl.slice(pngDataUrlPrefix.length);
  return {
    pngBase64,
    // The hash of the image's bytes (not of its base64 text), so it can be checked on the file itself.
    sha256: sha256Hex(base64ToBytes(pngBase64)),
    width: Math.round(width),
    height: Math.round(height),
  };
}
