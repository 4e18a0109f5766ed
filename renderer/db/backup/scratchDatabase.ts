/**
 * A backup's database, imported into a scratch database of its own (never the one in use) so it
 * can be checked and summarised before anything here changes. Opening the scratch copy with
 * AppDatabase runs our own upgrade steps when the backup was made by an older version.
 */
import Dexie from 'dexie';
import { importDB, peakImportFile } from 'dexie-export-import';
import { AppDatabase } from '../database';
import { appSchemaVersion } from './storedDatabase';
import { RefusedChangeError } from '../repositoryErrors';

/** Bytes of the backup's JSON read and imported at a time. */
const importChunkBytes = 512 * 1024;

/** Every table any version of the app has declared. */
const knownTables = new Set([
  'settings',
  'staff',
  'frameworks',
  'appraisals',
  'appraisalSummaries',
  'latestSigned',
  'auditEvents',
]);

const scratchPrefix = 'care-appraisals-restore-';

export function scratchDatabaseName(): string {
  return `${scratchPrefix}${crypto.randomUUID()}`;
}

/** Thrown when a backup's database is not one this app can restore; the message is for the manager. */
class BackupDatabaseRefused extends Error {
  override readonly name = 'BackupDatabaseRefused';
}

/**
 * Imports the export into a new scratch database and opens it at this app's schema. Refuses
 * (and leaves no scratch database behind) an export that is not a Care Appraisals database
 * this version can open.
 */
export async function importScratchDatabase(exported: Blob, scratchName: string): Promise<AppDatabase> {
  await refuseForeignExport(exported);
  try {
    const imported = await importDB(exported, { name: scratchName, chunkSizeBytes: importChunkBytes });
    imported.close();
    const scratch = new AppDatabase(scratchName);
    await scratch.open();
    return scratch;
  } catch (error) {
    await Dexie.delete(scratchName);
    if (error instanceof BackupDatabaseRefused) throw error;
    throw new BackupDatabaseRefused(
      `The records in this backup could not be read, so it cannot be restored (${describe(error)}).`,
    );
  }
}

async function refuseForeignExport(exported: Blob): Promise<void> {
  let meta: Awaited<ReturnType<typeof peakImportFile>>;
  try {
    meta = await peakImportFile(exported);
  } catch {
    throw new BackupDatabaseRefused(
      'This backup does not hold Care Appraisals records in a form the app can read.',
    );
  }
  const unknown = meta.data.tables.map((table) => table.name).filter((name) => !knownTables.has(name));
  // (peakImportFile checks the format's name itself.)
  if (unknown.length > 0) {
    throw new BackupDatabaseRefused('This backup holds records from another program, not Care Appraisals.');
  }
  if (Math.floor(meta.data.databaseVersion) > appSchemaVersion()) {
    throw new BackupDatabaseRefused(
      'This backup was made by a newer version of Care Appraisals. Update the app, then restore it.',
    );
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Opens a scratch database made by importScratchDatabase again. */
export async function openScratchDatabase(scratchName: string): Promise<AppDatabase> {
  if (!(await Dexie.exists(scratchName))) {
    throw new RefusedChangeError(
      'The checked copy of the backup is no longer there. Choose the backup again.',
    );
  }
  const scratch = new AppDatabase(scratchName);
  await scratch.open();
  return scratch;
}

export async function deleteScratchDatabase(scratchName: string): Promise<void> {
  // Only ever a scratch copy: never the database in use.
  if (!scratchName.startsWith(scratchPrefix))
    throw new RefusedChangeError('That is not a scratch copy of a backup.');
  await Dexie.delete(scratchName);
}
