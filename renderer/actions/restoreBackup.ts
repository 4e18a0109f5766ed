/**
 * Restoring a backup. First, nothing here changes: main checks the file (`backup:check`), its
 * records are imported into a scratch database (upgraded by our own steps when older) and both
 * are summarised for the manager to compare. Then a safety backup of what is here, and the
 * records in use are replaced from the scratch copy in one transaction: all or nothing.
 */
import type {
  BackupCheck,
  BackupCounts,
  BackupId,
  BackupSummary,
  NewestSigned,
} from '../../shared/backup/backupContract';
import { bridge } from '../api';
import { summariseDatabase, emptySummary, type DatabaseSummary } from '../db/backup/databaseSummary';
import { replaceFromScratch } from '../db/backup/replaceDatabase';
import {
  deleteScratchDatabase,
  importScratchDatabase,
  openScratchDatabase,
  scratchDatabaseName,
} from '../db/backup/scratchDatabase';
import type { AppDatabase } from '../db/database';
import { homeActor } from './actors';
import { backUp } from './backUp';
import { replaceUnopenedDatabase, safetyBackupFailed } from './replaceUnopenedDatabase';
import { RefusedChangeError } from '../db/repositoryErrors';

export interface RestorePlan {
  check: BackupCheck;
  /** What the database here holds now (nothing when it could not be opened). */
  here: { counts: BackupCounts; newestSigned: NewestSigned | null };
  /** What the restore would put in its place, read from the checked scratch copy. */
  restoring: DatabaseSummary;
  scratchName: string;
}

export async function prepareRestore(db: AppDatabase | null, backupId: BackupId): Promise<RestorePlan> {
  const check = await bridge().backup.check({ backupId });
  if (!check.restorable) {
    throw new RefusedChangeError(
      check.refusals.join(' ') || 'This backup cannot be restored. Nothing has changed.',
    );
  }
  const exported = await readBackupDatabase(backupId);
  const scratchName = scratchDatabaseName();
  const scratch = await importScratchDatabase(exported, scratchName);
  try {
    const [restoring, here] = await Promise.all([
      summariseDatabase(scratch),
      db === null ? emptySummary : summariseDatabase(db),
    ]);
    return { check, here, restoring, scratchName };
  } catch (error) {
    scratch.close();
    await deleteScratchDatabase(scratchName).catch(() => undefined);
    throw error;
  } finally {
    scratch.close();
  }
}

/** The backup's database export as a Blob built piece by piece: the whole text is never one string. */
async function readBackupDatabase(backupId: BackupId): Promise<Blob> {
  const parts: Blob[] = [];
  let offset: number | null = 0;
  while (offset !== null) {
    const piece = await bridge().backup.readDatabase({ backupId, offset });
    parts.push(new Blob([piece.text]));
    offset = piece.nextOffset;
  }
  return new Blob(parts, { type: 'application/json' });
}

export interface RestoreOptions {
  /** Plain words for what is happening now, e.g. "Putting back the appraisals (1,200 of 5,000 rows)". */
  onProgress?: (stage: string) => void;
}

export async function restoreBackup(
  db: AppDatabase | null,
  plan: RestorePlan,
  { onProgress }: RestoreOptions = {},
): Promise<{ safetyBackup: BackupSummary | null; warning: string | null }> {
  const scratch = await openScratchDatabase(plan.scratchName);
  let opened: AppDatabase | null = null;
  try {
    onProgress?.('Taking a safety backup of what is here now…');
    let safety: { backup: BackupSummary | null; warning: string | null };
    let live: AppDatabase;
    if (db === null) {
      const replaced = await replaceUnopenedDatabase();
      safety = replaced;
      live = opened = replaced.fresh;
    } else {
      safety = await safetyBackup(db);
      live = db;
    }
    onProgress?.('Putting back the records from the backup…');
    try {
      await replaceFromScratch(live, scratch, ({ table, rows, totalRows }) => {
        onProgress?.(
          `Putting back the ${tableWords[table] ?? table} (${count(rows)} of ${count(totalRows)} rows)…`,
        );
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new RefusedChangeError(
        `The backup could not be restored, so the records here are unchanged. (${reason})`,
        {
          cause: error,
        },
      );
    }
    onProgress?.('Bringing back the activity log and the signed documents…');
    const warnings = [safety.warning];
    try {
      const restored = await bridge().backup.restored({
        backupId: plan.check.backup.backupId,
        safetyBackupId: safety.backup?.backupId ?? null,
        actor: homeActor,
      });
      warnings.push(restored.warning);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      warnings.push(
        `The records are restored, but the activity log and signed documents were not brought back: ${reason}`,
      );
    }
    const warning = warnings.filter((w): w is string => w !== null).join(' ');
    return { safetyBackup: safety.backup, warning: warning === '' ? null : warning };
  } finally {
    scratch.close();
    // A database opened here only for the restore: the app opens it afresh afterwards.
    opened?.close();
    await deleteScratchDatabase(plan.scratchName).catch(() => undefined);
  }
}

async function safetyBackup(db: AppDatabase): Promise<{ backup: BackupSummary; warning: string | null }> {
  const result = await backUp(db, 'before-restore').catch((error: unknown) => {
    throw safetyBackupFailed(error);
  });
  if (result.outcome !== 'saved')
    throw new RefusedChangeError('The safety backup was not made, so nothing was restored.');
  return { backup: result.backup, warning: result.warning };
}

const tableWords: Partial<Record<string, string>> = {
  settings: 'home’s settings',
  staff: 'staff register',
  frameworks: 'frameworks',
  appraisals: 'appraisals',
};

function count(n: number): string {
  return n.toLocaleString('en-GB');
}

/** Deletes the scratch copy of a backup the manager decided not to restore. */
export async function discardRestore(plan: RestorePlan): Promise<void> {
  await deleteScratchDatabase(plan.scratchName);
}
