/**
 * What the app shows when its database cannot be opened. Nothing has been changed: a database
 * written by a newer version is left for that version (update the app), and one that cannot be
 * opened is left exactly as it is until the manager chooses to replace it with the newest
 * backup or rebuild it from the signed documents.
 */
import { useEffect, useState } from 'react';
import type { BackupStatus } from '../../../shared/backup/backupContract';
import { readBackupStatus } from '../../actions/backupQueries';
import type { DatabaseOpening } from '../../app/openAppDatabase';
import { actionError } from '../../components/actionError';
import { PageHeading } from '../../components/PageHeading';
import { RecoveryChoices } from './RecoveryChoices';
import './recovery.css';

type Unopened = Exclude<DatabaseOpening, { kind: 'open' }>;

export function RecoveryScreen({ opening }: { opening: Unopened }) {
  return (
    <main className="recovery">
      {opening.kind === 'newer' ? (
        <NewerDatabase opening={opening} />
      ) : (
        <CannotOpen reason={opening.reason} />
      )}
    </main>
  );
}

function NewerDatabase({ opening }: { opening: Extract<Unopened, { kind: 'newer' }> }) {
  return (
    <>
      <PageHeading title="Care Appraisals needs updating" />
      <p className="lead">
        The records on this PC were saved by a newer version of Care Appraisals, which this version cannot
        read (their format is version {opening.found}; this version reads up to {opening.supported}).
      </p>
      <p>
        <strong>Nothing has been changed or deleted.</strong> Install the newest version of Care Appraisals
        (ask IT if you cannot), then open it again: every record will be there.
      </p>
      <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
        Try again
      </button>
    </>
  );
}

function CannotOpen({ reason }: { reason: string }) {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    readBackupStatus().then(setStatus, (caught: unknown) =>
      setProblem(actionError(caught, 'The backups could not be listed.').message),
    );
  }, []);

  const canRecover = status !== null && (status.newest !== null || status.sealedInVault > 0);
  return (
    <>
      <PageHeading title="Care Appraisals cannot open its records" />
      <p className="lead">
        The records on this PC could not be opened: <span className="recovery__reason">{reason}</span>
      </p>
      <p>
        <strong>Nothing has been changed or deleted.</strong> Close every other Care Appraisals window and try
        again. If it still cannot open them, bring the records back below: the records that cannot be opened
        are then replaced.
      </p>
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
          Try again
        </button>
      </div>
      {problem !== null && (
        <p role="alert" className="notice notice--error">
          {problem}
        </p>
      )}
      {status !== null && !canRecover && (
        <p className="notice">
          There is no backup or signed document on this PC to bring them back from. Copy the whole data folder
          to a USB stick and ask IT or support for help.
        </p>
      )}
      {status !== null && canRecover && (
        <RecoveryChoices status={status} database={null} onRecovered={() => window.location.reload()} />
      )}
    </>
  );
}
