/** Main's native SHA-256 gives exactly shared's answer, for text (as UTF-8) and for bytes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex as nativeSha256Hex } from '../../../electron/services/nativeSha256';
import { sha256Hex } from '../../../shared/integrity/sha256';

describe('native sha256Hex', () => {
  it('matches the shared one on any text and any bytes', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.uint8Array({ maxLength: 300 }),
        (text, bytes) => {
          expect(nativeSha256Hex(text)).toBe(sha256Hex(text));
          expect(nativeSha256Hex(bytes)).toBe(sha256Hex(bytes));
        },
      ),
      { numRuns: 500 },
    );
    expect(nativeSha256Hex('Łucja Wąsowska')).toBe(sha256Hex('Łucja Wąsowska'));
    expect(nativeSha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
