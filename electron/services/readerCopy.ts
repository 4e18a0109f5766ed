/**
 * Copies of PDFs handed to the system's PDF application. Each copy gets a folder of its own, so
 * a reader that still holds yesterday's copy open (Windows locks open files) never stops today's
 * being written, and the vault's own file is never given to another program. Copies more than a
 * day old are cleared as new ones are made: they are copies, and the vault keeps the record.
 */
import { chmod, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readdirOrEmpty } from './folderEntries';

const keepCopiesMs = 24 * 60 * 60 * 1000;

export async function writeReaderCopy(options: {
  folder: string;
  fileName: string;
  bytes: Uint8Array;
  now: Date;
}): Promise<string> {
  await clearOldCopies(options.folder, options.now);
  const stamp = options.now.toISOString().replace(/[-:.]/g, '');
  const folder = join(options.folder, `${stamp}-${crypto.randomUUID().slice(0, 8)}`);
  await mkdir(folder, { recursive: true });
  const path = join(folder, options.fileName);
  await writeFile(path, options.bytes);
  // Read-only, so the reader offers "Save as" rather than quietly changing the copy.
  await chmod(path, 0o444);
  return path;
}

async function clearOldCopies(root: string, now: Date): Promise<void> {
  for (const name of await readdirOrEmpty(root)) {
    const folder = join(root, name);
    try {
      if (now.getTime() - (await stat(folder)).mtimeMs < keepCopiesMs) continue;
      for (const file of await readdir(folder)) await chmod(join(folder, file), 0o644);
      await rm(folder, { recursive: true, force: true });
    } catch {
      // Still open in a reader, or already gone: tried again next time.
    }
  }
}
