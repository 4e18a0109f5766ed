/**
 * A power cut mid-append can leave a last line without its newline. That event was never
 * acknowledged (an append resolves only after its whole line is flushed), so the bytes are
 * copied aside to `audit/torn-<time>.txt` and flushed, then cut off the log, rather than left
 * to break the chain. The log records the repair as an event of its own (auditLog.ts).
 */
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { syncFolder } from '../atomicFile';

const chunkBytes = 64 * 1024;

/** Keeps the bytes of `file` after `end` in a new torn-*.txt beside it, then cuts them off. Returns its name. */
export async function setAsideTornTail(
  file: string,
  folder: string,
  end: number,
  now: Date,
): Promise<string> {
  const log = await open(file, 'r+');
  try {
    const keptAs = await copyTail(log, folder, end, now);
    // Only once the copy is on disk is the log cut: a power cut in between leaves both.
    await syncFolder(folder);
    await log.truncate(end);
    await log.sync();
    return keptAs;
  } finally {
    await log.close();
  }
}

async function copyTail(log: FileHandle, folder: string, end: number, now: Date): Promise<string> {
  const { name, handle } = await createTornFile(folder, now);
  try {
    const chunk = Buffer.alloc(chunkBytes);
    for (let position = end; ;) {
      const { bytesRead } = await log.read(chunk, 0, chunkBytes, position);
      if (bytesRead === 0) break;
      for (let written = 0; written < bytesRead;) {
        written += (await handle.write(chunk, written, bytesRead - written)).bytesWritten;
      }
      position += bytesRead;
    }
    await handle.sync();
    return name;
  } finally {
    await handle.close();
  }
}

/** A new file, never one already there: two repairs in the same millisecond get -2, -3… */
async function createTornFile(folder: string, now: Date): Promise<{ name: string; handle: FileHandle }> {
  const stamp = now.toISOString().replaceAll(':', '-').replaceAll('.', '-');
  for (let n = 1; ; n++) {
    const name = n === 1 ? `torn-${stamp}.txt` : `torn-${stamp}-${n}.txt`;
    try {
      return { name, handle: await open(join(folder, name), 'wx') };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n >= 100) throw error;
    }
  }
}
