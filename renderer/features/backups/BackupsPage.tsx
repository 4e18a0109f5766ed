/**
 * Settings → Backups: the backups on this PC and in the folder off it, making one now, copying
 * off this PC, and restoring (from a listed backup or a file the manager chooses).
 */
import { useNavigate } from 'react-router';
import { restoreBackupPath } from '../../app/paths';
import { PageHeading } from '../../components/PageHeading';
import { ChooseBackupFileButton } from '../../components/restore/ChooseBackupFileButton';
import { BackupNowPanel } from './BackupNowPanel';
import { BackupsTable } from './BackupsTable';
import { CopyOffPanel } from './CopyOffPanel';
import { useBackups } from './useBackups';
import './backups.css';

export function BackupsPage() {
  const navigate = useNavigate();
  const { status, backups, problem, refresh } = useBackups();

  return (
    <>
      <PageHeading title="Backups" />
      <p className="lead">
        Keep the records safe from a broken or lost PC, and bring them back from a backup when you need to.
      </p>
      {problem !== null && (
        <p role="alert" className="notice notice--error">
          {problem}
        </p>
      )}
      <div className="backups__panels">
        <BackupNowPanel status={status} onChanged={refresh} />
        <CopyOffPanel status={status} onChanged={refresh} />
      </div>
      <section className="panel backups__list" aria-labelledby="backups-list">
        <h2 id="backups-list">Every backup</h2>
        <p>
          Restoring replaces everything on this PC with what the backup holds. You see both side by side
          first, and a safety backup of what is here now is taken before anything is replaced.
        </p>
        {backups === null ? (
          problem === null && <p>Looking for backups…</p>
        ) : (
          <BackupsTable backups={backups} />
        )}
        <div className="form__actions">
          <ChooseBackupFileButton
            label="Restore from a file…"
            onChosen={(backupId) => void navigate(restoreBackupPath(backupId))}
          />
        </div>
      </section>
    </>
  );
}
