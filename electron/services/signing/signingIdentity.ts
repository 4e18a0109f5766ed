/**
 * The home's document-signing identity as main holds it in memory: an RSA private key (Node's
 * own KeyObject, which signs natively and never leaves main) and the X.509 certificate that
 * names the home. Documents and pack manifests are signed with it (cms.ts); each signature
 * carries the certificate, so an old document stays verifiable after the key is replaced.
 */
import { X509Certificate, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import type { CertificateSummary } from '../../../shared/documentSigning/certificateSummary';
import { summariseCertificate } from './certificateDetails';
import { SigningIdentityError } from './signingIdentityError';

export interface SigningIdentity {
  privateKey: KeyObject;
  /** The certificate as DER bytes, exactly as it is embedded in every signature. */
  certificateDer: Uint8Array;
  certificate: CertificateSummary;
}

/**
 * An identity from a PKCS#8 private key (PEM) and a certificate (DER); refuses a key that is
 * not the certificate's, or that is not RSA (the signatures are RSA PKCS#1 v1.5, which is
 * deterministic: the same record always gives the same bytes).
 */
export function identityFrom(privateKeyPem: string, certificateDer: Uint8Array): SigningIdentity {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(privateKeyPem);
  } catch {
    throw new SigningIdentityError('The signing key could not be read.');
  }
  if (privateKey.asymmetricKeyType !== 'rsa')
    throw new SigningIdentityError(
      'The signing key is not an RSA key. Care Appraisals signs with RSA keys only; ask for an RSA document-signing certificate.',
    );
  const certificate = summariseCertificate(certificateDer);
  const certificateKey = new X509Certificate(certificateDer).publicKey.export({
    format: 'der',
    type: 'spki',
  });
  const ownKey = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  if (!certificateKey.equals(ownKey))
    throw new SigningIdentityError('The signing key does not belong to the certificate it came with.');
  return { privateKey, certificateDer, certificate };
}

/** The DER bytes of a forge certificate. */
export function certificateDerOf(certificate: forge.pki.Certificate): Uint8Array {
  return Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes(), 'binary');
}
