/**
 * Writes a file so that it is either wholly there or not there at all: write a temp file
 * beside the target, flush it to disk, then move it into place and flush the folder. A power
 * cut or crash mid-write leaves the old file (or nothing), never half a file.
 *
 * Two ways to move it into place:
 * - writeFileAtomic renames over the target (a file the manager chose to replace);
 * - writeFileOnce hard-links the temp file to the target name, which fails with EEXIST if the
 *   name exists, so an existing file is never replaced, even by another process or a race
 *   (a check-then-rename would leave a gap between the check and the rename). NTFS, ext4, APFS
 *   support hard links; on a drive that does not (FAT32, some network shares) it falls back to
 *   check-then-rename, which is safe when the caller serialises its writes (the vault does).
 */
import { randomBytes } from 'node:crypto';
import { link, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** Windows briefly locks a file that antivirus or the indexer has open (EPERM/EBUSY). */
  retries?: number;
  retryDelayMs?: number;
  /** For tests: the rename step (writeFileAtomic), so a failure can be forced. */
  renameFile?: (from: string, to: string) => Promise<void>;
  /** For tests: the link step (writeFileOnce), so a failure can be forced. */
  linkFile?: (existing: string, newPath: string) => Promise<void>;
  /**
   * Test seam only (tests/unit/protections/writeOnceLink.test.ts): runs in writeFileOnce after
   * the "already there?" check and the temp file, just before the link, so a test can create
   * the name in that gap, as a racing writer would. Nothing by default.
   */
  beforeMove?: () => Promise<void>;
}

/** Refused by writeFileOnce: the name is taken by a file with other contents. */
export class FileExistsError extends Error {
  readonly path: string;
  constructor(path: string) {
    super(`${basename(path)} already exists with different contents, so it was not replaced.`);
    this.name = 'FileExistsError';
    this.path = path;
  }
}

const retryableCodes = new Set(['EPERM', 'EBUSY', 'EACCES']);
/** What a file system without hard links answers (Linux reports EPERM for FAT32). */
const noHardLinkCodes = new Set(['EPERM', 'ENOTSUP', 'ENOSYS', 'EINVAL', 'EXDEV']);

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | null)?.code ?? '';
}

export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const { renameFile = rename } = options;
  const temp = await writeTempBeside(target, data);
  try {
    await withRetry(() => renameFile(temp, target), options);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(dirname(target));
}

/**
 * Writes `target` only if no file has that name. The same bytes already there count as
 * written ('identical', nothing touched); different bytes throw FileExistsError and leave
 * the existing file exactly as it was. No temp file survives either way.
 */
export async function writeFileOnce(
  target: string,
  data: Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<'written' | 'identical'> {
  const { linkFile = link, renameFile = rename } = options;
  if (await hasBytes(target, data)) return 'identical';
  const temp = await writeTempBeside(target, data);
  try {
    await options.beforeMove?.();
    try {
      await withRetry(() => linkFile(temp, target), options);
    } catch (error) {
      if (!noHardLinkCodes.has(errorCode(error))) throw error;
      if (await hasBytes(target, data)) return 'identical';
      await withRetry(() => renameFile(temp, target), options);
    }
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
    // Someone wrote the name between our check and our link.
    if (await hasBytes(target, data)) return 'identical';
    throw new FileExistsError(target);
  } finally {
    await rm(temp, { force: true });
  }
  await syncFolder(dirname(target));
  return 'written';
}

async function hasBytes(path: string, data: Uint8Array): Promise<boolean> {
  let existing: Buffer;
  try {
    existing = await readFile(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
  if (Buffer.from(data.buffer, data.byteOffset, data.byteLength).equals(existing)) return true;
  throw new FileExistsError(path);
}

/** A fresh temp file beside `target` holding `data`, flushed to disk; removed again if that fails. */
async function writeTempBeside(target: string, data: string | Uint8Array): Promise<string> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
  return temp;
}

async function withRetry(step: () => Promise<void>, options: AtomicWriteOptions): Promise<void> {
  const { retries = 5, retryDelayMs = 50 } = options;
  for (let attempt = 0; ; attempt++) {
    try {
      await step();
      return;
    } catch (error) {
      if (!retryableCodes.has(errorCode(error)) || attempt >= retries) throw error;
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs * (attempt + 1)));
    }
  }
}

/**
 * Flushes the folder entry so the new name survives a power cut. Windows cannot open a
 * folder for flushing (EISDIR/EPERM) and NTFS journals the rename itself, so that is ignored.
 */
export async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (error) {
    if (!['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'EBADF', 'ENOTSUP'].includes(errorCode(error))) throw error;
  } finally {
    await handle?.close();
  }
}

/** Flushes a file already written (a copy, a rename's source) to the disk before it is relied on. */
export async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
