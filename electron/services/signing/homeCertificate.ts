/**
 * Makes the home's own signing identity: a fresh RSA-2048 key pair (Node's native generator)
 * and a self-signed certificate naming the home and its CQC location ID. A provider with a
 * certificate from a trust service imports that instead (p12Import.ts).
 */
import { generateKeyPair, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import forge from 'node-forge';
import { testKeyUnit } from '../../../shared/documentSigning/certificateSummary';
import { graphemesOf } from '../pdf/graphemes';
import { cqcSubjectValue } from './certificateDetails';
import { certificateDerOf, identityFrom, type SigningIdentity } from './signingIdentity';

const generateRsaKeyPair = promisify(generateKeyPair);

export interface HomeNaming {
  homeName: string;
  /** '' when the home has not entered one yet. */
  cqcLocationId: string;
}

export interface NewHomeIdentity {
  identity: SigningIdentity;
  /** PKCS#8 PEM of the private key, for the key store to protect; it never leaves main. */
  privateKeyPem: string;
}

/**
 * Valid from a year before it is made: a seal interrupted before the key existed is finished
 * with its own (earlier) seal time, which must still fall inside the certificate's validity.
 */
const backdating = 366 * 24 * 60 * 60 * 1000;
/** The last moment an X.509 UTCTime can say; long past any retention period. */
const validUntil = new Date('2049-12-31T23:59:59Z');

/** X.520 caps a common name at 64 characters; a longer home name is cut there (O keeps it whole). */
const commonNameLength = 64;

export async function makeHomeIdentity(
  naming: HomeNaming,
  now: Date,
  options: { testKey: boolean },
): Promise<NewHomeIdentity> {
  const { privateKey: privateKeyPem, publicKey: publicKeyPem } = await generateRsaKeyPair('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.publicKeyFromPem(publicKeyPem);
  // Positive and 16 bytes long, as RFC 5280 asks of a serial number.
  certificate.serialNumber = `01${randomBytes(15).toString('hex')}`;
  certificate.validity.notBefore = new Date(now.getTime() - backdating);
  certificate.validity.notAfter = validUntil;
  const homeName = naming.homeName.normalize('NFC').trim() || 'Care home';
  // Free text (a home called Ysgol Gân, say) as UTF8String; the country and CQC ID stay printable.
  const utf8 = (shortName: string, value: string): forge.pki.CertificateField => ({
    shortName,
    value,
    // @types/node-forge calls this an asn1.Class, but forge reads it as the value's asn1.Type
    // (x509.js), and UTF8String (12) is no Class member.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment, @typescript-eslint/no-unnecessary-type-assertion
    valueTagClass: forge.asn1.Type.UTF8 as number as forge.asn1.Class,
  });
  const name: forge.pki.CertificateField[] = [
    utf8('CN', graphemesOf(homeName).slice(0, commonNameLength).join('')),
    utf8('O', homeName),
    ...(options.testKey ? [utf8('OU', testKeyUnit)] : []),
    ...(naming.cqcLocationId === ''
      ? []
      : [{ type: '2.5.4.5', value: cqcSubjectValue(naming.cqcLocationId) }]),
    { shortName: 'C', value: 'GB' },
  ];
  certificate.setSubject(name);
  certificate.setIssuer(name);
  certificate.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  certificate.sign(forge.pki.privateKeyFromPem(privateKeyPem), forge.md.sha256.create());
  return { identity: identityFrom(privateKeyPem, certificateDerOf(certificate)), privateKeyPem };
}
