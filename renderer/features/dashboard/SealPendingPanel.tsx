/**
 * Appraisals both people signed whose seal was never completed (sealing failed, or the app
 * stopped): each can be sealed again from here, so a signed record never waits unseen.
 */
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Appraisal } from '../../../shared/appraisal/appraisal';
import { useDatabase } from '../../app/databaseContext';
import { useNotify } from '../../components/noticeContext';
import { appraisalDocumentPath, signAppraisalPath } from '../../app/paths';

export function SealPendingPanel({ waiting }: { waiting: readonly Appraisal[] }) {
  // Held here, not in the row: a sealed row unmounts as soon as the store records the seal.
  const notify = useNotify();
  const navigate = useNavigate();
  const onSealed = (appraisal: Appraisal, message: string) => {
    const to = appraisalDocumentPath(appraisal.id);
    notify(message, to);
    void navigate(to);
  };
  if (waiting.length === 0) return null;
  return (
    <section className="dashboard-panel dashboard-panel--alert" aria-labelledby="seal-pending-heading">
      <h2 id="seal-pending-heading">Signed but not sealed yet ({waiting.length})</h2>
      <p>
        Both people signed these appraisals, but the record was not sealed. The signatures are kept. Try
        sealing again; if it still fails, the reason is shown.
      </p>
      <ul className="draft-list">
        {waiting.map((appraisal) => (
          <SealPendingItem key={appraisal.id} appraisal={appraisal} onSealed={onSealed} />
        ))}
      </ul>
    </section>
  );
}

function SealPendingItem({
  appraisal,
  onSealed,
}: {
  appraisal: Appraisal;
  onSealed: (appraisal: Appraisal, message: string) => void;
}) {
  const db = useDatabase();
  const [sealing, setSealing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const name = appraisal.header.staffName;

  async function seal() {
    setSealing(true);
    setProblem(null);
    // Sealing's code (the document, the signing) loads only when a seal is retried.
    const { sealCountersigned } = await import('../../actions/sealAppraisal');
    const outcome = await sealCountersigned(db, appraisal);
    setSealing(false);
    if (outcome.sealed) onSealed(appraisal, outcome.adopted ?? `Sealed the appraisal of ${name}`);
    else setProblem(outcome.message);
  }

  return (
    <li className="draft-list__item draft-list__item--stacked">
      <span>
        <span className="person-name">{name}</span>
        <span className="muted">Signed by both, version {appraisal.version}</span>
      </span>
      <span className="inline-actions">
        <button type="button" className="button button--small" disabled={sealing} onClick={() => void seal()}>
          {sealing ? 'Sealing…' : 'Try sealing again'}
          <span className="visually-hidden"> for the appraisal of {name}</span>
        </button>
        <Link to={signAppraisalPath(appraisal.id)}>
          Open<span className="visually-hidden"> the signatures of {name}</span>
        </Link>
      </span>
      {problem !== null && (
        <p role="alert" className="notice notice--error">
          {problem}
        </p>
      )}
    </li>
  );
}
