/**
 * Turns any PNG (palette, grey, alpha, 16-bit, interlaced) into a plain 8-bit RGB PNG laid on
 * white paper, synchronously. pdfkit decodes transparent PNGs on zlib's thread pool and
 * numbers their soft masks when each decode finishes, so two transparent pictures (two drawn
 * signatures, or a signature and a logo) could come out in either order and change the bytes.
 * A flattened picture takes pdfkit's synchronous path; on paper it looks the same.
 * Decoding and re-compressing is a few milliseconds a picture, and the same pictures come back
 * on every document (the home's logo) or every copy of one (its signatures), so the last few
 * are kept, found by the SHA-256 of their bytes.
 */
import { createHash } from 'node:crypto';
import { PNG } from 'pngjs';
import { encodePng } from './pngEncoder';

/** Enough for a logo and the signatures of the documents being printed and sealed. */
const keptPictures = 8;
const flattened = new Map<string, Uint8Array>();

/** `what` names the picture in the error, e.g. "The home logo". */
export function flattenPng(bytes: Uint8Array, what: string): Uint8Array {
  const key = createHash('sha256').update(bytes).digest('base64');
  const kept = flattened.get(key);
  if (kept !== undefined) {
    // Most recently used last, so the oldest is the first to go.
    flattened.delete(key);
    flattened.set(key, kept);
    return kept;
  }
  const picture = flattenPngBytes(bytes, what);
  flattened.set(key, picture);
  for (const oldest of flattened.keys()) {
    if (flattened.size <= keptPictures) break;
    flattened.delete(oldest);
  }
  return picture;
}

function flattenPngBytes(bytes: Uint8Array, what: string): Uint8Array {
  let image: PNG;
  try {
    // pngjs gives every kind of PNG as 8-bit RGBA. CRCs are not checked: a browser shows a
    // picture whose checksum is off, so the app prints it rather than refuse a logo it showed.
    image = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      checkCRC: false,
    });
  } catch (error) {
    throw new Error(`${what} is not a PNG picture this app can read. Save it again as PNG or JPEG.`, {
      cause: error,
    });
  }
  return encodePng(image.width, image.height, 2, rgbRowsOnWhite(image));
}

/** 8-bit RGBA pixels laid on white, as RGB rows each led by filter byte 0 (none). */
function rgbRowsOnWhite({ width, height, data }: PNG): Uint8Array {
  const rowBytes = 1 + width * 3;
  const rows = new Uint8Array(height * rowBytes);
  for (let y = 0; y < height; y += 1) {
    let source = y * width * 4;
    let target = y * rowBytes + 1;
    for (let x = 0; x < width; x += 1, source += 4, target += 3) {
      const alpha = data[source + 3] ?? 255;
      rows[target] = onWhite(data[source] ?? 0, alpha);
      rows[target + 1] = onWhite(data[source + 1] ?? 0, alpha);
      rows[target + 2] = onWhite(data[source + 2] ?? 0, alpha);
    }
  }
  return rows;
}

function onWhite(value: number, alpha: number): number {
  return Math.round((value * alpha + 255 * (255 - alpha)) / 255);
}
