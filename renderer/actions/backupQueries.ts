/** What main says about backups (read only): the status line, every backup, a file the manager picks. */
import type { BackupId, BackupStatus, BackupSummary } from '../../shared/backup/backupContract';
import { bridge } from '../api';

export function readBackupStatus(): Promise<BackupStatus> {
  return bridge().backup.status();
}

export function listBackups(): Promise<BackupSummary[]> {
  return bridge().backup.list();
}

/** Asks the manager for a backup file (a native dialog); null when they cancel. */
export async function chooseBackupFile(): Promise<BackupId | null> {
  const answer = await bridge().backup.chooseFile();
  return answer.chosen ? answer.backupId : null;
}
