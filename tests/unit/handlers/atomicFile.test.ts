import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../electron/services/atomicFile';

function folder() {
  return mkdtempSync(join(tmpdir(), 'atomic-'));
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

describe('atomic file writes', () => {
  it('writes the whole file and leaves no temp file behind', async () => {
    const dir = folder();
    await writeFileAtomic(join(dir, 'a.txt'), 'Nguyễn Thị Hoa');
    expect(readdirSync(dir)).toEqual(['a.txt']);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('Nguyễn Thị Hoa');
  });

  it('keeps the old file and leaves no partial file when the rename fails', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.txt'), 'old');
    const failing = () => Promise.reject(errno('ENOSPC'));
    await expect(writeFileAtomic(join(dir, 'a.txt'), 'new', { renameFile: failing })).rejects.toThrow(
      'ENOSPC',
    );
    expect(readdirSync(dir)).toEqual(['a.txt']);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('old');
  });

  it("retries Windows' brief EPERM lock and then succeeds", async () => {
    const dir = folder();
    let attempts = 0;
    const flaky = async (from: string, to: string) => {
      attempts++;
      if (attempts < 3) throw errno('EPERM');
      await rename(from, to);
    };
    await writeFileAtomic(join(dir, 'a.txt'), 'saved', { renameFile: flaky, retryDelayMs: 1 });
    expect(attempts).toBe(3);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('saved');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('gives up after the bounded number of retries, leaving nothing behind', async () => {
    const dir = folder();
    const locked = () => Promise.reject(errno('EPERM'));
    await expect(
      writeFileAtomic(join(dir, 'a.txt'), 'x', { renameFile: locked, retries: 2, retryDelayMs: 1 }),
    ).rejects.toThrow('EPERM');
    expect(readdirSync(dir)).toEqual([]);
  });
});
