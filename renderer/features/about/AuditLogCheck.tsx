/**
 * "Check the audit log": re-verifies the whole hash chain in main and says, in plain words,
 * whether every recorded event is still exactly as written. The check is itself logged.
 */
import { useState } from 'react';
import type { ResponseOf } from '../../../shared/ipc';
import { formatFingerprint } from '../../../shared/documents/fingerprint';
import { checkAuditLog } from '../../actions/exports';
import { CheckWithAnswer } from '../../components/CheckWithAnswer';
import { useAction } from '../../components/useAction';

type ChainCheck = ResponseOf<'audit:verify'>;

export function AuditLogCheck() {
  const [result, setResult] = useState<ChainCheck | null>(null);
  const checking = useAction(checkAuditLog, 'The audit log could not be checked.');

  async function check() {
    const outcome = await checking.run();
    setResult(outcome.ok ? outcome.value : null);
  }

  return (
    <section className="panel" aria-labelledby="about-audit">
      <h2 id="about-audit">Audit log</h2>
      <p>
        Every appraisal that is started, signed, sealed, amended, printed, saved or checked is written to a
        log in the data folder. Each entry carries a fingerprint of the one before it, so a changed, removed
        or inserted entry shows up when the log is checked.
      </p>
      <CheckWithAnswer label="Check the audit log" checking={checking} onCheck={check}>
        {result?.intact === true && (
          <p className="notice notice--success">
            The audit log is intact:{' '}
            {result.count === 1
              ? 'its one entry is exactly as it was written.'
              : `all ${result.count.toLocaleString('en-GB')} entries are exactly as they were written.`}{' '}
            Latest fingerprint: <code>{formatFingerprint(result.head).slice(0, 19)}…</code>
          </p>
        )}
        {result?.intact === false && (
          <div role="alert" className="notice notice--error">
            <p>
              The audit log has been changed outside the app.{' '}
              {result.problems.length === 1 ? 'One problem was' : `${result.problems.length} problems were`}{' '}
              found:
            </p>
            <ul>
              {result.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
            <p>
              Signed documents are still checked one by one against their own fingerprints. Tell whoever looks
              after this computer.
            </p>
          </div>
        )}
        {result !== null && result.signatureProblems.length === 0 && result.signaturesChecked > 0 && (
          <p className="notice notice--success">
            {result.signaturesChecked === 1
              ? "The sealed document's digital signature is valid and is the one recorded when it was sealed."
              : `All ${result.signaturesChecked.toLocaleString('en-GB')} sealed documents' digital signatures are valid and are the ones recorded when they were sealed.`}
          </p>
        )}
        {result !== null && result.signatureProblems.length > 0 && (
          <div role="alert" className="notice notice--error">
            <p>
              {result.signatureProblems.length === 1
                ? 'One sealed document no longer carries the digital signature it was sealed with'
                : `${result.signatureProblems.length.toLocaleString('en-GB')} sealed documents no longer carry the digital signature they were sealed with`}{' '}
              (of {result.signaturesChecked.toLocaleString('en-GB')} checked):
            </p>
            <ul>
              {result.signatureProblems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
            <p>
              Do not rely on those PDFs in the data folder. Restore the data folder from a backup, and tell
              whoever looks after this computer.
            </p>
          </div>
        )}
      </CheckWithAnswer>
    </section>
  );
}
