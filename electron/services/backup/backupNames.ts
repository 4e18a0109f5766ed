/**
 * Backup file names: `care-appraisals-backup 2026-11-30 1420 daily.zip` (the PC's local date
 * and time, as the manager reads it, and why it was made), with ` 2`, ` 3` … added when two
 * are made in the same minute. The name alone says when and why, so rotation and "is one due
 * today?" never need to open a file. A name that does not parse is not ours and is never
 * rotated away.
 */
import { backupReasons, type BackupReason } from '../../../shared/backup/backupContract';
import { isPlainFileName } from '../../../shared/files/fileNames';

const prefix = 'care-appraisals-backup';
const namePattern = new RegExp(
  `^${prefix} (\\d{4}-\\d{2}-\\d{2}) (\\d{2})(\\d{2}) (${backupReasons.join('|')})(?: ([2-9]|[1-9]\\d{1,2}))?\\.zip$`,
);

const two = (n: number) => String(n).padStart(2, '0');

/** The PC's local calendar day, `YYYY-MM-DD`. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** The name of the `attempt`th backup made in this minute (1 for the first). */
export function backupFileName(createdAt: Date, reason: BackupReason, attempt = 1): string {
  const time = `${two(createdAt.getHours())}${two(createdAt.getMinutes())}`;
  const name = `${prefix} ${localDay(createdAt)} ${time} ${reason}${attempt > 1 ? ` ${attempt}` : ''}.zip`;
  if (!isPlainFileName(name)) throw new Error(`Not a plain file name: ${name}`);
  return name;
}

export interface BackupName {
  name: string;
  /** Local `YYYY-MM-DDTHH:MM`, then the attempt: sorts in the order the backups were made. */
  takenAt: string;
  day: string;
  reason: BackupReason;
}

export function parseBackupFileName(name: string): BackupName | null {
  const match = namePattern.exec(name);
  if (match === null) return null;
  const [, day = '', hours = '', minutes = '', reason = '', attempt = '1'] = match;
  return {
    name,
    takenAt: `${day}T${hours}:${minutes}#${attempt.padStart(3, '0')}`,
    day,
    reason: reason as BackupReason,
  };
}
