/**
 * The exports' reader: whole files of any size (empty, smaller than a slot, exactly a slot,
 * larger), into buffers that are reused once released; a missing file is refused.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReadPool } from '../../../electron/services/exports/readPool';

const slotBytes = 1024;

function filesOf(sizes: number[]): { path: string; bytes: Buffer }[] {
  const folder = mkdtempSync(join(tmpdir(), 'read-pool-'));
  return sizes.map((size, i) => {
    const bytes = Buffer.from(Array.from({ length: size }, (_, at) => (at * 7 + i) % 256));
    const path = join(folder, `file-${i}`);
    writeFileSync(path, bytes);
    return { path, bytes };
  });
}

describe('reading whole files into reused buffers', () => {
  it('reads every size whole', async () => {
    const pool = createReadPool(2, slotBytes);
    for (const { path, bytes } of filesOf([0, 10, slotBytes - 1, slotBytes, slotBytes + 1, 5 * slotBytes])) {
      const read = await pool.read(path);
      expect(read.bytes.equals(bytes)).toBe(true);
      read.release();
    }
  });

  it('gives a released buffer to the next read, and never one still held', async () => {
    const pool = createReadPool(2, slotBytes);
    const [a, b, c] = filesOf([100, 200, 300]);
    const first = await pool.read(a?.path ?? '');
    const second = await pool.read(b?.path ?? '');
    expect(first.bytes.buffer).not.toBe(second.bytes.buffer);
    first.release();
    first.release(); // twice is harmless
    const third = await pool.read(c?.path ?? '');
    expect(third.bytes.buffer).toBe(first.bytes.buffer);
    expect(second.bytes.equals(b?.bytes ?? Buffer.alloc(0))).toBe(true);
    expect(third.bytes.equals(c?.bytes ?? Buffer.alloc(0))).toBe(true);
  });

  it('refuses a file that is not there', async () => {
    await expect(createReadPool(1, slotBytes).read(join(tmpdir(), 'no-such-file-here'))).rejects.toThrow(
      /ENOENT/,
    );
  });
});
