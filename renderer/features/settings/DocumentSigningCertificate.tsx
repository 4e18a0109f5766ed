/**
 * The certificate new documents are signed with, as main describes it: who it names, its
 * fingerprint (to compare with what a PDF reader shows), when it is valid, where it came from
 * and how its private key is kept on this PC.
 */
import type { CertificateSummary } from '../../../shared/documentSigning/certificateSummary';
import { certificateCqcId, groupedFingerprint } from '../../../shared/documentSigning/certificateSummary';
import type { SigningStatus } from '../../../shared/documentSigning/signingStatus';
import { formatMomentDate } from '../../../shared/dates';
import { protectionWording } from './documentSigningWording';

interface DocumentSigningCertificateProps {
  certificate: CertificateSummary;
  status: SigningStatus;
}

export function DocumentSigningCertificate({ certificate, status }: DocumentSigningCertificateProps) {
  const cqc = certificateCqcId(certificate);
  const organisation =
    certificate.organisation !== null && certificate.organisation !== certificate.commonName
      ? certificate.organisation
      : null;
  const since = status.since === null ? '' : `, in use since ${formatMomentDate(status.since)}`;
  return (
    <dl className="details-list signing-certificate">
      <dt>Who it names</dt>
      <dd>
        <span className="signing-certificate__name">{certificate.commonName}</span>
        {organisation !== null && <span className="details-list__hint">{organisation}</span>}
        <span className="details-list__hint">
          {cqc === null ? 'No CQC location ID' : `CQC location ID ${cqc}`}
        </span>
      </dd>
      <dt>Fingerprint (SHA-256)</dt>
      <dd>
        <code className="fingerprint" data-testid="signing-fingerprint">
          {groupedFingerprint(certificate.fingerprint)}
        </code>
        <span className="details-list__hint">
          A PDF reader shows the same fingerprint in the signature’s certificate details.
        </span>
      </dd>
      <dt>Valid</dt>
      <dd>
        from {formatMomentDate(certificate.validFrom)} to {formatMomentDate(certificate.validTo)}
      </dd>
      <dt>Where it came from</dt>
      <dd>
        {status.source === 'imported'
          ? 'Imported from a .p12 file'
          : status.usable
            ? 'Made by this app on this PC'
            : 'Made by this app'}
        {since}
      </dd>
      {!certificate.selfSigned && (
        <>
          <dt>Issued by</dt>
          <dd>{certificate.issuer}</dd>
        </>
      )}
      <dt>How the key is kept</dt>
      <dd>
        {status.protection === 'test-key' ? (
          <strong className="signing-test-key">{protectionWording['test-key']}</strong>
        ) : status.protection === null ? (
          'Not known'
        ) : (
          protectionWording[status.protection]
        )}
        {status.protection === 'basic' && (
          <span className="details-list__hint">
            Anyone who can copy the app’s data folder could copy the key. Ask IT to set up a key store.
          </span>
        )}
      </dd>
    </dl>
  );
}
