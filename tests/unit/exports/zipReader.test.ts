/** The pack checker's ZIP reader: every entry of a real streamed ZIP, and plain refusals for anything else. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { NotAZipError, openZipReader, sha256Of } from '../../../electron/services/exports/zipReader';

/** A ZIP as the pack writer makes it: streamed (sizes after the data), stored and deflated entries. */
function streamedZip(entries: { name: string; data: Uint8Array; deflate: boolean }[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error !== null) throw error;
    chunks.push(chunk);
  });
  for (const { name, data, deflate } of entries) {
    const entry = deflate ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    zip.add(entry);
    entry.push(data, true);
  }
  zip.end();
  return Buffer.concat(chunks);
}

function fileWith(bytes: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'zip-reader-')), 'pack.zip');
  writeFileSync(path, bytes);
  return path;
}

describe('reading a pack ZIP', () => {
  const text = strToU8('Ștefan Țurcanu\n'.repeat(5000));
  const binary = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256);

  it('gives every entry whole, stored or deflated, with its SHA-256', async () => {
    const path = fileWith(
      streamedZip([
        { name: 'records.json', data: text, deflate: true },
        { name: 'pdf/a-v1.pdf', data: binary, deflate: false },
        { name: 'empty.txt', data: new Uint8Array(0), deflate: true },
      ]),
    );
    const zip = await openZipReader(path);
    expect(zip.entries.map((entry) => entry.name)).toEqual(['records.json', 'pdf/a-v1.pdf', 'empty.txt']);
    const [records, pdf, empty] = zip.entries;
    if (records === undefined || pdf === undefined || empty === undefined) throw new Error('three entries');
    expect(Buffer.compare(await zip.read(records), Buffer.from(text))).toBe(0);
    expect(sha256Of(await zip.read(pdf))).toBe(sha256Of(binary));
    expect((await zip.read(empty)).byteLength).toBe(0);
    await zip.close();
  });

  it('refuses a file that is not a ZIP, a cut-off ZIP and a directory pointing outside the file', async () => {
    const whole = streamedZip([{ name: 'a.txt', data: text, deflate: true }]);
    await expect(openZipReader(fileWith(strToU8('not a zip at all, just words')))).rejects.toBeInstanceOf(
      NotAZipError,
    );
    await expect(openZipReader(fileWith(whole.slice(0, whole.length - 30)))).rejects.toBeInstanceOf(
      NotAZipError,
    );
    const lying = Buffer.from(whole);
    // The end record's "directory starts at" field, pointed past the end of the file.
    lying.writeUInt32LE(whole.length + 100, lying.length - 6);
    await expect(openZipReader(fileWith(lying))).rejects.toBeInstanceOf(NotAZipError);
  });

  it('refuses an entry whose data cannot be inflated', async () => {
    const whole = Buffer.from(streamedZip([{ name: 'a.txt', data: text, deflate: true }]));
    whole.fill(0xff, 40, 60);
    const path = fileWith(whole);
    const zip = await openZipReader(path);
    const [entry] = zip.entries;
    if (entry === undefined) throw new Error('one entry');
    await expect(zip.read(entry)).rejects.toBeInstanceOf(NotAZipError);
    await zip.close();
    expect(readFileSync(path).byteLength).toBe(whole.byteLength);
  });
});
