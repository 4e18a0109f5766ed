/**
 * "Back up now": the newest backup on this PC and a button that makes another, checked by main
 * before it is called good, with its progress and Cancel (a cancelled backup leaves no file).
 * Automatic backups are described so the manager knows they exist.
 */
import { useRef, useState } from 'react';
import type { BackupStatus } from '../../../shared/backup/backupContract';
import { backUp } from '../../actions/backUp';
import { useDatabase } from '../../app/databaseContext';
import { backupMoment } from '../../components/backupWording';
import { fileSize } from '../../components/fileSize';
import { useAction } from '../../components/useAction';
import { useRevealWhenDone } from '../../components/useRevealWhenDone';

export function BackupNowPanel({
  status,
  onChanged,
}: {
  status: BackupStatus | null;
  onChanged: () => void;
}) {
  const db = useDatabase();
  const [percent, setPercent] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const cancelling = useRef<AbortController | null>(null);
  const working = useAction(() => {
    const controller = new AbortController();
    cancelling.current = controller;
    return backUp(db, 'manual', {
      signal: controller.signal,
      onProgress: (done, total) => setPercent(Math.floor((done / total) * 100)),
    });
  }, 'The backup could not be made. Nothing was saved; please try again.');

  const answer = useRevealWhenDone<HTMLDivElement>(working.busy);

  async function backUpNow() {
    setOutcome(null);
    setPercent(null);
    const result = await working.run();
    setPercent(null);
    cancelling.current = null;
    if (result.ok && result.value.outcome === 'saved') {
      const { backup, warning } = result.value;
      setOutcome(
        `Backed up and checked: ${backup.fileName} (${fileSize(backup.bytes)}).${warning === null ? '' : ` ${warning}`}`,
      );
    }
    if (result.ok && result.value.outcome === 'cancelled') setOutcome('Cancelled: no backup was saved.');
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
        {working.busy && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => cancelling.current?.abort()}
          >
            Cancel
          </button>
        )}
      </div>
      <div aria-live="polite" ref={answer} tabIndex={-1}>
        {working.busy && percent !== null && (
          <label className="backups__progress">
            <span>Backing up and checking: {percent}%</span>
            <progress max={100} value={percent} />
          </label>
        )}
        {working.error !== null && (
          <p role="alert" className="notice notice--error">
            {working.error.message}
          </p>
        )}
        {outcome !== null && (
          <p className={outcome.startsWith('Cancelled') ? 'notice' : 'notice notice--success'}>{outcome}</p>
        )}
      </div>
    </section>
  );
}
