/**
 * Replacing a database that could not be opened, once the manager chose on the recovery screen to
 * restore a backup or rebuild from the signed documents over it.
 */
import type { BackupSummary } from '../../shared/backup/backupContract';
import { appDatabaseName, deleteUnopenedDatabase, storedVersion } from '../db/backup/storedDatabase';
import { AppDatabase } from '../db/database';
import { RefusedChangeError } from '../db/repositoryErrors';
import { backUpAsItIs } from './backUp';

/**
 * For a restore chosen on the recovery screen, when the database here could not be opened. What can
 * still be read (a database written by a newer version of the app) is backed up as it is first,
 * and a failed backup stops the restore. A database that cannot be read at all has nothing a
 * backup could keep. Only then is it deleted, and an empty one made for the restore to fill.
 */
export async function replaceUnopenedDatabase(): Promise<{
  backup: BackupSummary | null;
  warning: string | null;
  fresh: AppDatabase;
}> {
  const name = appDatabaseName();
  const version = await storedVersion(name).catch(() => 'unreadable' as const);
  let backup: BackupSummary | null = null;
  let warning: string | null = null;
  if (version === 'unreadable') {
    warning =
      'The records that were here could not be read at all, so no safety backup of them could be made.';
  } else if (version !== null) {
    const result = await backUpAsItIs(name, Math.max(1, Math.floor(version)), 'before-restore').catch(
      (error: unknown) => {
        throw safetyBackupFailed(error);
      },
    );
    if (result.outcome !== 'saved')
      throw new RefusedChangeError('The safety backup was not made, so nothing was restored.');
    backup = result.backup;
    warning = result.warning;
  }
  await deleteUnopenedDatabase(name);
  const fresh = new AppDatabase(name);
  await fresh.open();
  return { backup, warning, fresh };
}

/** A safety backup that failed stops what it was guarding, and says why. */
export function safetyBackupFailed(error: unknown): Error {
  const reason = error instanceof Error ? error.message : String(error);
  return new RefusedChangeError(
    `The safety backup of the records here could not be made, so nothing was restored. (${reason})`,
    {
      cause: error,
    },
  );
}
