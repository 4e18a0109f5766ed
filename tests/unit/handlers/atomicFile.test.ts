import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { link, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileExistsError, writeFileAtomic, writeFileOnce } from '../../../electron/services/atomicFile';

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

describe('write-once files', () => {
  const bytes = (text: string) => Buffer.from(text, 'utf8');

  it('writes a new file whole, with no temp file left', async () => {
    const dir = folder();
    expect(await writeFileOnce(join(dir, 'a.pdf'), bytes('Ștefan Țurcanu'))).toBe('written');
    expect(readdirSync(dir)).toEqual(['a.pdf']);
    expect(readFileSync(join(dir, 'a.pdf'), 'utf8')).toBe('Ștefan Țurcanu');
  });

  it('treats the same bytes again as done and touches nothing', async () => {
    const dir = folder();
    await writeFileOnce(join(dir, 'a.pdf'), bytes('sealed'));
    const failing = () => Promise.reject(errno('EIO'));
    expect(await writeFileOnce(join(dir, 'a.pdf'), bytes('sealed'), { linkFile: failing })).toBe('identical');
    expect(readdirSync(dir)).toEqual(['a.pdf']);
  });

  it('refuses different bytes under an existing name and keeps the original', async () => {
    const dir = folder();
    await writeFileOnce(join(dir, 'a.pdf'), bytes('sealed'));
    await expect(writeFileOnce(join(dir, 'a.pdf'), bytes('forged'))).rejects.toThrow(FileExistsError);
    expect(readFileSync(join(dir, 'a.pdf'), 'utf8')).toBe('sealed');
    expect(readdirSync(dir)).toEqual(['a.pdf']);
  });

  it('refuses when another writer takes the name between the check and the link', async () => {
    const dir = folder();
    const racing = async (from: string, to: string) => {
      writeFileSync(to, 'theirs');
      await link(from, to);
    };
    await expect(writeFileOnce(join(dir, 'a.pdf'), bytes('ours'), { linkFile: racing })).rejects.toThrow(
      'already exists with different contents',
    );
    expect(readFileSync(join(dir, 'a.pdf'), 'utf8')).toBe('theirs');
    expect(readdirSync(dir)).toEqual(['a.pdf']);
  });

  it('leaves no partial or temp file when the final step fails', async () => {
    const dir = folder();
    const failing = () => Promise.reject(errno('ENOSPC'));
    await expect(writeFileOnce(join(dir, 'a.pdf'), bytes('x'), { linkFile: failing })).rejects.toThrow(
      'ENOSPC',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it("retries Windows' brief EPERM lock and then succeeds", async () => {
    const dir = folder();
    let attempts = 0;
    const flaky = async (from: string, to: string) => {
      attempts++;
      if (attempts < 3) throw errno('EPERM');
      await link(from, to);
    };
    expect(await writeFileOnce(join(dir, 'a.pdf'), bytes('x'), { linkFile: flaky, retryDelayMs: 1 })).toBe(
      'written',
    );
    expect(attempts).toBe(3);
    expect(readdirSync(dir)).toEqual(['a.pdf']);
  });

  it('falls back to a checked rename on a drive without hard links, still never replacing a file', async () => {
    const dir = folder();
    const noLinks = () => Promise.reject(errno('ENOTSUP'));
    expect(await writeFileOnce(join(dir, 'a.pdf'), bytes('sealed'), { linkFile: noLinks })).toBe('written');
    await expect(writeFileOnce(join(dir, 'a.pdf'), bytes('forged'), { linkFile: noLinks })).rejects.toThrow(
      FileExistsError,
    );
    expect(readFileSync(join(dir, 'a.pdf'), 'utf8')).toBe('sealed');
    expect(readdirSync(dir)).toEqual(['a.pdf']);
  });
});
