/**
 * "Rebuild records from the signed documents": every sealed appraisal the vault holds comes back,
 * each person as named when they signed, every version with its status. Drafts were never
 * sealed, so they cannot come back, and the screen says so before anything is done.
 */
import { useState } from 'react';
import { rebuildFromVault, type RebuildOutcome } from '../../actions/rebuildFromVault';
import { useAction } from '../../components/useAction';
import type { AppDatabase } from '../../db/database';

interface RebuildFlowProps {
  /** The database to rebuild into (made empty first on the recovery screen), or how to get it. */
  database: () => Promise<AppDatabase>;
  sealedInVault: number;
  onCancel: () => void;
  onDone: () => void;
}

export function RebuildFlow({ database, sealedInVault, onCancel, onDone }: RebuildFlowProps) {
  const [done, setDone] = useState(0);
  const [outcome, setOutcome] = useState<RebuildOutcome | null>(null);
  const working = useAction(
    async () => rebuildFromVault(await database(), { onProgress: setDone }),
    'The records could not be rebuilt. Please try again; the signed documents are untouched.',
  );

  async function rebuild() {
    const result = await working.run();
    if (result.ok) setOutcome(result.value);
  }

  if (outcome !== null)
    return (
      <>
        <p className="notice notice--success" role="status">
          Rebuilt {outcome.documents} signed {outcome.documents === 1 ? 'document' : 'documents'}:{' '}
          {outcome.people} {outcome.people === 1 ? 'person' : 'people'}, {outcome.signed} signed{' '}
          {outcome.signed === 1 ? 'appraisal' : 'appraisals'}
          {outcome.replaced > 0 ? ` and ${outcome.replaced} replaced by an amendment` : ''}.
        </p>
        {outcome.leftOut.length > 0 && (
          <div className="notice notice--error" role="note">
            <p className="notice__message">
              {outcome.leftOut.length === 1 ? 'One document was' : `${outcome.leftOut.length} documents were`}{' '}
              left out:
            </p>
            <ul className="problem-list">
              {outcome.leftOut.slice(0, 10).map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        )}
        {outcome.toCheck.length > 0 && (
          <div className="notice" role="note">
            <p className="notice__message">Please check:</p>
            <ul className="problem-list">
              {outcome.toCheck.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </div>
        )}
        <button type="button" className="button" onClick={onDone}>
          Open Care Appraisals
        </button>
      </>
    );

  return (
    <div className="warning-panel">
      <h2 className="warning-panel__title">Rebuild records from the signed documents</h2>
      <p>
        This brings back{' '}
        {sealedInVault === 1 ? 'the one signed appraisal' : `all ${sealedInVault} signed appraisals`} kept on
        this PC, each person as they were named when they signed, and every version with its amendments.
      </p>
      <p>
        <strong>Drafts cannot come back</strong>: they were never signed, so only the database held them.
        Restore a backup instead if you have one from after the drafts were written.
      </p>
      <div className="form__actions">
        <button type="button" className="button" disabled={working.busy} onClick={() => void rebuild()}>
          {working.busy ? 'Rebuilding…' : 'Rebuild records'}
        </button>
        {!working.busy && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Back
          </button>
        )}
      </div>
      <div aria-live="polite">
        {working.busy && done > 0 && <p>Read {done} signed documents…</p>}
        {working.error !== null && (
          <p role="alert" className="notice notice--error">
            {working.error.message}
          </p>
        )}
      </div>
    </div>
  );
}
