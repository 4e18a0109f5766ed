/**
 * What main knows about each backup file, from its own check of it: verifying re-reads and
 * re-hashes the whole file, so the result is kept by path, size and modification time and a
 * listing only checks files that are new or changed. A backup main has just written and
 * verified is remembered as it is moved into place.
 */
import { basename } from 'node:path';
import { noCounts, type BackupSummary } from '../../../shared/backup/backupContract';
import { fileStamp } from './backupFolder';
import { parseBackupFileName } from './backupNames';
import { verifyBackupFile, type BackupVerification } from './backupVerifier';

export interface CheckedBackup extends BackupVerification {
  path: string;
  fileName: string;
  bytes: number;
  mtimeMs: number;
}

export interface BackupCatalogue {
  /** The file checked now, or as checked before when it has not changed since; null when it is gone. */
  check(path: string): Promise<CheckedBackup | null>;
  /** Keeps the check of a file just written (its size and time as they are now). */
  remember(path: string, verification: BackupVerification): Promise<void>;
}

export function createBackupCatalogue(): BackupCatalogue {
  const cache = new Map<string, CheckedBackup>();
  return {
    async check(path) {
      const stamp = await fileStamp(path);
      if (stamp === null) {
        cache.delete(path);
        return null;
      }
      const known = cache.get(path);
      if (known?.bytes === stamp.size && known.mtimeMs === stamp.mtimeMs) return known;
      const verification = await verifyBackupFile(path);
      const checked = {
        ...verification,
        path,
        fileName: basename(path),
        bytes: stamp.size,
        mtimeMs: stamp.mtimeMs,
      };
      cache.set(path, checked);
      return checked;
    },
    async remember(path, verification) {
      const stamp = await fileStamp(path);
      if (stamp !== null)
        cache.set(path, {
          ...verification,
          path,
          fileName: basename(path),
          bytes: stamp.size,
          mtimeMs: stamp.mtimeMs,
        });
    },
  };
}

/** A checked file as the renderer sees it; fields the file could not tell come from its name or are empty. */
export function summaryOf(
  checked: CheckedBackup,
  backupId: BackupSummary['backupId'],
  location: BackupSummary['location'],
): BackupSummary {
  const { manifest, facts } = checked;
  const named = parseBackupFileName(checked.fileName);
  const fallbackTime = named === null ? new Date(checked.mtimeMs) : new Date(named.takenAt.slice(0, 16));
  return {
    backupId,
    fileName: checked.fileName,
    createdAt: manifest?.createdAt ?? fallbackTime.toISOString(),
    reason: manifest?.reason ?? named?.reason ?? 'manual',
    bytes: checked.bytes,
    schemaVersion: manifest?.schemaVersion ?? 1,
    appVersion: manifest?.appVersion ?? '',
    counts: facts?.counts ?? manifest?.counts ?? noCounts,
    newestSigned: facts?.newestSigned ?? null,
    sealedRecords: facts?.sealed.length ?? 0,
    verified: checked.problems.length === 0 && facts !== null,
    problems: checked.problems,
    location,
  };
}
