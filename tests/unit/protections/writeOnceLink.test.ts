/**
 * Protection: writeFileOnce (electron/services/atomicFile.ts) moves its temp file into place
 * with a hard link, which fails with EEXIST when the name exists, so a file is never replaced
 * even if another writer creates the name after the "already there?" check. A check-then-rename
 * would silently overwrite it. The real `link` is used here; the `beforeMove` seam only opens
 * the gap between the check and the link, where the other writer strikes.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { link, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileExistsError, writeFileOnce } from '../../../electron/services/atomicFile';
import { openVault } from '../../../electron/services/vault/vault';
import { vaultFileName } from '../../../electron/services/vault/vaultNames';
import { sealedFiles } from '../../fixtures/sealedFiles';

const theirs = Buffer.from('the other writer got here first', 'utf8');
const ours = Buffer.from('our bytes, which must not replace theirs', 'utf8');

function freshFolder(): string {
  return mkdtempSync(join(tmpdir(), 'write-once-'));
}

describe('write-once hard link', () => {
  it('the temp folder supports hard links (else writeFileOnce would take its fallback path)', async () => {
    const folder = freshFolder();
    writeFileSync(join(folder, 'a'), 'x');
    await expect(link(join(folder, 'a'), join(folder, 'b'))).resolves.toBeUndefined();
  });

  it('refuses a name another writer created after the check, leaving their file and no temp file', async () => {
    const folder = freshFolder();
    const target = join(folder, 'record.json');
    let raced = false;
    const write = writeFileOnce(target, ours, {
      beforeMove: async () => {
        // The other writer creates the name after writeFileOnce found it free.
        await writeFile(target, theirs, { flag: 'wx' });
        raced = true;
      },
    });

    await expect(write).rejects.toBeInstanceOf(FileExistsError);
    expect(raced).toBe(true);
    expect(readFileSync(target)).toEqual(theirs);
    expect(readdirSync(folder)).toEqual(['record.json']);
  });

  it('through the vault: a sealed file name taken mid-seal by other bytes is refused and kept as it was', async () => {
    const dataFolder = mkdtempSync(join(tmpdir(), 'write-once-vault-'));
    const input = sealedFiles();
    const pdfName = vaultFileName(input.seal.documentId, input.seal.fingerprint, 'pdf');
    const pdfPath = join(dataFolder, 'vault', pdfName);
    let moves = 0;
    const vault = openVault({
      dataFolder,
      now: () => new Date(Date.UTC(2026, 2, 12, 10, 30)),
      writeOptions: {
        beforeMove: async () => {
          // The vault writes json, then pdf, then the seal record: take the PDF's name.
          moves += 1;
          if (moves === 2) await writeFile(pdfPath, theirs, { flag: 'wx' });
        },
      },
    });

    await expect(vault.writeSealed(input)).rejects.toBeInstanceOf(FileExistsError);
    expect(moves).toBe(2);
    expect(readFileSync(pdfPath)).toEqual(theirs);
    // The record this attempt wrote was taken back, no seal record was written, no temp file left.
    expect(readdirSync(vault.folder)).toEqual([pdfName]);
    expect(await vault.readSeal(input.seal.documentId)).toBeNull();
  });
});
