/**
 * The signing key's protection in the desktop app, with a pretend safeStorage: the key goes
 * through the operating system's encryption, Settings is told when Linux only obscures it, and
 * nothing is encrypted or decrypted while the secure storage is not available.
 */
import { describe, expect, it } from 'vitest';
import { safeStorageProtector, type SafeStorageLike } from '../../../electron/keyProtection';

/** A pretend safeStorage that encodes and marks the text, and counts what it was asked. */
function fakeSafeStorage(options: { available?: boolean; backend?: string } = {}) {
  const calls = { encrypt: 0, decrypt: 0 };
  const storage: SafeStorageLike = {
    isEncryptionAvailable: () => options.available ?? true,
    encryptString: (text) => {
      calls.encrypt += 1;
      return Buffer.from(`enc:${Buffer.from(text, 'utf8').toString('base64')}`, 'utf8');
    },
    decryptString: (data) => {
      calls.decrypt += 1;
      const text = data.toString('utf8');
      if (!text.startsWith('enc:'))
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(text.slice(4), 'base64').toString('utf8');
    },
    ...(options.backend === undefined ? {} : { getSelectedStorageBackend: () => options.backend ?? '' }),
  };
  return { storage, calls };
}

const pem = '-----BEGIN PRIVATE KEY-----\nMIIE…\n-----END PRIVATE KEY-----\n';

describe('safeStorageProtector', () => {
  it('keeps the key through safeStorage on Windows, and reads it back', () => {
    const { storage, calls } = fakeSafeStorage();
    const protector = safeStorageProtector(storage, 'win32');
    expect(protector.protection).toBe('operating-system');
    const kept = protector.protect(pem);
    expect(kept.toString('utf8')).not.toContain('PRIVATE KEY');
    expect(protector.unprotect(kept)).toBe(pem);
    expect(calls).toEqual({ encrypt: 1, decrypt: 1 });
  });

  it('throws for data it cannot decrypt (another PC or Windows user)', () => {
    const protector = safeStorageProtector(fakeSafeStorage().storage, 'win32');
    expect(() => protector.unprotect(Buffer.from('not ours'))).toThrow();
  });

  it.each([
    ['gnome_libsecret', 'operating-system'],
    ['kwallet5', 'operating-system'],
    ['basic_text', 'basic'],
    ['unknown', 'basic'],
  ] as const)('on Linux with the %s store says %s', (backend, protection) => {
    expect(safeStorageProtector(fakeSafeStorage({ backend }).storage, 'linux').protection).toBe(protection);
  });

  it('says basic on Linux when it cannot tell which store it has', () => {
    expect(safeStorageProtector(fakeSafeStorage().storage, 'linux').protection).toBe('basic');
  });

  it('asks nothing of the Linux store question elsewhere', () => {
    expect(
      safeStorageProtector(fakeSafeStorage({ backend: 'basic_text' }).storage, 'darwin').protection,
    ).toBe('operating-system');
  });

  it('neither encrypts nor decrypts while the secure storage is not available', () => {
    const { storage, calls } = fakeSafeStorage({ available: false });
    const protector = safeStorageProtector(storage, 'win32');
    expect(() => protector.protect(pem)).toThrow(/secure storage is not available/);
    expect(() => protector.unprotect(Buffer.from('enc:x'))).toThrow(/secure storage is not available/);
    expect(calls).toEqual({ encrypt: 0, decrypt: 0 });
  });
});
