/** A checked backup beside what is here, the records it cannot bring PDFs for, and the one button that replaces. */
import type { RestorePlan } from '../../actions/restoreBackup';
import { backupMoment } from '../backupWording';
import { RestoreComparison } from './RestoreComparison';

interface RestoreReadyProps {
  plan: RestorePlan;
  /** What the restore is doing, while it runs. */
  busyStage: string | null;
  failure: string | null;
  cancelLabel: string;
  onReplace: () => void;
  onCancel: () => void;
}

export function RestoreReady({
  plan,
  busyStage,
  failure,
  cancelLabel,
  onReplace,
  onCancel,
}: RestoreReadyProps) {
  const { backup, missingSealed } = plan.check;
  const one = missingSealed.length === 1;
  return (
    <>
      <p className="lead">
        The backup {backup.fileName} is complete and checked. Look at what it holds beside what is on this PC
        now before you replace anything.
      </p>
      <RestoreComparison plan={plan} />
      {missingSealed.length > 0 && (
        <div className="notice" role="note">
          <p className="notice__message">
            {one ? 'One signed record' : `${missingSealed.length} signed records`} in this backup{' '}
            {one ? 'has' : 'have'} no signed PDF on this PC or in the backup folder, so {one ? 'it' : 'they'}{' '}
            will be listed but cannot be opened:
          </p>
          <ul className="problem-list">
            {missingSealed.slice(0, 10).map((missing) => (
              <li key={missing.documentId}>{missing.staffName}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="warning-panel">
        <h2 className="warning-panel__title">Replace what is on this PC?</h2>
        <p>
          Everything on this PC (the register, appraisals, drafts, frameworks and settings) is replaced by the
          backup. Anything done since {backupMoment(backup.createdAt)} is replaced too. A safety backup of
          what is here now is taken first, so this can be undone by restoring that.
        </p>
        <div className="form__actions">
          <button
            type="button"
            className="button button--danger"
            disabled={busyStage !== null}
            onClick={onReplace}
          >
            {busyStage === null ? 'Replace with this backup' : 'Restoring…'}
          </button>
          {busyStage === null && (
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {cancelLabel}
            </button>
          )}
        </div>
        <div aria-live="polite">
          {busyStage !== null && <p>{busyStage}</p>}
          {failure !== null && (
            <p role="alert" className="notice notice--error">
              {failure}
            </p>
          )}
        </div>
      </div>
    </>
  );
}
