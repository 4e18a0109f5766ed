/**
 * The sealed PDF's digital signature, as main checked it beside the fingerprints: who signed it
 * (the home's certificate), or why the signature no longer holds. Said apart from the file check
 * so a manager can tell which of the two failed.
 */
import { certificateName, groupedFingerprint } from '../../../shared/documentSigning/certificateSummary';
import { formatDateLong } from '../../../shared/dates';
import type { DocumentCheck } from './useDocumentCheck';

export function SignaturePanel({ check }: { check: DocumentCheck }) {
  if (check.state !== 'done') return null;
  const { signature } = check.result;
  if (signature.status === 'unsigned')
    return (
      <p className="integrity integrity--plain" role="status">
        This document was sealed before Care Appraisals signed documents digitally, so its PDF carries no
        digital signature; its fingerprint (above) is what shows it is unchanged.
      </p>
    );
  if (signature.status === 'broken')
    return (
      <section className="warning-panel" role="alert" aria-labelledby="signature-title">
        <h2 id="signature-title" className="warning-panel__title">
          Warning: the PDF&rsquo;s digital signature is broken
        </h2>
        <p>{signature.problem}</p>
        <p>
          A PDF reader will show this document as changed since it was signed. Restore the data folder from a
          backup, and tell whoever looks after this computer.
        </p>
      </section>
    );
  const certificate = signature.signedBy;
  return (
    <div className="integrity integrity--intact" role="status">
      <p className="integrity__title">
        <span aria-hidden="true">✓ </span>Digitally signed by{' '}
        {signature.signedBy === null ? 'an unknown signer' : certificateName(signature.signedBy)}: the
        signature is valid and covers the whole PDF.
      </p>
      {certificate !== null && (
        <details className="integrity__details">
          <summary>Signing certificate</summary>
          <p>
            SHA-256 fingerprint:{' '}
            <code className="fingerprint fingerprint--full" data-testid="signing-certificate">
              {groupedFingerprint(certificate.fingerprint)}
            </code>
          </p>
          <p>
            Valid from {formatDateLong(certificate.validFrom.slice(0, 10))} to{' '}
            {formatDateLong(certificate.validTo.slice(0, 10))}.
            {certificate.selfSigned &&
              ' The home made this certificate itself, so a PDF reader may say its signer is not known to it; the signature still shows any change to the document.'}
          </p>
          {certificate.isTestKey && (
            <p className="integrity__warning">
              This is a test key made by the browser harness: not for real records.
            </p>
          )}
        </details>
      )}
    </div>
  );
}
