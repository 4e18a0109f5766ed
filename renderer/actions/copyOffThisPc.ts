/**
 * "Back up to a folder…": a backup on this PC, then copied to the folder off it (a USB stick or
 * network drive) with the vault mirrored there (only new sealed files are copied).
 */
import type { BackupSummary } from '../../shared/backup/backupContract';
import { bridge } from '../api';
import type { AppDatabase } from '../db/database';
import { homeActor } from './actors';
import { backUp } from './backUp';
import { RefusedChangeError } from '../db/repositoryErrors';

export interface CopyOffOutcome {
  backup: BackupSummary;
  folder: string;
  vaultFilesCopied: number;
  /** Copied, but something beside it was not (e.g. the activity log); null when all went well. */
  warning: string | null;
}

export async function copyOffThisPc(db: AppDatabase): Promise<CopyOffOutcome> {
  const status = await bridge().backup.status();
  if (status.folder === null) {
    throw new RefusedChangeError(
      'Choose the folder to copy backups to first (a USB stick or a network drive).',
    );
  }
  if (!status.folder.reachable) {
    throw new RefusedChangeError(
      `The backup folder ${status.folder.path} cannot be reached. If it is on a USB stick, plug it in and try again.`,
    );
  }
  const result = await backUp(db, 'manual');
  if (result.outcome !== 'saved')
    throw new RefusedChangeError('The backup was not made, so nothing was copied.');
  const copied = await bridge().backup.copyOff({ backupId: result.backup.backupId, actor: homeActor });
  return {
    backup: result.backup,
    folder: copied.folder,
    vaultFilesCopied: copied.vaultFilesCopied,
    warning: result.warning,
  };
}

/** Asks the manager for the folder backups are copied to (a native dialog); null when they cancel. */
export async function chooseBackupFolder(): Promise<string | null> {
  const answer = await bridge().backup.chooseFolder({ actor: homeActor });
  return answer.chosen ? answer.path : null;
}
