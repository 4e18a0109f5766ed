/**
 * Reading one entry of a backup ZIP as a stream: the entry's bytes are read from disk in
 * pieces and inflated by zlib (off the main thread), so a database export of hundreds of
 * megabytes is hashed, parsed or copied without ever being held whole.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';
import { NotAZipError, type ZipReader } from '../exports/zipReader';

export type ZipEntry = ZipReader['entries'][number];

const localFileHeader = 0x04034b50;

/** The entry's inflated bytes, piece by piece. */
export async function* entryChunks(path: string, entry: ZipEntry): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r');
  let dataStart: number;
  try {
    const header = Buffer.alloc(30);
    const { bytesRead } = await handle.read(header, 0, 30, entry.localHeaderOffset);
    if (bytesRead !== 30 || header.readUInt32LE(0) !== localFileHeader)
      throw new NotAZipError(`${entry.name} is damaged in the ZIP.`);
    dataStart = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  } finally {
    await handle.close();
  }
  if (entry.compressedSize === 0) return;
  const raw = createReadStream(path, {
    start: dataStart,
    end: dataStart + entry.compressedSize - 1,
    highWaterMark: 256 * 1024,
  });
  const source = entry.method === 0 ? raw : raw.pipe(createInflateRaw({ chunkSize: 256 * 1024 }));
  raw.on('error', (error) => source.destroy(error));
  try {
    for await (const chunk of source) yield chunk as Buffer;
  } catch (error) {
    if (error instanceof NotAZipError) throw error;
    if (
      typeof (error as NodeJS.ErrnoException).code === 'string' &&
      (error as NodeJS.ErrnoException).code?.startsWith('Z_')
    )
      throw new NotAZipError(`${entry.name} is damaged in the ZIP and cannot be read.`);
    throw error;
  } finally {
    raw.destroy();
    source.destroy();
  }
}
