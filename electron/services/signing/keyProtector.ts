/**
 * How the signing key's PKCS#8 text is kept on disk. The app uses Electron's safeStorage (DPAPI
 * on Windows), passed in by the glue so nothing here imports `electron`; the harness and tests
 * use the test protector, whose keys are marked as test keys in their certificates.
 */
import type { KeyProtection } from '../../../shared/documentSigning/signingStatus';

export interface KeyProtector {
  readonly protection: KeyProtection;
  protect(secret: string): Buffer;
  /** Throws when the data cannot be unlocked here (another PC or Windows user, or damaged). */
  unprotect(data: Buffer): string;
}
