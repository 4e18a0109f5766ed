/**
 * Settings → Backups: the backups on this PC and in the folder off it, making one now, copying
 * off this PC, and restoring (from a listed backup or a file the manager chooses).
 */
import { useNavigate } from 'react-router';
import { chooseBackupFile } from '../../actions/backupQueries';
import { restoreBackupPath } from '../../app/paths';
import { PageHeading } from '../../components/PageHeading';
import { useAction } from '../../components/useAction';
import { BackupNowPanel } from './BackupNowPanel';
import { BackupsTable } from './BackupsTable';
import { CopyOffPanel } from './CopyOffPanel';
import { useBackups } from './useBackups';
import './backups.css';

export function BackupsPage() {
  const navigate = useNavigate();
  const { status, backups, problem, refresh } = useBackups();
  const choosing = useAction(chooseBackupFile, 'The backup file could not be opened. Please try again.');

  async function restoreFromFile() {
    const outcome = await choosing.run();
    if (outcome.ok && outcome.value !== null) void navigate(restoreBackupPath(outcome.value));
  }

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
          <button
            type="button"
            className="button button--secondary"
            disabled={choosing.busy}
            onClick={() => void restoreFromFile()}
          >
            Restore from a file…
          </button>
        </div>
        {choosing.error !== null && (
          <p role="alert" className="notice notice--error">
            {choosing.error.message}
          </p>
        )}
      </section>
    </>
  );
}
