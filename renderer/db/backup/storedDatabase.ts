/**
 * The database as it is on disk, before this version of the app touches it: its version (read at
 * every start, so this file stays clear of the export code). Opened in Dexie's dynamic mode (no
 * declared schema), which reads the existing schema and never creates, upgrades or deletes anything.
 */
import Dexie from 'dexie';
import { AppDatabase } from '../database';

/** The schema version this version of the app declares (its last `version(n)` step). */
export function appSchemaVersion(): number {
  // Declaring the versions does not open the database.
  return new AppDatabase('care-appraisals-schema-version').verno;
}

/**
 * The stored database's Dexie version (IndexedDB's version / 10; Dexie may add a tenth when it
 * patches a schema), or null when there is no such database. Throws when it cannot be opened.
 */
export async function storedVersion(name: string): Promise<number | null> {
  const db = new Dexie(name);
  try {
    await db.open();
    return db.verno;
  } catch (error) {
    if (error instanceof Error && error.name === Dexie.errnames.NoSuchDatabase) return null;
    throw error;
  } finally {
    db.close();
  }
}

/** The name of the database the app uses. */
export function appDatabaseName(): string {
  return new AppDatabase().name;
}

/**
 * Deletes a database the app could not open, so a restore can put a backup in its place. Only
 * the restore calls it, after the manager chose to restore and anything readable was backed up.
 */
export async function deleteUnopenedDatabase(name: string): Promise<void> {
  await Dexie.delete(name);
}
