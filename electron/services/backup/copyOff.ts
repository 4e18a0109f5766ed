/**
 * Copying a verified backup off this PC: the file goes into `<folder>/Care Appraisals backups/`
 * as a temp file, is flushed, re-hashed there and only then renamed into place; the vault is
 * mirrored into `<folder>/Care Appraisals backups/vault/` incrementally. Sealed files never
 * change, so only names the mirror lacks are copied, each checked after copying. The folder is
 * checked first: one that has gone (a USB stick pulled out) changes nothing.
 */
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { syncFile, syncFolder } from '../atomicFile';
import { parseVaultFileName } from '../vault/vaultNames';
import { sha256OfFile } from './backupWriter';

/** The folder off this PC must exist and be a folder before anything is written in it. */
export async function assertFolderReachable(folder: string): Promise<void> {
  const stats = await stat(folder);
  if (!stats.isDirectory()) throw Object.assign(new Error(`${folder} is not a folder.`), { code: 'ENOTDIR' });
}

/** Copies `source` to `folder/name`: temp file, flush, re-hash, rename. Returns the copy's path. */
export async function copyVerified(
  source: string,
  folder: string,
  name: string,
  sha256: string,
): Promise<string> {
  await mkdir(folder, { recursive: true });
  const target = join(folder, name);
  const temp = join(folder, `.${name}.${randomBytes(6).toString('hex')}.partial`);
  try {
    await copyFile(source, temp);
    await syncFile(temp);
    if ((await sha256OfFile(temp)) !== sha256)
      throw new Error(`The copy of ${name} in ${folder} does not match the backup; it was not kept.`);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder);
  return target;
}

/**
 * Copies the vault's files that `mirror` lacks; returns how many. Names already there are left
 * alone. A document destroyed after retention is removed from the mirror too: the copy off
 * this PC must not keep what the home has destroyed.
 */
export async function mirrorVault(
  vaultFolder: string,
  mirror: string,
  isDestroyed: (documentId: string) => Promise<boolean>,
): Promise<number> {
  let names: string[];
  try {
    names = await readdir(vaultFolder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  await mkdir(mirror, { recursive: true });
  const present = new Set(await readdir(mirror));
  let copied = 0;
  for (const name of [...present].sort()) {
    const parsed = parseVaultFileName(name);
    if (parsed !== null && (await isDestroyed(parsed.documentId)))
      await rm(join(mirror, name), { force: true });
  }
  for (const name of names.sort()) {
    if (parseVaultFileName(name) === null || present.has(name)) continue;
    const source = join(vaultFolder, name);
    await copyVerified(source, mirror, name, await sha256OfFile(source));
    copied += 1;
  }
  return copied;
}
