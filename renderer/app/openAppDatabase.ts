/**
 * Opening the database at start-up, safely. The stored database's version is read first without
 * changing anything. One written by a newer version of the app is left untouched (this version
 * must not upgrade, patch or delete it). One written by an older version is backed up as it is
 * ('before-upgrade') before AppDatabase upgrades it. One that cannot be opened is left untouched
 * and explained. The app never starts empty in place of records it could not read.
 *
 * A before-upgrade backup that fails does not stop the app: Dexie's upgrade steps are tested and
 * only ever add to what is kept, and refusing would shut the manager out of every record (and of
 * restore and rebuild) until the disk is fixed. The problem is handed to the UI to say instead.
 */
import { appDatabaseName, appSchemaVersion, storedVersion } from '../db/backup/storedDatabase';
import { AppDatabase } from '../db/database';

export type DatabaseOpening =
  | { kind: 'open'; db: AppDatabase; upgradedFrom: number | null; backupProblem: string | null }
  /** Written by a newer version of the app: left untouched. */
  | { kind: 'newer'; found: number; supported: number }
  /** Corrupt, locked or blocked: left untouched, the reason in plain English. */
  | { kind: 'cannot-open'; reason: string };

export async function openAppDatabase(name: string = appDatabaseName()): Promise<DatabaseOpening> {
  const supported = appSchemaVersion();
  let found: number | null;
  try {
    found = await storedVersion(name);
  } catch (error) {
    return { kind: 'cannot-open', reason: cannotOpenReason(error) };
  }
  if (found !== null && Math.floor(found) > supported) {
    return { kind: 'newer', found: Math.floor(found), supported };
  }
  const upgradedFrom = found !== null && found < supported ? Math.max(1, Math.floor(found)) : null;
  const backupProblem = upgradedFrom === null ? null : await backUpBeforeUpgrade(name, upgradedFrom);
  const db = new AppDatabase(name);
  try {
    await openUnlessBlocked(db);
  } catch (error) {
    db.close();
    if (error instanceof Error && error.name === 'VersionError') {
      // Written by a newer version between the look and the open.
      return { kind: 'newer', found: supported + 1, supported };
    }
    return { kind: 'cannot-open', reason: cannotOpenReason(error) };
  }
  return { kind: 'open', db, upgradedFrom, backupProblem };
}

async function backUpBeforeUpgrade(name: string, version: number): Promise<string | null> {
  try {
    // Loaded only when an upgrade is due: the export code is not needed at an ordinary start.
    const { backUpAsItIs } = await import('../actions/backUp');
    const result = await backUpAsItIs(name, version, 'before-upgrade');
    return result.outcome === 'saved' ? null : 'The backup before the update was not made.';
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `The records were updated to this version of the app, but the backup before the update could not be made: ${reason}`;
  }
}

/** An upgrade waits while another window holds the database open: that is reported, not waited for. */
function openUnlessBlocked(db: AppDatabase): Promise<unknown> {
  return new Promise((resolve, reject) => {
    db.on('blocked', () => {
      reject(new BlockedError());
    });
    db.open().then(resolve, reject);
  });
}

class BlockedError extends Error {
  override readonly name = 'BlockedError';
}

function cannotOpenReason(error: unknown): string {
  if (error instanceof BlockedError) {
    return 'Another Care Appraisals window is holding the records open. Close every Care Appraisals window, then open the app again.';
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `The records on this PC could not be opened (${detail}). Nothing has been changed or deleted.`;
}
