/**
 * One folder of backups (this PC's `backups/`, or `Care Appraisals backups` in the folder off
 * this PC): the backups in it by name, a fresh unique name for the next one, rotation, and
 * clearing temp files a crash left behind. Only names that parse as ours are ever touched.
 */
import { rm, stat } from 'node:fs/promises';
import { readdirOrEmpty } from '../folderEntries';
import { join } from 'node:path';
import type { BackupReason } from '../../../shared/backup/backupContract';
import { syncFolder } from '../atomicFile';
import { backupFileName, localDay, parseBackupFileName, type BackupName } from './backupNames';
import { backupsToKeep } from './backupRotation';

/** The temp files openZipFile and the copy-off write beside a backup (`.<name>.<hex>.partial`). */
const isPartialName = (name: string) => /^\.care-appraisals-backup .+\.[0-9a-f]{12}\.partial$/.test(name);

/** Our backups in `folder`, oldest first; none when the folder does not exist yet. */
export async function backupsIn(folder: string): Promise<BackupName[]> {
  const names = await readdirOrEmpty(folder);
  return names
    .flatMap((name) => parseBackupFileName(name) ?? [])
    .sort((a, b) =>
      a.takenAt === b.takenAt ? a.name.localeCompare(b.name) : a.takenAt < b.takenAt ? -1 : 1,
    );
}

/** A name no file in `folder` has yet, for a backup made at `createdAt`. */
export async function freshBackupName(
  folder: string,
  createdAt: Date,
  reason: BackupReason,
): Promise<string> {
  const taken = new Set(await readdirOrEmpty(folder));
  for (let attempt = 1; attempt < 1000; attempt++) {
    const name = backupFileName(createdAt, reason, attempt);
    if (!taken.has(name)) return name;
  }
  throw new Error('Too many backups were made in one minute.');
}

/** True when a backup in `folder` was made on `now`'s local day. */
export async function hasBackupOn(folder: string, now: Date): Promise<boolean> {
  const today = localDay(now);
  return (await backupsIn(folder)).some((backup) => backup.day === today);
}

/** Removes the backups rotation does not keep; returns their names. */
export async function rotate(folder: string, now: Date): Promise<string[]> {
  const backups = await backupsIn(folder);
  const keep = backupsToKeep(backups, localDay(now));
  const removed = backups.filter((backup) => !keep.has(backup.name)).map((backup) => backup.name);
  for (const name of removed) await rm(join(folder, name), { force: true });
  if (removed.length > 0) await syncFolder(folder);
  return removed;
}

/** Removes temp files left by a backup or copy a crash interrupted (call only when none is running). */
export async function removePartials(folder: string): Promise<void> {
  for (const name of (await readdirOrEmpty(folder)).filter(isPartialName))
    await rm(join(folder, name), { force: true });
}

export async function fileStamp(path: string): Promise<{ size: number; mtimeMs: number } | null> {
  try {
    const stats = await stat(path);
    return stats.isFile() ? { size: stats.size, mtimeMs: stats.mtimeMs } : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
