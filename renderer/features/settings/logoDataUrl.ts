/**
 * The logo as a data: URL for <img>. The CSP allows data: images, and unlike a blob: URL
 * there is nothing to revoke, so it can be computed during render.
 */
import type { Logo } from '../../../shared/settings/homeSettings';

const chunkSize = 0x8000;

export function logoDataUrl(logo: Pick<Logo, 'bytes' | 'mediaType'>): string {
  let binary = '';
  // In chunks: spreading a whole 1 MB array into fromCharCode overflows the call stack.
  for (let start = 0; start < logo.bytes.length; start += chunkSize) {
    binary += String.fromCharCode(...logo.bytes.subarray(start, start + chunkSize));
  }
  return `data:${logo.mediaType};base64,${btoa(binary)}`;
}
