/**
 * Writes a file so that it is either wholly there or not there at all: write a temp file
 * beside the target, flush it to disk, then rename it over the target. A power cut or crash
 * mid-write leaves the old file (or nothing), never half a file.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** Windows briefly locks a file that antivirus or the indexer has open (EPERM/EBUSY). */
  retries?: number;
  retryDelayMs?: number;
  /** For tests: the rename step, so a failure can be forced. */
  renameFile?: (from: string, to: string) => Promise<void>;
}

const retryableCodes = new Set(['EPERM', 'EBUSY', 'EACCES']);

export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const { retries = 5, retryDelayMs = 50, renameFile = rename } = options;
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await renameFile(temp, target);
        return;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        if (!retryableCodes.has(code) || attempt >= retries) throw error;
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs * (attempt + 1)));
      }
    }
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
