/**
 * When the records were last copied off this PC (a USB stick or network drive), so a broken or
 * lost PC does not take them along: a quiet line while it is recent, a gentle warning after a
 * week or when they never have been, and today's automatic backup if it failed.
 */
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { BackupStatus } from '../../../shared/backup/backupContract';
import { readBackupStatus } from '../../actions/backupQueries';
import { paths } from '../../app/paths';
import { useDailyBackupState } from '../../app/useDailyBackup';
import { backupMoment, daysAgo, daysBetween } from '../../components/backupWording';

/** After this many days without a copy off this PC, the dashboard asks for one. */
const copyOffWarningDays = 7;

export function BackupNotice({ hasRecords }: { hasRecords: boolean }) {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const daily = useDailyBackupState();
  useEffect(() => {
    let current = true;
    // A status that cannot be read is not worth an alarm here: Settings → Backups says why.
    readBackupStatus().then(
      (value) => current && setStatus(value),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);

  const last = status?.lastCopiedOffAt ?? null;
  const overdue = last !== null && daysBetween(last, new Date()) > copyOffWarningDays;
  return (
    <>
      {daily.phase === 'failed' && (
        <p role="alert" className="notice notice--error">
          Today’s automatic backup could not be made: {daily.problem}{' '}
          <Link to={paths.backups}>Go to Backups</Link>
        </p>
      )}
      {status !== null && hasRecords && (last === null || overdue) && (
        <div className="warning-panel dashboard__copy-off" role="note" aria-labelledby="copy-off-heading">
          <h2 id="copy-off-heading" className="warning-panel__title">
            {last === null
              ? 'The records have never been copied off this PC'
              : `The records were last copied off this PC ${daysAgo(last)}`}
          </h2>
          <p>
            If this PC breaks or is lost, its records go with it. Copy them to a USB stick or a network drive
            at least once a week.
          </p>
          <Link to={paths.backups} className="button button--secondary">
            {status.folder === null ? 'Back up to a folder…' : 'Copy them now'}
          </Link>
        </div>
      )}
      {last !== null && !overdue && (
        <p className="muted dashboard__copied-off">
          Records last copied off this PC {daysAgo(last)} ({backupMoment(last)}).
        </p>
      )}
    </>
  );
}
