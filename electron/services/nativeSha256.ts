/**
 * SHA-256 as lower-case hex by Node's own native hashing: the same answer as shared's
 * sha256Hex (@noble, pure JavaScript, which the renderer and the pure verifiers need), several
 * times faster on a record or a PDF. Main hashes what it seals and checks with this; a string
 * is hashed as its UTF-8 bytes, as there.
 */
import { createHash } from 'node:crypto';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
