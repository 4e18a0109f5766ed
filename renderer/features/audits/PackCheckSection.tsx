/**
 * "Check a pack": main opens a ZIP the manager chooses and compares every file with the pack's
 * manifest and the audit log's chain; the answer is said in plain English, problem by problem.
 */
import { useState } from 'react';
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
        Checks an inspection pack or subject access bundle made by this app: every file in it must match the
        fingerprint in its manifest, none may be missing or added, and the audit log inside must be unbroken.
      </p>
      <CheckWithAnswer label="Choose a pack to check…" checking={checking} onCheck={check}>
        {result !== null && <PackCheckResult result={result} />}
      </CheckWithAnswer>
    </section>
  );
}

function PackCheckResult({ result }: { result: CheckedPack }) {
  const listed = result.files.filter((file) => file.status !== 'extra').length;
  if (result.intact) {
    return (
      <p className="notice notice--success">
        The pack “{result.fileName}” is intact. All {listed} files match the manifest and the audit log’s
        chain holds ({countOf(result.auditChain.count, 'entry', 'entries')}).
      </p>
    );
  }
  const problems = [
    ...result.problems,
    ...result.auditChain.problems.filter((problem) => !result.problems.includes(problem)),
  ];
  return (
    <div role="alert" className="notice notice--error">
      <p className="notice__message">
        The pack “{result.fileName}” has been changed since it was made.{' '}
        {problems.length === 1 ? 'One problem was found:' : `${problems.length} problems were found:`}
      </p>
      <ul className="problem-list">
        {problems.map((problem, index) => (
          // Two records can read alike (one person, one day, one version), so the place keys them too.
          <li key={`${index} ${problem}`}>{problem}</li>
        ))}
      </ul>
      <p>
        {result.auditChain.intact
          ? 'The audit log’s chain holds.'
          : 'The audit log in the pack is broken: an entry was changed, removed or added.'}{' '}
        The app’s own records are not affected; make a fresh pack if you need one.
      </p>
    </div>
  );
}
