/**
 * Reads a provider's document-signing certificate and key from a .p12 (PKCS#12, also called
 * .pfx) file and its password: both OpenSSL 3's default (AES-256) and the older Triple DES
 * files. node-forge opens the container; Node's own crypto reads the key and certificates, so
 * a key forge cannot parse (elliptic-curve) is still recognised and refused by name. A .p12
 * may carry a chain: the certificate used is the one whose public key is the key's.
 * Every refusal is a SigningIdentityError whose message tells the manager what to do.
 */
import { X509Certificate, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import type { NewHomeIdentity } from './homeCertificate';
import { identityFrom } from './signingIdentity';
import { SigningIdentityError } from './signingIdentityError';

const nothingImported = 'so nothing was imported';

export const p12Problems = {
  notP12: `This file is not a .p12 (PKCS#12) certificate file, or it is damaged, ${nothingImported}. Export the certificate again, with its private key, as a .p12 or .pfx file.`,
  wrongPassword: `The password is not right for this file, ${nothingImported}. Check the password that came with the certificate (capital letters count) and try again.`,
  unsupportedEncryption: `This file is protected with a kind of encryption Care Appraisals cannot open, ${nothingImported}. Export it again as a .p12 file protected with AES-256 or Triple DES.`,
  noKey: `This file holds a certificate but not its private key, so it cannot sign anything and ${nothingImported.slice(3)}. Export the certificate again including its private key.`,
  notRsa: `The key in this file is not an RSA key (it uses elliptic-curve or another kind of cryptography), ${nothingImported}. Care Appraisals needs an RSA document-signing certificate; ask your certificate provider for one.`,
  noMatchingCertificate: `The private key in this file does not belong to any certificate in it, ${nothingImported}. Export the certificate and its own private key together again.`,
} as const;

const bagTypes = [forge.pki.oids['pkcs8ShroudedKeyBag'], forge.pki.oids['keyBag']].filter(
  (oid): oid is string => oid !== undefined,
);

const binary = (bytes: Uint8Array): string => Buffer.from(bytes).toString('binary');
const derOf = (node: forge.asn1.Asn1): Buffer => Buffer.from(forge.asn1.toDer(node).getBytes(), 'binary');

/** What forge's messages mean, in the manager's terms. */
function problemOf(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  if (/invalid password|wrong password|failed to decrypt/i.test(message)) return p12Problems.wrongPassword;
  // A cipher, key derivation or MAC forge does not know (Camellia, say); not an odd bag or certificate.
  if (/unsupported/i.test(message) && !/safebag|certificate type/i.test(message))
    return p12Problems.unsupportedEncryption;
  return p12Problems.notP12;
}

function openContainer(p12: Uint8Array, password: string): forge.pkcs12.Pkcs12Pfx {
  let root: forge.asn1.Asn1;
  try {
    root = forge.asn1.fromDer(binary(p12), false);
  } catch {
    throw new SigningIdentityError(p12Problems.notP12);
  }
  try {
    // Not strict: files from Windows and some tools use BER, which strict DER parsing refuses.
    return forge.pkcs12.pkcs12FromAsn1(root, false, password);
  } catch (error) {
    const retried = utf8Retry(root, password, error);
    if (retried !== null) return retried;
    throw new SigningIdentityError(problemOf(error));
  }
}

/**
 * An AES file (OpenSSL 3's default) checks its MAC with the password as PKCS#12 spells it
 * (UTF-16) but derives its encryption key from the password's UTF-8 bytes (PBKDF2), while forge
 * hands the same text to both: a password with "£" or "é" passes the MAC, then fails to
 * decrypt. The MAC having passed proves the password right, so the contents are opened again
 * with the UTF-8 bytes, without the MAC forge would otherwise check with them.
 */
function utf8Retry(root: forge.asn1.Asn1, password: string, error: unknown): forge.pkcs12.Pkcs12Pfx | null {
  const message = error instanceof Error ? error.message : '';
  // eslint-disable-next-line no-control-regex -- "anything beyond ASCII"
  const plainAscii = /^[\x00-\x7f]*$/.test(password);
  const fields = Array.isArray(root.value) ? root.value : [];
  if (plainAscii || /MAC/.test(message) || !/decrypt/i.test(message) || fields.length < 3) return null;
  const withoutMac = forge.asn1.create(root.tagClass, root.type, root.constructed, fields.slice(0, 2));
  try {
    return forge.pkcs12.pkcs12FromAsn1(withoutMac, false, forge.util.encodeUtf8(password));
  } catch {
    return null;
  }
}

/**
 * A bag as forge fills it: the key or certificate it parsed, or null and the raw ASN.1 when it
 * could not parse it (an elliptic-curve key, say). Its published types leave out the nulls.
 */
interface FilledBag {
  key?: forge.pki.rsa.PrivateKey | null;
  cert?: forge.pki.Certificate | null;
  asn1?: forge.asn1.Asn1 | null;
}

const rawDer = ({ asn1 }: FilledBag): Buffer | null =>
  asn1 === undefined || asn1 === null ? null : derOf(asn1);

/** A key bag's PKCS#8 DER, whether or not forge could parse the key inside. */
function keyDerOf(bag: FilledBag): Buffer | null {
  if (bag.key !== undefined && bag.key !== null)
    return derOf(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(bag.key)));
  return rawDer(bag);
}

function certificateDerOf(bag: FilledBag): Buffer | null {
  if (bag.cert !== undefined && bag.cert !== null) return derOf(forge.pki.certificateToAsn1(bag.cert));
  return rawDer(bag);
}

function keysIn(container: forge.pkcs12.Pkcs12Pfx): KeyObject[] {
  return bagTypes.flatMap((bagType) =>
    (container.getBags({ bagType })[bagType] ?? []).flatMap((bag) => {
      const der = keyDerOf(bag);
      if (der === null) return [];
      try {
        return [createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })];
      } catch {
        return [];
      }
    }),
  );
}

function certificatesIn(container: forge.pkcs12.Pkcs12Pfx): Buffer[] {
  const bagType = forge.pki.oids['certBag'] ?? '';
  return (container.getBags({ bagType })[bagType] ?? []).flatMap((bag) => {
    const der = certificateDerOf(bag);
    return der === null ? [] : [der];
  });
}

const spkiOf = (key: KeyObject): Buffer => createPublicKey(key).export({ format: 'der', type: 'spki' });

function certificateFor(key: KeyObject, certificates: Buffer[]): Buffer | null {
  const own = spkiOf(key);
  for (const der of certificates) {
    try {
      if (new X509Certificate(der).publicKey.export({ format: 'der', type: 'spki' }).equals(own)) return der;
    } catch {
      // A certificate Node cannot read is not the signer's.
    }
  }
  return null;
}

/**
 * The identity a .p12 file holds, with the key as PKCS#8 PEM for the key store. It does not
 * judge the certificate's dates (the store does, against its clock).
 */
export function readP12(p12: Uint8Array, password: string): NewHomeIdentity {
  const container = openContainer(p12, password);
  const keys = keysIn(container);
  if (keys.length === 0) throw new SigningIdentityError(p12Problems.noKey);
  const rsaKeys = keys.filter((key) => key.asymmetricKeyType === 'rsa');
  if (rsaKeys.length === 0) throw new SigningIdentityError(p12Problems.notRsa);
  const certificates = certificatesIn(container);
  for (const key of rsaKeys) {
    const certificateDer = certificateFor(key, certificates);
    if (certificateDer === null) continue;
    const privateKeyPem = key.export({ format: 'pem', type: 'pkcs8' }).toString();
    return { identity: identityFrom(privateKeyPem, certificateDer), privateKeyPem };
  }
  throw new SigningIdentityError(p12Problems.noMatchingCertificate);
}
