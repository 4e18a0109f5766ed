/**
 * The bytes of a ZIP's own records (APPNOTE 4.3): the local header before each entry, the data
 * descriptor after an entry written as a stream (its sizes are known only at its end), the
 * central directory and its end record. Plain ZIP, never ZIP64: a pack or backup larger than
 * 4 GiB, or of more than 65,534 files, is refused rather than written wrongly.
 */

export interface ZipEntryRecord {
  /** The name's UTF-8 bytes. */
  name: Buffer;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where its local header starts in the file. */
  offset: number;
  /** Written as a stream: sizes and CRC follow the data (flag bit 3). */
  descriptor: boolean;
}

const localHeaderSignature = 0x04034b50;
const descriptorSignature = 0x08074b50;
const centralHeaderSignature = 0x02014b50;
const endSignature = 0x06054b50;
const versionNeeded = 20;
const maxField = 0xffffffff;
/** 0xffff in the end record means ZIP64, which zipReader.ts refuses. */
const maxEntries = 0xfffe;

/** Thrown when a ZIP would need ZIP64. */
export class ZipTooLargeError extends Error {
  constructor() {
    super('The ZIP would be larger than 4 GB (or hold more than 65,534 files), which a ZIP cannot hold.');
    this.name = 'ZipTooLargeError';
  }
}

export function checkZipField(value: number): void {
  if (value > maxField) throw new ZipTooLargeError();
}

/** MS-DOS date and time in local time, as Windows' own ZIP folders show them (2-second steps). */
export function dosDateTime(date: Date): { time: number; date: number } {
  const year = date.getFullYear() - 1980;
  if (year < 0 || year > 127) throw new Error('A ZIP can only date files from 1980 to 2107.');
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    date: (year << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/** General purpose flags: bit 3 for a data descriptor, bit 11 for a UTF-8 name. */
function flagsOf(entry: Pick<ZipEntryRecord, 'name' | 'descriptor'>): number {
  const ascii = entry.name.every((byte) => byte < 0x80);
  return (entry.descriptor ? 0x0008 : 0) | (ascii ? 0 : 0x0800);
}

/** The local header; a streamed entry's CRC and sizes are left 0 for its data descriptor. */
export function localHeader(
  entry: Omit<ZipEntryRecord, 'offset'>,
  dos: { time: number; date: number },
): Buffer {
  const header = Buffer.alloc(30 + entry.name.length);
  header.writeUInt32LE(localHeaderSignature, 0);
  header.writeUInt16LE(versionNeeded, 4);
  header.writeUInt16LE(flagsOf(entry), 6);
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt16LE(dos.time, 10);
  header.writeUInt16LE(dos.date, 12);
  if (!entry.descriptor) {
    header.writeUInt32LE(entry.crc >>> 0, 14);
    header.writeUInt32LE(entry.compressedSize, 18);
    header.writeUInt32LE(entry.size, 22);
  }
  header.writeUInt16LE(entry.name.length, 26);
  entry.name.copy(header, 30);
  return header;
}

export function dataDescriptor(entry: Pick<ZipEntryRecord, 'crc' | 'compressedSize' | 'size'>): Buffer {
  const descriptor = Buffer.alloc(16);
  descriptor.writeUInt32LE(descriptorSignature, 0);
  descriptor.writeUInt32LE(entry.crc >>> 0, 4);
  descriptor.writeUInt32LE(entry.compressedSize, 8);
  descriptor.writeUInt32LE(entry.size, 12);
  return descriptor;
}

/** The central directory and end record, written at `offset` (just after the last entry). */
export function centralDirectory(
  entries: readonly ZipEntryRecord[],
  dos: { time: number; date: number },
  offset: number,
): Buffer {
  if (entries.length > maxEntries) throw new ZipTooLargeError();
  const size = entries.reduce((total, entry) => total + 46 + entry.name.length, 0);
  checkZipField(offset + size);
  const out = Buffer.alloc(size + 22);
  let at = 0;
  for (const entry of entries) {
    out.writeUInt32LE(centralHeaderSignature, at);
    out.writeUInt16LE(versionNeeded, at + 4); // made by: MS-DOS, 2.0
    out.writeUInt16LE(versionNeeded, at + 6);
    out.writeUInt16LE(flagsOf(entry), at + 8);
    out.writeUInt16LE(entry.method, at + 10);
    out.writeUInt16LE(dos.time, at + 12);
    out.writeUInt16LE(dos.date, at + 14);
    out.writeUInt32LE(entry.crc >>> 0, at + 16);
    out.writeUInt32LE(entry.compressedSize, at + 20);
    out.writeUInt32LE(entry.size, at + 24);
    out.writeUInt16LE(entry.name.length, at + 28);
    // Extra field, comment, disk number, attributes: all 0.
    out.writeUInt32LE(entry.offset, at + 42);
    entry.name.copy(out, at + 46);
    at += 46 + entry.name.length;
  }
  out.writeUInt32LE(endSignature, at);
  out.writeUInt16LE(entries.length, at + 8);
  out.writeUInt16LE(entries.length, at + 10);
  out.writeUInt32LE(size, at + 12);
  out.writeUInt32LE(offset, at + 16);
  return out;
}
