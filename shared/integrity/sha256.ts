/**
 * SHA-256 as lower-case hex, the same in main, renderer and tests. Synchronous, so it can be
 * used by pure verifiers and inside a Dexie transaction (WebCrypto is async-only).
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/** A string is hashed as its UTF-8 bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  return bytesToHex(sha256(typeof data === 'string' ? utf8ToBytes(data) : data));
}

export const sha256HexPattern = /^[0-9a-f]{64}$/;
