/**
 * The streaming ZIP writer on real files: a write that fails part-way (a full disk) leaves
 * neither the pack nor its temp file; a finished ZIP unzips to what was put in, with PDFs
 * stored as they are and every entry stamped with the pack's own time, not the clock's.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openZipFile } from '../../../electron/services/exports/zipFileWriter';

const madeAt = new Date('2026-04-01T09:30:00.000Z');

/** The DOS date/time words of every entry in the central directory. */
function entryTimes(zip: Buffer): { time: number; date: number }[] {
  const times: { time: number; date: number }[] = [];
  for (
    let at = zip.indexOf('PK\x01\x02', 0, 'latin1');
    at !== -1;
    at = zip.indexOf('PK\x01\x02', at + 4, 'latin1')
  )
    times.push({ time: zip.readUInt16LE(at + 12), date: zip.readUInt16LE(at + 14) });
  return times;
}

describe('the ZIP writer', () => {
  it('a disk that fills part-way leaves no pack and no temp file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'zip-fail-'));
    let writes = 0;
    const zip = await openZipFile(join(folder, 'Inspection pack.zip'), {
      modifiedAt: madeAt,
      signal: new AbortController().signal,
      writeChunk: async (handle, chunk) => {
        writes += 1;
        if (writes > 2) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        await handle.write(chunk);
      },
    });
    const failed = (async () => {
      for (let i = 0; i < 20; i += 1)
        await zip.addStored(`pdf/document-${i}.pdf`, new Uint8Array(64 * 1024).fill(i));
      await zip.finish();
    })();
    await expect(failed).rejects.toThrow(/no space left/);
    await zip.abort();
    expect(readdirSync(folder)).toEqual([]);
  });

  it('unzips to what was put in, PDFs stored, every entry stamped with the pack time', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'zip-ok-'));
    const target = join(folder, 'pack.zip');
    const pdf = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7) % 256);
    const zip = await openZipFile(target, { modifiedAt: madeAt, signal: new AbortController().signal });
    await zip.addStored('pdf/a-v1.pdf', pdf);
    await zip.addDeflated('README.txt', 'Łucja Wąsowska\n'.repeat(200));
    const size = await zip.finish();
    const bytes = readFileSync(target);
    expect(bytes.length).toBe(size);
    const files = unzipSync(bytes);
    expect(Buffer.from(files['pdf/a-v1.pdf'] ?? [])).toEqual(Buffer.from(pdf));
    expect(Buffer.from(files['README.txt'] ?? []).toString('utf8')).toBe('Łucja Wąsowska\n'.repeat(200));
    // The stored PDF's bytes appear as they are in the ZIP: not recompressed.
    expect(bytes.indexOf(Buffer.from(pdf))).toBeGreaterThan(0);
    const times = entryTimes(bytes);
    expect(times).toHaveLength(2);
    // DOS time of 2026-04-01 09:30 local: the same for every entry, whatever the clock says.
    expect(new Set(times.map((t) => `${t.date}:${t.time}`)).size).toBe(1);
    const [first] = times;
    expect(first && (first.date >> 9) + 1980).toBe(2026);
    expect(first && (first.date >> 5) & 0x0f).toBe(4);
    expect(readdirSync(folder)).toEqual(['pack.zip']);
  });
});
