/**
 * A ZIP written as a stream to a temp file beside its target (`.<name>.<random>.partial`),
 * flushed to disk and renamed into place only when complete. On cancel or any error the temp
 * file is removed, so a half-made pack never exists under the manager's chosen name.
 *
 * One entry at a time: each entry's bytes go to disk before the next is added, so memory holds
 * one file (one PDF, a few pieces of records.json) rather than the whole pack. Every entry
 * carries the same fixed time (the pack's generation time), so the same contents give the
 * same entries. Each entry's SHA-256 is taken as it is written, for the manifest.
 *
 * Everything heavy is native: SHA-256 (node:crypto), CRC-32 (zlib.crc32) and deflate
 * (pieceDeflater.ts, zlib on the thread pool). Bytes are gathered into writes of 256 KiB, and
 * one write is on its way to disk while the next is gathered.
 */
import { createHash, randomBytes } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';
import { syncFolder } from '../atomicFile';
import { throwIfCancelled } from './exportJobs';
import type { ManifestFile } from './packManifest';
import { createPieceDeflater } from './pieceDeflater';
import {
  centralDirectory,
  checkZipField,
  dataDescriptor,
  dosDateTime,
  localHeader,
  type ZipEntryRecord,
} from './zipRecords';

export interface ZipFileOptions {
  /** Stamped on every entry. */
  modifiedAt: Date;
  /** Aborting it stops the pack at the next write and removes the temp file. */
  signal: AbortSignal;
  /**
   * For tests: the step that writes bytes to disk, so a failure (disk full) can be forced. The
   * chunk's buffer is reused once the returned promise settles.
   */
  writeChunk?: (handle: FileHandle, chunk: Uint8Array) => Promise<void>;
}

/** A text or binary entry streamed in pieces (records.json is written one record at a time). */
interface ZipEntryStream {
  push(data: string | Uint8Array): Promise<void>;
  /** Adds `raw` already deflated as `piece` (pieceDeflater.ts's deflatePiece of exactly `raw`). */
  pushDeflated(raw: Uint8Array, piece: Uint8Array): Promise<void>;
  end(): Promise<ManifestFile>;
}

export interface ZipFileWriter {
  /**
   * Adds an entry as it is (no recompression): PDFs, already compressed. `sha256`, when the
   * caller has just checked the bytes against it (a sealed PDF), is not taken a second time.
   */
  addStored(name: string, data: Uint8Array, sha256?: string): Promise<ManifestFile>;
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

const writeBytes = 256 * 1024;

const bytesOf = (data: string | Uint8Array) => (typeof data === 'string' ? Buffer.from(data, 'utf8') : data);

export async function openZipFile(target: string, options: ZipFileOptions): Promise<ZipFileWriter> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.partial`);
  const handle = await open(temp, 'wx');
  const write = options.writeChunk ?? defaultWrite;
  const dos = dosDateTime(options.modifiedAt);
  const entries: ZipEntryRecord[] = [];
  /** Bytes handed to the file so far (gathered or written): the next entry's offset. */
  let offset = 0;
  // Two buffers: one gathers while the other is being written. Bytes are copied in, so a
  // caller may reuse its own buffer as soon as `put` returns, and writing leaves no garbage.
  let filling = Buffer.allocUnsafeSlow(writeBytes);
  let spare = Buffer.allocUnsafeSlow(writeBytes);
  let gathered = 0;
  let writing: Promise<void> = Promise.resolve();
  let writeError: { error: unknown } | null = null;
  let streaming = false;
  let closed = false;

  /** Adds bytes to the file, in order; written 256 KiB at a time. */
  async function put(bytes: Uint8Array): Promise<void> {
    offset += bytes.byteLength;
    checkZipField(offset);
    for (let at = 0; at < bytes.byteLength;) {
      const take = Math.min(bytes.byteLength - at, writeBytes - gathered);
      filling.set(bytes.subarray(at, at + take), gathered);
      gathered += take;
      at += take;
      if (gathered === writeBytes) await flush();
    }
  }

  /** Starts writing what is gathered once the write before it is done; throws its failure. */
  async function flush(): Promise<void> {
    await writing;
    if (writeError !== null) throw writeError.error;
    throwIfCancelled(options.signal);
    if (gathered === 0) return;
    const chunk = filling.subarray(0, gathered);
    [filling, spare] = [spare, filling];
    gathered = 0;
    writing = write(handle, chunk).catch((error: unknown) => {
      writeError = { error };
    });
  }

  function startEntry(name: string): Buffer {
    throwIfCancelled(options.signal);
    if (streaming) throw new Error('A ZIP entry is still being written.');
    const bytes = Buffer.from(name, 'utf8');
    if (bytes.length > 0xffff) throw new Error(`The file name ${name.slice(0, 40)}… is too long for a ZIP.`);
    return bytes;
  }

  /** A stored entry: its bytes are all known, so CRC and sizes go in its local header. */
  async function addStored(name: string, data: Uint8Array, sha256?: string): Promise<ManifestFile> {
    const entry: ZipEntryRecord = {
      name: startEntry(name),
      method: 0,
      crc: crc32(data),
      compressedSize: data.byteLength,
      size: data.byteLength,
      offset,
      descriptor: false,
    };
    checkZipField(entry.size);
    entries.push(entry);
    await put(localHeader(entry, dos));
    await put(data);
    await turn();
    return {
      name,
      sha256: sha256 ?? createHash('sha256').update(data).digest('hex'),
      bytes: data.byteLength,
    };
  }

  function beginDeflated(name: string): ZipEntryStream {
    const entry: ZipEntryRecord = {
      name: startEntry(name),
      method: 8,
      crc: 0,
      compressedSize: 0,
      size: 0,
      offset,
      descriptor: true,
    };
    streaming = true;
    entries.push(entry);
    const hash = createHash('sha256');
    const header = put(localHeader(entry, dos));
    // Awaited by push and end; marked so a failure is never reported as unhandled first.
    header.catch(() => undefined);
    const deflater = createPieceDeflater(async (piece) => {
      entry.compressedSize += piece.byteLength;
      await put(piece);
    });
    const take = (bytes: Uint8Array) => {
      hash.update(bytes);
      entry.crc = crc32(bytes, entry.crc);
      entry.size += bytes.byteLength;
      checkZipField(entry.size);
    };
    return {
      async push(data) {
        await header;
        const bytes = bytesOf(data);
        take(bytes);
        await deflater.push(bytes);
      },
      async pushDeflated(raw, piece) {
        await header;
        take(raw);
        await deflater.pushDeflated(piece);
      },
      async end() {
        await header;
        await deflater.end();
        await put(dataDescriptor(entry));
        // A deflated entry goes to disk as it ends (a backup is a few of them), so a failing
        // disk is found at the next entry rather than only when the ZIP is finished.
        await flush();
        streaming = false;
        await turn();
        return { name, sha256: hash.digest('hex'), bytes: entry.size };
      },
    };
  }

  async function close(): Promise<void> {
    if (closed) return;
    closed = true;
    await handle.close();
  }

  return {
    addStored,
    async addDeflated(name, data) {
      const stream = beginDeflated(name);
      await stream.push(data);
      return stream.end();
    },
    beginDeflated,
    async finish(check) {
      throwIfCancelled(options.signal);
      if (streaming) throw new Error('A ZIP entry is still being written.');
      await put(centralDirectory(entries, dos, offset));
      await flush();
      await writing;
      if (writeError !== null) throw writeError.error;
      await handle.sync();
      await close();
      throwIfCancelled(options.signal);
      await check?.(temp);
      throwIfCancelled(options.signal);
      await rename(temp, target);
      await syncFolder(dirname(target));
      return offset;
    },
    async abort() {
      // A write still on its way must land (or fail) before the file is closed and removed.
      await writing;
      await close().catch(() => undefined);
      await rm(temp, { force: true });
    },
  };
}

/** Between files, other work in main (IPC, window events) gets a turn. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
