/**
 * The pack's signature: manifest.json signed by the home's document-signing key as a detached
 * CMS signature (manifest.json.p7s), beside the certificate as a PEM file, so anyone can check
 * it with OpenSSL alone (the README gives the command). The manifest holds every other file's
 * SHA-256, so one signature over its exact bytes covers the whole pack; a manifest changed and
 * re-hashed after the pack was made no longer matches its signature.
 *
 * The manifest cannot list the signature that signs it; it lists the certificate file.
 */
import { X509Certificate } from 'node:crypto';
import type { ManifestSignature } from '../../../shared/documentSigning/signingStatus';
import { signDetached, verifyDetached } from '../signing/cms';
import type { SigningIdentity } from '../signing/signingIdentity';
import { manifestFileName } from './packManifest';

export const signatureFileName = `${manifestFileName}.p7s`;
export const certificateFileName = 'signing-certificate.pem';

/** The certificate as PEM text, as OpenSSL's -CAfile reads it. */
export const certificatePem = (identity: SigningIdentity): string =>
  new X509Certificate(identity.certificateDer).toString();

/** The DER bytes of manifest.json.p7s; its signing time is the time the manifest says it was made. */
export const signManifest = (manifest: Uint8Array, identity: SigningIdentity, madeAt: Date): Uint8Array =>
  signDetached(manifest, identity, { signingTime: madeAt });

const missing =
  'This pack has no signature file (manifest.json.p7s): it was made before packs were signed, or the file was removed; its contents cannot be shown to come from the home.';
const manifestChanged =
  'manifest.json was changed after the pack was signed: it no longer matches its signature (manifest.json.p7s), so the list of files and hashes in it cannot be trusted.';

/** What manifest.json.p7s (`signature`, absent when the pack has none) says about `manifest`. */
export function checkManifestSignature(
  signature: Uint8Array | undefined,
  manifest: Uint8Array,
): ManifestSignature {
  if (signature === undefined) return { status: 'missing', signedBy: null, problem: missing };
  const check = verifyDetached(signature, manifest);
  if (check.valid) return { status: 'valid', signedBy: check.certificate, problem: null };
  // cms.ts words a digest that no longer matches this way; the pack names the file that changed.
  const problem = check.problem.startsWith('the content was changed')
    ? manifestChanged
    : `The pack's signature (manifest.json.p7s) does not hold: ${check.problem}`;
  return { status: 'invalid', signedBy: check.certificate, problem };
}
