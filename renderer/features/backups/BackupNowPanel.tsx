/**
 * "Back up now": the newest backup on this PC and a button that makes another, checked by main
 * before it is called good. Automatic backups are described so the manager knows they exist.
 */
import { useState } from 'react';
import type { BackupStatus } from '../../../shared/backup/backupContract';
import { backUp } from '../../actions/backUp';
import { useDatabase } from '../../app/databaseContext';
import { backupMoment, fileSize } from '../../components/backupWording';
import { useAction } from '../../components/useAction';

export function BackupNowPanel({
  status,
  onChanged,
}: {
  status: BackupStatus | null;
  onChanged: () => void;
}) {
  const db = useDatabase();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const working = useAction(
    () => backUp(db, 'manual', { onProgress: (doneRows, total) => setProgress({ done: doneRows, total }) }),
    'The backup could not be made. Nothing was saved; please try again.',
  );

  async function backUpNow() {
    setDone(null);
    setProgress(null);
    const outcome = await working.run();
    setProgress(null);
    if (outcome.ok && outcome.value.outcome === 'saved') {
      const { backup, warning } = outcome.value;
      setDone(
        `Backed up and checked: ${backup.fileName} (${fileSize(backup.bytes)}).${warning === null ? '' : ` ${warning}`}`,
      );
    }
    onChanged();
  }

  const newest = status?.newest ?? null;
  return (
    <section className="panel" aria-labelledby="backups-now">
      <h2 id="backups-now">Backups on this PC</h2>
      <p>
        Care Appraisals backs up the staff register, every appraisal (drafts included), the frameworks, the
        settings and the activity log: on the first start each day, before an update and before any records
        are destroyed. It keeps 7 daily, 4 weekly and 12 monthly backups.
      </p>
      <p className="backups__newest">
        {status === null
          ? 'Looking for backups…'
          : newest === null
            ? 'There is no backup on this PC yet.'
            : `Last backup: ${backupMoment(newest.createdAt)}${newest.verified ? ', checked and complete.' : '.'}`}
      </p>
      <div className="form__actions">
        <button type="button" className="button" disabled={working.busy} onClick={() => void backUpNow()}>
          {working.busy ? 'Backing up…' : 'Back up now'}
        </button>
      </div>
      <div aria-live="polite">
        {working.busy && progress !== null && progress.total > 0 && (
          <label className="backups__progress">
            <span>
              Backing up: {progress.done} of {progress.total} records
            </span>
            <progress max={progress.total} value={progress.done} />
          </label>
        )}
        {working.error !== null && (
          <p role="alert" className="notice notice--error">
            {working.error.message}
          </p>
        )}
        {done !== null && <p className="notice notice--success">{done}</p>}
      </div>
    </section>
  );
}
