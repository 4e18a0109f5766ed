/**
 * Main's own memory of the folder off this PC that backups are copied to (a USB stick or a
 * network drive): `backups/folder.json` in the data folder, written atomically. Main keeps it
 * itself, so a window can never point a backup at a path of its choosing.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../atomicFile';

const settingSchema = z.object({ path: z.string().min(1).max(1000), chosenAt: z.string() });

/** The folder's own subfolder the backups and the vault's copy go into. */
export const copyFolderName = 'Care Appraisals backups';

const folderSettingPath = (backupsFolder: string) => join(backupsFolder, 'folder.json');

export async function readBackupFolder(backupsFolder: string): Promise<string | null> {
  try {
    const parsed = settingSchema.safeParse(
      JSON.parse(await readFile(folderSettingPath(backupsFolder), 'utf8')),
    );
    return parsed.success ? parsed.data.path : null;
  } catch {
    return null;
  }
}

export async function saveBackupFolder(backupsFolder: string, path: string, now: Date): Promise<void> {
  const file = folderSettingPath(backupsFolder);
  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify({ path, chosenAt: now.toISOString() }, null, 2)}\n`);
}

/** Errors that mean "the folder is not there now" (a USB stick pulled out, a share offline). */
const unreachableCodes = new Set([
  'ENOENT',
  'EACCES',
  'EPERM',
  'EIO',
  'ENOTDIR',
  'ENODEV',
  'ENXIO',
  'EHOSTDOWN',
  'ENOTCONN',
  'EROFS',
  'EBUSY',
  'ETIMEDOUT',
  'UNKNOWN',
]);

export function isUnreachable(error: unknown): boolean {
  return unreachableCodes.has((error as NodeJS.ErrnoException | null)?.code ?? '');
}

export const unreachableMessage = (folder: string) =>
  `The backup folder ${folder} cannot be reached. Plug the USB stick back in, or choose another folder.`;
