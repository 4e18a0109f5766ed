/**
 * Reads what a person needs to know from an X.509 certificate (DER): who it names, its
 * fingerprint and validity. Used for the home's own certificate and for the one a signed PDF
 * or pack carries.
 */
import forge from 'node-forge';
import { testKeyUnit, type CertificateSummary } from '../../../shared/documentSigning/certificateSummary';
import { sha256Hex } from '../nativeSha256';
import { SigningIdentityError } from './signingIdentityError';

/** X.520 serialNumber: the attribute a certificate the app makes carries the CQC location ID in. */
const serialNumberAttribute = '2.5.4.5';
const cqcPrefix = 'CQC ';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function readableName(name: forge.pki.Certificate['subject']): string {
  return name.attributes
    .map((attribute) => text(attribute.value))
    .filter((v) => v !== '')
    .join(', ');
}

function attributeOf(
  name: forge.pki.Certificate['subject'],
  match: (a: forge.pki.CertificateField) => boolean,
) {
  const found = name.attributes.find(match);
  return found === undefined ? null : text(found.value);
}

function parseCertificate(certificateDer: Uint8Array): forge.pki.Certificate {
  try {
    return forge.pki.certificateFromAsn1(forge.asn1.fromDer(Buffer.from(certificateDer).toString('binary')));
  } catch {
    throw new SigningIdentityError(
      'The certificate could not be read (it is damaged, or its key is not RSA).',
    );
  }
}

export function summariseCertificate(certificateDer: Uint8Array): CertificateSummary {
  const certificate = parseCertificate(certificateDer);
  const { subject, issuer } = certificate;
  const serial = attributeOf(subject, (a) => a.type === serialNumberAttribute);
  const unit = attributeOf(subject, (a) => a.shortName === 'OU');
  return {
    commonName: attributeOf(subject, (a) => a.shortName === 'CN') ?? readableName(subject),
    organisation: attributeOf(subject, (a) => a.shortName === 'O'),
    cqcLocationId: serial?.startsWith(cqcPrefix) === true ? serial.slice(cqcPrefix.length) : null,
    subject: readableName(subject),
    issuer: readableName(issuer),
    fingerprint: sha256Hex(certificateDer),
    serialNumber: certificate.serialNumber,
    validFrom: certificate.validity.notBefore.toISOString(),
    validTo: certificate.validity.notAfter.toISOString(),
    selfSigned: readableName(subject) === readableName(issuer),
    isTestKey: unit === testKeyUnit,
  };
}

/** The value the app writes in a certificate's serialNumber attribute for a CQC location ID. */
export const cqcSubjectValue = (cqcLocationId: string): string => `${cqcPrefix}${cqcLocationId}`;
