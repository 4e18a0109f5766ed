/** How Settings → Document signing words a certificate and its key, in one place for every part of it. */
import { certificateCqcId } from '../../../shared/documentSigning/certificateSummary';
import type { KeyProtection, SigningStatus } from '../../../shared/documentSigning/signingStatus';
import type { HomeSettings } from '../../../shared/settings/homeSettings';

export const protectionWording: Record<KeyProtection, string> = {
  'operating-system': 'Encrypted by Windows for this user',
  basic: 'Only obscured: this PC has no secure key store',
  'test-key': 'Test key made by the browser harness — not for real records',
};

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
