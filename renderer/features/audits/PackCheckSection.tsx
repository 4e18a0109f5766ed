/**
 * "Check a pack": main opens a ZIP the manager chooses, checks the home's signature over its
 * manifest and compares every file with the manifest and the audit log's chain; the answer is
 * said in plain English, problem by problem, naming the certificate that signed the pack.
 */
import { useState } from 'react';
import { certificateName, groupedFingerprint } from '../../../shared/documentSigning/certificateSummary';
import type { ManifestSignature } from '../../../shared/documentSigning/signingStatus';
import type { PackCheck } from '../../../shared/exports/exportJob';
import { checkPack } from '../../actions/exports';
import { CheckWithAnswer } from '../../components/CheckWithAnswer';
import { useAction } from '../../components/useAction';
import { countOf } from '../../../shared/text/countOf';

type CheckedPack = Extract<PackCheck, { chosen: true }>;

export function PackCheckSection() {
  const [result, setResult] = useState<CheckedPack | null>(null);
  const checking = useAction(checkPack, 'The pack could not be checked.');

  async function check() {
    const outcome = await checking.run();
    if (!outcome.ok) setResult(null);
    // Closing the dialog without choosing keeps whatever was shown before.
    else if (outcome.value.chosen) setResult(outcome.value);
  }

  return (
    <section className="panel" aria-labelledby="audits-check">
      <h2 id="audits-check">Check a pack</h2>
      <p>
        Checks an inspection pack or subject access bundle made by this app: its manifest must carry the
        home’s signature, every file in it must match the fingerprint in its manifest, none may be missing or
        added, and the audit log inside must be unbroken.
      </p>
      <CheckWithAnswer label="Choose a pack to check…" checking={checking} onCheck={check}>
        {result !== null && <PackCheckResult result={result} />}
      </CheckWithAnswer>
    </section>
  );
}

/**
 * Who signed the pack, with the fingerprint to compare with the home's, and a test key said
 * plainly; `lead` goes before it in the same paragraph.
 */
function SignedBy({ signature, lead = '' }: { signature: ManifestSignature; lead?: string }) {
  const certificate = signature.signedBy;
  if (signature.status !== 'valid' || certificate === null) return null;
  return (
    <>
      <p data-testid="pack-signer">
        {lead}Signed by <strong>{certificateName(certificate)}</strong>, certificate SHA-256:
        <br />
        <code className="fingerprint">{groupedFingerprint(certificate.fingerprint)}</code>
        <br />
        This is a certificate the home has signed with: its audit log recorded it when it was made or
        imported. Settings shows the one in use now, under Document signing.
      </p>
      {certificate.isTestKey && (
        <p data-testid="pack-test-key">
          <strong>
            This pack is signed with a test key made by the browser harness, not with a home’s own key: its
            signature shows nothing about a real home.
          </strong>
        </p>
      )}
    </>
  );
}

function PackCheckResult({ result }: { result: CheckedPack }) {
  const { signature } = result;
  const listed = result.files.filter((file) => file.status !== 'extra').length;
  if (result.intact) {
    return (
      <>
        <p className="notice notice--success">
          The pack “{result.fileName}” is intact. Its signature holds, all {listed} files match the manifest
          and the audit log’s chain holds ({countOf(result.auditChain.count, 'entry', 'entries')}).
        </p>
        <SignedBy signature={signature} />
      </>
    );
  }
  const problems = [
    ...result.problems,
    ...result.auditChain.problems.filter((problem) => !result.problems.includes(problem)),
  ];
  // The signature's own sentence is said first, on its own, rather than in the list.
  const listedProblems = problems.filter((problem) => problem !== signature.problem);
  const unsignedOnly = signature.status === 'missing' && listedProblems.length === 0;
  const strangerOnly = signature.status === 'unknown-signer' && listedProblems.length === 0;
  return (
    <div role="alert" className="notice notice--error">
      <p className="notice__message">
        {unsignedOnly
          ? `The pack “${result.fileName}” is not signed, so it cannot be shown to be as the home made it.`
          : strangerOnly
            ? `The pack “${result.fileName}” is not signed by this home.`
            : `The pack “${result.fileName}” has been changed since it was made.`}{' '}
        {problems.length === 1 ? 'One problem was found:' : `${problems.length} problems were found:`}
      </p>
      {signature.problem !== null && (
        <p className="notice__message" data-testid="pack-signature-problem">
          <strong>{signature.problem}</strong>
        </p>
      )}
      {listedProblems.length > 0 && (
        <ul className="problem-list">
          {listedProblems.map((problem, index) => (
            // Two records can read alike (one person, one day, one version), so the place keys them too.
            <li key={`${index} ${problem}`}>{problem}</li>
          ))}
        </ul>
      )}
      <SignedBy
        signature={signature}
        lead="The manifest’s signature holds, so these changes were made after the home made the pack. "
      />
      {signature.status === 'unknown-signer' && signature.signedBy !== null && (
        <p data-testid="pack-unknown-signer">
          The certificate that signed it names <strong>{certificateName(signature.signedBy)}</strong>,
          SHA-256:
          <br />
          <code className="fingerprint">{groupedFingerprint(signature.signedBy.fingerprint)}</code>
        </p>
      )}
      <p>
        {result.auditChain.intact
          ? 'The audit log’s chain holds.'
          : 'The audit log in the pack is broken: an entry was changed, removed or added.'}{' '}
        The app’s own records are not affected; make a fresh pack if you need one.
      </p>
    </div>
  );
}
