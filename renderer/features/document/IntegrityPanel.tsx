/** Whether the stored document is exactly as sealed: calm when it is, a clear warning when not. */
import type { SealedInfo } from '../../../shared/appraisal/appraisal';
import { formatFingerprint } from '../../../shared/documents/fingerprint';
import type { DocumentCheck } from './useDocumentCheck';

export function IntegrityPanel({ check, sealed }: { check: DocumentCheck; sealed: SealedInfo }) {
  if (check.state === 'checking') {
    return (
      <p role="status" className="integrity integrity--checking">
        Checking the stored document…
      </p>
    );
  }
  if (check.state === 'failed') {
    return (
      <div role="alert" className="notice notice--error">
        <p className="notice__message">The stored document could not be checked: {check.message}</p>
      </div>
    );
  }
  const { integrity, signature } = check.result;
  if (integrity.status === 'intact') {
    // The files can agree with a seal record rewritten to match them; then the signature tells.
    const signatureBroken = signature.status === 'broken';
    return (
      <div
        className={`integrity ${signatureBroken ? 'integrity--plain' : 'integrity--intact'}`}
        role="status"
      >
        <p className="integrity__title">
          {signatureBroken ? (
            'The stored files match the fingerprints in their seal record, but the PDF’s signature does not (below).'
          ) : (
            <>
              <span aria-hidden="true">✓ </span>Checked: the stored document is exactly as it was sealed.
            </>
          )}
        </p>
        <details className="integrity__details">
          <summary>
            Fingerprint <code className="fingerprint">{sealed.fingerprint.slice(0, 16)}…</code>
          </summary>
          <p>
            The full fingerprint, printed at the foot of every page of the PDF:{' '}
            <code className="fingerprint fingerprint--full">{formatFingerprint(sealed.fingerprint)}</code>
          </p>
          <p>
            The PDF file&rsquo;s own SHA-256, to check a saved copy:{' '}
            <code className="fingerprint fingerprint--full" data-testid="pdf-sha256">
              {sealed.pdfSha256}
            </code>
          </p>
        </details>
      </div>
    );
  }
  return (
    <section className="warning-panel" role="alert" aria-labelledby="integrity-title">
      <h2 id="integrity-title" className="warning-panel__title">
        {integrity.status === 'missing'
          ? 'Warning: the stored document is missing'
          : 'Warning: the stored document has been changed since it was sealed'}
      </h2>
      <ul className="warning-panel__list">
        {integrity.problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <p>
        Do not rely on the stored copy. Ask whoever looks after this computer to restore the data folder from
        its backup. The printed copy given to the member of staff is still valid if its fingerprint matches:
      </p>
      <p>
        <code className="fingerprint fingerprint--full">{formatFingerprint(sealed.fingerprint)}</code>
      </p>
    </section>
  );
}
