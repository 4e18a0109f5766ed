/**
 * SHA-256 against the NIST FIPS 180-2 examples, and against node:crypto for UTF-8 text and bytes.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex, sha256HexPattern } from '../../../shared/integrity/sha256';

describe('sha256Hex', () => {
  it('matches the NIST examples', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256Hex('a'.repeat(1_000_000))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('hashes text as its UTF-8 bytes, as node:crypto does', () => {
    for (const text of [
      'Łucja Wąsowska',
      'Ștefan Țurcanu',
      'Chiamaka Okonkwo-Ìbèkwè',
      'María José Núñez',
      'Nguyễn Thị Hoa',
      '€ 😀 \u0000 \ufeff',
    ]) {
      expect(sha256Hex(text), text).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });

  it('hashes bytes as they are, and the same bytes as text give the same hash', () => {
    const bytes = new Uint8Array(1000).map((_, i) => (i * 37) % 256);
    expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(sha256Hex('abc'));
    expect(sha256Hex(new Uint8Array(0))).toBe(sha256Hex(''));
  });

  it('hashes only the bytes of a view, not the whole buffer behind it', () => {
    const buffer = new Uint8Array([120, 97, 98, 99, 120]);
    expect(sha256Hex(buffer.subarray(1, 4))).toBe(sha256Hex('abc'));
  });

  it('writes 64 lower-case hex digits, the form the schemas accept', () => {
    expect(sha256HexPattern.test(sha256Hex('abc'))).toBe(true);
    expect(sha256HexPattern.test(sha256Hex('abc').toUpperCase())).toBe(false);
    expect(sha256HexPattern.test('0'.repeat(63))).toBe(false);
  });
});
