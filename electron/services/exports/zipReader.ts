/**
 * Reads a ZIP one entry at a time from its central directory, so checking a pack of thousands
 * of PDFs never holds the whole file in memory or the event loop in one go: each entry is read
 * at its offset, deflated entries are inflated by zlib off the main thread, and every entry's
 * SHA-256 is taken with Node's own hashing. Anything that is not a well-formed ZIP (a truncated
 * file, sizes that point outside it, ZIP64, encryption) is refused with NotAZipError.
 */
import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';

const inflate = promisify(inflateRaw);

export class NotAZipError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'NotAZipError';
  }
}

interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export interface ZipReader {
  entries: readonly ZipEntry[];
  /** The entry's bytes, inflated. */
  read(entry: ZipEntry): Promise<Buffer>;
  close(): Promise<void>;
}

const endOfCentralDirectory = 0x06054b50;
const centralFileHeader = 0x02014b50;
const localFileHeader = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const maxEndSearch = 22 + 0xffff;
/** More entries than any pack holds; refuses a directory that claims millions. */
const maxEntries = 200_000;

export async function openZipReader(path: string): Promise<ZipReader> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const entries = await readCentralDirectory(handle, size);
    return {
      entries,
      read: (entry) => readEntry(handle, size, entry),
      close: () => handle.close(),
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  if (bytesRead !== length) throw new NotAZipError('The file ends before its ZIP directory does.');
  return buffer;
}

async function readCentralDirectory(handle: FileHandle, fileSize: number): Promise<ZipEntry[]> {
  if (fileSize < 22) throw new NotAZipError('The file is too short to be a ZIP.');
  const tailLength = Math.min(fileSize, maxEndSearch);
  const tail = await readAt(handle, fileSize - tailLength, tailLength);
  let end = -1;
  for (let i = tail.length - 22; i >= 0; i--)
    if (tail.readUInt32LE(i) === endOfCentralDirectory) {
      end = i;
      break;
    }
  if (end < 0) throw new NotAZipError('The file has no ZIP directory at its end.');
  const count = tail.readUInt16LE(end + 10);
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff)
    throw new NotAZipError('The file is a ZIP64 archive, which a pack never is.');
  if (count > maxEntries || directoryOffset + directorySize > fileSize)
    throw new NotAZipError('The ZIP directory points outside the file.');

  const directory = await readAt(handle, directoryOffset, directorySize);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== centralFileHeader)
      throw new NotAZipError('The ZIP directory is damaged.');
    const flags = directory.readUInt16LE(at + 8);
    const method = directory.readUInt16LE(at + 10);
    const compressedSize = directory.readUInt32LE(at + 20);
    const size = directory.readUInt32LE(at + 24);
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const localHeaderOffset = directory.readUInt32LE(at + 42);
    if (at + 46 + nameLength > directory.length) throw new NotAZipError('The ZIP directory is damaged.');
    const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
    if ((flags & 1) !== 0) throw new NotAZipError(`${name} is encrypted, which a pack never is.`);
    if (method !== 0 && method !== 8)
      throw new NotAZipError(`${name} is compressed in a way a pack never is.`);
    if (localHeaderOffset + 30 + compressedSize > fileSize)
      throw new NotAZipError(`${name} points outside the file.`);
    entries.push({ name, method, compressedSize, size, localHeaderOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

async function readEntry(handle: FileHandle, fileSize: number, entry: ZipEntry): Promise<Buffer> {
  const header = await readAt(handle, entry.localHeaderOffset, 30);
  if (header.readUInt32LE(0) !== localFileHeader)
    throw new NotAZipError(`${entry.name} is damaged in the ZIP.`);
  const dataStart = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (dataStart + entry.compressedSize > fileSize)
    throw new NotAZipError(`${entry.name} points outside the file.`);
  const stored = await readAt(handle, dataStart, entry.compressedSize);
  if (entry.method === 0) return stored;
  try {
    return await inflate(stored, { maxOutputLength: 1024 ** 3 });
  } catch {
    throw new NotAZipError(`${entry.name} is damaged in the ZIP and cannot be read.`);
  }
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The same hash, taken 4 MiB at a time with a turn of the event loop between (a large records.json). */
export async function sha256InSteps(bytes: Uint8Array): Promise<string> {
  const hash = createHash('sha256');
  const step = 4 * 1024 * 1024;
  for (let start = 0; start < bytes.byteLength; start += step) {
    hash.update(bytes.subarray(start, start + step));
    if (start + step < bytes.byteLength) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return hash.digest('hex');
}
