/**
 * What the app shows about a document-signing certificate (the home's own, or the one a signed
 * PDF or pack carries): who it names, its SHA-256 fingerprint and when it is valid. Main reads
 * it from the certificate itself; the renderer only displays it.
 */
import { z } from 'zod';
import { sha256HexPattern } from '../integrity/sha256';

/** The organisational unit a harness-made key's certificate carries, so it can never pass for a real one. */
export const testKeyUnit = 'TEST KEY made by the browser harness - not for real records';

export const certificateSummarySchema = z.object({
  /** The certificate's common name: the home's name for a certificate the app made. */
  commonName: z.string().max(200),
  organisation: z.string().max(200).nullable(),
  /** The CQC location ID the certificate names (its subject serialNumber), when it names one. */
  cqcLocationId: z.string().max(64).nullable(),
  /** The whole subject, readable: "Rose Lodge Care Home, Rose Lodge Care Home, CQC 1-123456789, GB". */
  subject: z.string().max(1000),
  issuer: z.string().max(1000),
  /** SHA-256 of the certificate (DER), lower-case hex: how the audit log names it. */
  fingerprint: z.string().regex(sha256HexPattern),
  serialNumber: z.string().max(100),
  validFrom: z.iso.datetime({ offset: true }),
  validTo: z.iso.datetime({ offset: true }),
  selfSigned: z.boolean(),
  /** Made by the browser harness for tests and demos (testKeyUnit). */
  isTestKey: z.boolean(),
});
export type CertificateSummary = z.infer<typeof certificateSummarySchema>;

/** Fingerprints are long; people compare them in groups of four, as certificate viewers show them. */
export function groupedFingerprint(fingerprint: string): string {
  return (fingerprint.toUpperCase().match(/.{1,4}/g) ?? []).join(' ');
}

/** The bare CQC location ID a certificate names, whether its subject says "CQC 1-…" or just "1-…". */
export function certificateCqcId(certificate: CertificateSummary): string | null {
  const id = certificate.cqcLocationId?.replace(/^CQC\s+/i, '').trim() ?? '';
  return id === '' ? null : id;
}

/** "Rosewood House (CQC location ID 1-123456789)", or the name alone when it names no CQC ID: every screen's way. */
export function certificateName(certificate: CertificateSummary): string {
  const cqc = certificateCqcId(certificate);
  return cqc === null ? certificate.commonName : `${certificate.commonName} (CQC location ID ${cqc})`;
}
