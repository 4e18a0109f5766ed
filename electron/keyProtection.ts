/**
 * The signing key's protection in the desktop app: Electron's safeStorage (DPAPI on Windows,
 * the keychain on macOS, the desktop's secret store on Linux). Where Linux has no secret store
 * safeStorage falls back to a fixed password; Settings then says the key is only obscured.
 * Takes the safeStorage object rather than importing it, so it is tested without Electron.
 */
import type { KeyProtector } from './services/signing/keyProtector';

/** The part of Electron's safeStorage this uses. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only in Electron; absent elsewhere. */
  getSelectedStorageBackend?: () => string;
}

const unavailable = 'This PC cannot encrypt the signing key yet (its secure storage is not available).';

export function safeStorageProtector(safeStorage: SafeStorageLike, platform: string): KeyProtector {
  const backend = platform === 'linux' ? (safeStorage.getSelectedStorageBackend?.() ?? 'unknown') : null;
  const weak = backend === 'basic_text' || backend === 'unknown';
  return {
    protection: weak ? 'basic' : 'operating-system',
    protect: (secret) => {
      if (!safeStorage.isEncryptionAvailable()) throw new Error(unavailable);
      return safeStorage.encryptString(secret);
    },
    // Checked here too: the key store then cannot protect a replacement either, so it keeps the stored key.
    unprotect: (data) => {
      if (!safeStorage.isEncryptionAvailable()) throw new Error(unavailable);
      return safeStorage.decryptString(data);
    },
  };
}
