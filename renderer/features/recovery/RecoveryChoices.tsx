/**
 * The ways back when the records on this PC are missing or cannot be opened: the newest checked
 * backup, a rebuild from the signed documents, or (only when the records are merely empty)
 * starting afresh. Never a silent empty start.
 */
import { useState } from 'react';
import type { BackupId, BackupStatus } from '../../../shared/backup/backupContract';
import { backupMoment, countsText } from '../../components/backupWording';
import { replaceUnopenedDatabase } from '../../actions/replaceUnopenedDatabase';
import { ChooseBackupFileButton } from '../../components/restore/ChooseBackupFileButton';
import { RestoreFlow } from '../../components/restore/RestoreFlow';
import type { AppDatabase } from '../../db/database';
import { RebuildFlow } from './RebuildFlow';

interface RecoveryChoicesProps {
  status: BackupStatus;
  /** What is on this PC now, which a restore or rebuild replaces; null when it cannot be opened. */
  database: AppDatabase | null;
  /** Called once the records are back; the app then opens as usual. */
  onRecovered: () => void;
  /** Offered only when the records are empty, not when they cannot be opened. */
  onStartAfresh?: () => void;
}

export function RecoveryChoices({ status, database, onRecovered, onStartAfresh }: RecoveryChoicesProps) {
  const [choice, setChoice] = useState<{ restore: BackupId } | 'rebuild' | null>(null);
  const newest = status.newest;

  if (choice !== null && choice !== 'rebuild')
    return (
      <RestoreFlow
        database={database}
        backupId={choice.restore}
        cancelLabel="Back"
        doneLabel="Open Care Appraisals"
        onCancel={() => setChoice(null)}
        onDone={onRecovered}
      />
    );
  if (choice === 'rebuild')
    return (
      <RebuildFlow
        database={
          database === null
            ? async () => (await replaceUnopenedDatabase()).fresh
            : () => Promise.resolve(database)
        }
        sealedInVault={status.sealedInVault}
        onCancel={() => setChoice(null)}
        onDone={onRecovered}
      />
    );

  return (
    <div className="recovery__choices">
      {newest !== null && (
        <section className="panel" aria-labelledby="recovery-restore">
          <h2 id="recovery-restore">Restore the newest backup</h2>
          <p>
            Made {backupMoment(newest.createdAt)}. It holds {countsText(newest.counts)}. You see what it holds
            before anything is replaced.
          </p>
          <button type="button" className="button" onClick={() => setChoice({ restore: newest.backupId })}>
            Restore this backup…
          </button>
        </section>
      )}
      {status.sealedInVault > 0 && (
        <section className="panel" aria-labelledby="recovery-rebuild">
          <h2 id="recovery-rebuild">Rebuild records from the signed documents</h2>
          <p>
            This PC keeps {status.sealedInVault} signed{' '}
            {status.sealedInVault === 1 ? 'appraisal' : 'appraisals'}. They can all come back, with the people
            who signed them; drafts cannot.
          </p>
          <button
            type="button"
            className={newest === null ? 'button' : 'button button--secondary'}
            onClick={() => setChoice('rebuild')}
          >
            Rebuild records…
          </button>
        </section>
      )}
      <section className="panel" aria-labelledby="recovery-file">
        <h2 id="recovery-file">Restore from a backup file</h2>
        <p>
          Moving from another PC, or keeping backups on a USB stick? Choose a file named
          “care-appraisals-backup …” from its “Care Appraisals backups” folder.
        </p>
        <ChooseBackupFileButton
          label="Restore from a file…"
          onChosen={(backupId) => setChoice({ restore: backupId })}
        />
      </section>
      {onStartAfresh !== undefined && (
        <section className="panel" aria-labelledby="recovery-afresh">
          <h2 id="recovery-afresh">Start afresh</h2>
          <p>
            Set Care Appraisals up as a new home. The signed documents and backups stay where they are, so you
            can still rebuild or restore later.
          </p>
          <button type="button" className="button button--secondary" onClick={onStartAfresh}>
            Start afresh
          </button>
        </section>
      )}
    </div>
  );
}
