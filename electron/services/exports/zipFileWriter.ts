/**
 * A ZIP written as a stream to a temp file beside its target (`.<name>.<random>.partial`),
 * flushed to disk and renamed into place only when complete. On cancel or any error the temp
 * file is removed, so a half-made pack never exists under the manager's chosen name.
 *
 * One entry at a time: each entry's bytes go to disk before the next is added, so memory holds
 * one file (one PDF, one record) rather than the whole pack. Every entry carries the same fixed
 * time (the pack's generation time), so the same contents give the same entries. Each entry's
 * SHA-256 is taken as it is written, for the manifest.
 */
import { createHash, randomBytes } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { syncFolder } from '../atomicFile';
import { throwIfCancelled } from './exportJobs';
import type { ManifestFile } from './packManifest';

export interface ZipFileOptions {
  /** Stamped on every entry. */
  modifiedAt: Date;
  /** Aborting it stops the pack at the next chunk and removes the temp file. */
  signal: AbortSignal;
  /** For tests: the step that writes bytes to disk, so a failure (disk full) can be forced. */
  writeChunk?: (handle: FileHandle, chunk: Uint8Array) => Promise<void>;
}

/** A text or binary entry streamed in pieces (records.json is written one record at a time). */
interface ZipEntryStream {
  push(data: string | Uint8Array): Promise<void>;
  end(): Promise<ManifestFile>;
}

export interface ZipFileWriter {
  /** Adds an entry as it is (no recompression): PDFs, already compressed. */
  addStored(name: string, data: Uint8Array): Promise<ManifestFile>;
  /** Adds a deflated entry (text). */
  addDeflated(name: string, data: string | Uint8Array): Promise<ManifestFile>;
  beginDeflated(name: string): ZipEntryStream;
  /**
   * Ends the ZIP, flushes it and moves it into place; returns its size in bytes. `check`, when
   * given, reads the finished temp file first (a backup is verified before it gets its name);
   * if it throws, nothing is moved into place and the caller aborts.
   */
  finish(check?: (tempPath: string) => Promise<void>): Promise<number>;
  /** Removes the temp file; safe to call after any failure. */
  abort(): Promise<void>;
}

const defaultWrite = async (handle: FileHandle, chunk: Uint8Array) => {
  await handle.write(chunk);
};

export async function openZipFile(target: string, options: ZipFileOptions): Promise<ZipFileWriter> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.partial`);
  const handle = await open(temp, 'wx');
  const write = options.writeChunk ?? defaultWrite;
  const pending: Uint8Array[] = [];
  let zipError: Error | null = null;
  let zipEnded = false;
  let bytesWritten = 0;
  let closed = false;

  const zip = new Zip((error, chunk, final) => {
    if (error !== null) zipError = error;
    else pending.push(chunk);
    if (final) zipEnded = true;
  });

  /** Writes what fflate has produced so far; checks for cancel between chunks. */
  async function drain(): Promise<void> {
    if (zipError !== null) throw zipError;
    while (pending.length > 0) {
      throwIfCancelled(options.signal);
      const chunk = pending.shift();
      if (chunk === undefined) break;
      await write(handle, chunk);
      bytesWritten += chunk.byteLength;
    }
  }

  function begin(entry: ZipPassThrough | ZipDeflate, name: string): ZipEntryStream {
    throwIfCancelled(options.signal);
    entry.mtime = options.modifiedAt;
    zip.add(entry);
    const hash = createHash('sha256');
    let size = 0;
    let last: Uint8Array | null = null;
    // One chunk is held back so the final push can carry the "last" flag.
    const send = async (chunk: Uint8Array, final: boolean) => {
      entry.push(chunk, final);
      await drain();
    };
    return {
      async push(data) {
        const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
        hash.update(bytes);
        size += bytes.byteLength;
        if (last !== null) await send(last, false);
        last = bytes;
      },
      async end() {
        await send(last ?? new Uint8Array(0), true);
        // Between files, other work in main (IPC, window events) gets a turn.
        await new Promise<void>((resolve) => setImmediate(resolve));
        return { name, sha256: hash.digest('hex'), bytes: size };
      },
    };
  }

  async function whole(stream: ZipEntryStream, data: string | Uint8Array): Promise<ManifestFile> {
    await stream.push(data);
    return stream.end();
  }

  async function close(): Promise<void> {
    if (closed) return;
    closed = true;
    await handle.close();
  }

  return {
    addStored: (name, data) => whole(begin(new ZipPassThrough(name), name), data),
    addDeflated: (name, data) => whole(begin(new ZipDeflate(name, { level: 6 }), name), data),
    beginDeflated: (name) => begin(new ZipDeflate(name, { level: 6 }), name),
    async finish(check) {
      throwIfCancelled(options.signal);
      zip.end();
      await drain();
      if (!zipEnded) throw new Error('The ZIP did not finish writing.');
      await handle.sync();
      await close();
      throwIfCancelled(options.signal);
      await check?.(temp);
      throwIfCancelled(options.signal);
      await rename(temp, target);
      await syncFolder(dirname(target));
      return bytesWritten;
    },
    async abort() {
      zip.terminate();
      await close().catch(() => undefined);
      await rm(temp, { force: true });
    },
  };
}
