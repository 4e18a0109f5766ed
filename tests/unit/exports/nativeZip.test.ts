/**
 * The ZIP writer's native parts: deflate in zlib on the thread pool with pieces deflated
 * elsewhere put between (pieceDeflater.ts), and the ZIP records written by hand (zipRecords.ts). Whatever way an entry was deflated, the ZIP is one that `unzip -t`
 * passes, the app's own reader and fflate read back byte for byte, and whose manifest hashes
 * are those of the bytes put in.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createPieceDeflater, deflatePiece } from '../../../electron/services/exports/pieceDeflater';
import { openZipFile } from '../../../electron/services/exports/zipFileWriter';
import { openZipReader } from '../../../electron/services/exports/zipReader';
import { centralDirectory, ZipTooLargeError } from '../../../electron/services/exports/zipRecords';

const madeAt = new Date('2026-04-01T09:30:00.000Z');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** Text that deflates, long enough to need several 512 KiB pieces. */
const longText = Buffer.from(
  Array.from(
    { length: 40_000 },
    (_, i) => `{"line":${i},"name":"Ștefan Țurcanu","note":"${'x'.repeat(i % 50)}"}\n`,
  ).join(''),
);
/** Bytes that do not deflate (as a signature's PNG or a PDF's streams). */
const noise = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 2654435761) >>> 24));

async function inflatedFrom(push: (deflater: ReturnType<typeof createPieceDeflater>) => Promise<void>) {
  const out: Uint8Array[] = [];
  const deflater = createPieceDeflater((bytes) => {
    out.push(bytes);
    return Promise.resolve();
  });
  await push(deflater);
  await deflater.end();
  return inflateRawSync(Buffer.concat(out));
}

describe('deflating in pieces', () => {
  it('joins pieces, stored blocks and pieces made earlier into one stream of the bytes in order', async () => {
    const earlier = await deflatePiece(noise);
    const inflated = await inflatedFrom(async (deflater) => {
      await deflater.push(longText);
      await deflater.push(Buffer.from('between'));
      await deflater.pushDeflated(earlier);
      await deflater.push(Buffer.from('}'));
      await deflater.pushDeflated(await deflatePiece(longText.subarray(0, 1000)));
    });
    expect(
      inflated.equals(
        Buffer.concat([
          longText,
          Buffer.from('between'),
          noise,
          Buffer.from('}'),
          longText.subarray(0, 1000),
        ]),
      ),
    ).toBe(true);
  });

  it('ends an empty stream properly, and one that starts or ends with a piece made earlier', async () => {
    expect((await inflatedFrom(() => Promise.resolve())).byteLength).toBe(0);
    const piece = await deflatePiece(Buffer.from('Łucja'));
    const inflated = await inflatedFrom(async (deflater) => {
      await deflater.pushDeflated(piece);
      await deflater.pushDeflated(piece);
    });
    expect(inflated.toString('utf8')).toBe('ŁucjaŁucja');
  });

  it('takes a copy: a buffer reused after push does not change what was deflated', async () => {
    const reused = Buffer.from('first');
    const inflated = await inflatedFrom(async (deflater) => {
      await deflater.push(reused);
      reused.write('later');
      await deflater.push(reused);
    });
    expect(inflated.toString('utf8')).toBe('firstlater');
  });
});

describe('a ZIP written natively', () => {
  it('passes unzip -t and reads back whole however each entry was deflated', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'native-zip-'));
    const target = join(folder, 'Inspection pack.zip');
    const zip = await openZipFile(target, { modifiedAt: madeAt, signal: new AbortController().signal });
    const readme = 'Łucja Wąsowska\n'.repeat(100);
    const files = [
      await zip.addDeflated('README.txt', readme),
      await zip.addStored('pdf/2026-03-10 Nguyễn Thị Hoa v1 a1.pdf', noise),
    ];
    const records = zip.beginDeflated('records.json');
    await records.push('{"records":[');
    await records.push(longText);
    await records.pushDeflated(noise, await deflatePiece(noise));
    await records.push(']}');
    files.push(await records.end());
    files.push(await zip.addDeflated('empty.txt', ''));
    const size = await zip.finish();
    expect(readFileSync(target).byteLength).toBe(size);

    const expected: Record<string, Buffer> = {
      'README.txt': Buffer.from(readme),
      'pdf/2026-03-10 Nguyễn Thị Hoa v1 a1.pdf': noise,
      'records.json': Buffer.concat([Buffer.from('{"records":['), longText, noise, Buffer.from(']}')]),
      'empty.txt': Buffer.alloc(0),
    };
    // The manifest's figures are those of the bytes put in.
    expect(files).toEqual(
      Object.entries(expected).map(([name, bytes]) => ({
        name,
        sha256: sha256(bytes),
        bytes: bytes.byteLength,
      })),
    );
    // Info-ZIP's own check of every CRC and size.
    expect(execFileSync('unzip', ['-t', target], { encoding: 'utf8' })).toContain('No errors detected');
    const unzipped = unzipSync(readFileSync(target));
    const reader = await openZipReader(target);
    try {
      expect(reader.entries.map((entry) => entry.name)).toEqual(Object.keys(expected));
      for (const entry of reader.entries) {
        const bytes = await reader.read(entry);
        expect(bytes.equals(expected[entry.name] ?? Buffer.alloc(1))).toBe(true);
        expect(Buffer.from(unzipped[entry.name] ?? []).equals(bytes)).toBe(true);
      }
    } finally {
      await reader.close();
    }
  });

  it('refuses a ZIP that would need ZIP64 rather than writing it wrongly', () => {
    const entry = {
      name: Buffer.from('a'),
      method: 0 as const,
      crc: 0,
      compressedSize: 0,
      size: 0,
      offset: 0,
      descriptor: false,
    };
    const dos = { time: 0, date: 0 };
    expect(() =>
      centralDirectory(
        Array.from({ length: 0xffff }, () => entry),
        dos,
        0,
      ),
    ).toThrow(ZipTooLargeError);
    expect(() => centralDirectory([entry], dos, 2 ** 32)).toThrow(ZipTooLargeError);
  });
});
