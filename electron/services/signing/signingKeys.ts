/**
 * The home's signing key store, as the handlers use it (implemented in signingKeyStore.ts).
 * The private key never leaves main: callers get a SigningIdentity to sign with, and the
 * renderer only ever sees a SigningStatus.
 */
import type { SigningStatus } from '../../../shared/documentSigning/signingStatus';
import type { HomeNaming } from './homeCertificate';
import type { SigningIdentity } from './signingIdentity';

export interface SigningKeys {
  /** What Settings shows: the current certificate, where it came from and how its key is kept. */
  status(): Promise<SigningStatus>;
  /**
   * The identity to sign with now. When there is none yet, or its key cannot be unlocked on
   * this PC (a data folder copied to a new PC), a new one naming `home` is made and logged first.
   */
  current(home: HomeNaming, actor: string): Promise<SigningIdentity>;
  /** A new key and self-signed certificate naming `home`, from now on (logged). */
  makeNew(home: HomeNaming, actor: string): Promise<SigningStatus>;
  /**
   * A provider's certificate and key from a .p12 file, from now on (logged). A wrong password,
   * a file without a key, a key that is not RSA or an expired certificate is refused with a
   * plain-English UserFacingError, and the current key stays.
   */
  importP12(p12: Uint8Array, password: string, actor: string): Promise<SigningStatus>;
}
