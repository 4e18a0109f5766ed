/** How Settings → Document signing words a certificate and its key, in one place for every part of it. */
import type { CertificateSummary } from '../../../shared/documentSigning/certificateSummary';
import type { KeyProtection, SigningStatus } from '../../../shared/documentSigning/signingStatus';
import type { HomeSettings } from '../../../shared/settings/homeSettings';

export const protectionWording: Record<KeyProtection, string> = {
  'operating-system': 'Encrypted by Windows for this user',
  basic: 'Only obscured: this PC has no secure key store',
  'test-key': 'Test key made by the browser harness — not for real records',
};

/** The bare CQC location ID a certificate names, whether its subject says "CQC 1-…" or just "1-…". */
export function certificateCqcId(certificate: CertificateSummary): string | null {
  const id = certificate.cqcLocationId?.replace(/^CQC\s+/i, '').trim() ?? '';
  return id === '' ? null : id;
}

/** "Rosewood House (CQC location ID 1-123456789)", or the name alone when it names no CQC ID. */
export function certificateName(certificate: CertificateSummary): string {
  const cqc = certificateCqcId(certificate);
  return cqc === null ? certificate.commonName : `${certificate.commonName} (CQC location ID ${cqc})`;
}

/**
 * A certificate the app made names the home as it was then: true when the home's name or CQC
 * ID in Settings has changed since, so new documents would name the home as it no longer is.
 */
export function namesAnOlderHome(status: SigningStatus, settings: HomeSettings): boolean {
  const { certificate } = status;
  if (certificate === null || status.source !== 'made-here') return false;
  const cqc = certificateCqcId(certificate) ?? '';
  return certificate.commonName !== settings.homeName || cqc !== settings.cqcLocationId;
}
