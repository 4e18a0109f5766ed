/**
 * The vault keeps each sealed document write-once, and re-checking it names any file that was
 * altered or is missing.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { link } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openVault } from '../../../electron/services/vault/vault';
import { sealedFiles } from '../../fixtures/sealedFiles';

const now = () => new Date(Date.UTC(2026, 2, 12, 10, 30));

function freshVault(writeOptions = {}) {
  const dataFolder = mkdtempSync(join(tmpdir(), 'vault-'));
  return { dataFolder, vault: openVault({ dataFolder, now, writeOptions }) };
}

const vaultFiles = (dataFolder: string) => readdirSync(join(dataFolder, 'vault')).sort();

describe('vault', () => {
  it('writes the record, the PDF and the seal record, named by id and fingerprint', async () => {
    const { dataFolder, vault } = freshVault();
    const input = sealedFiles();
    await vault.writeSealed(input);
    const prefix = input.seal.fingerprint.slice(0, 16);
    expect(vaultFiles(dataFolder)).toEqual([
      `appr1-v1.${prefix}.json`,
      `appr1-v1.${prefix}.pdf`,
      `appr1-v1.${prefix}.seal.json`,
    ]);
    expect(readFileSync(join(vault.folder, `appr1-v1.${prefix}.json`), 'utf8')).toBe(input.canonicalJson);
    expect(await vault.readSeal('appr1-v1')).toEqual(input.seal);
    expect(await vault.check('appr1-v1', input.seal.fingerprint)).toMatchObject({
      status: 'intact',
      problems: [],
      fingerprint: input.seal.fingerprint,
    });
  });

  it('writing the same sealed document again changes nothing', async () => {
    const { dataFolder, vault } = freshVault();
    await vault.writeSealed(sealedFiles());
    const before = vaultFiles(dataFolder).map((name) => readFileSync(join(vault.folder, name)));
    await vault.writeSealed(sealedFiles());
    expect(vaultFiles(dataFolder).map((name) => readFileSync(join(vault.folder, name)))).toEqual(before);
  });

  it('refuses different contents for a sealed version and keeps the original whole', async () => {
    const { dataFolder, vault } = freshVault();
    const original = sealedFiles();
    await vault.writeSealed(original);
    const before = vaultFiles(dataFolder);
    await expect(vault.writeSealed(sealedFiles('Someone else'))).rejects.toThrow(
      /already sealed with different contents.*amendment/,
    );
    expect(vaultFiles(dataFolder)).toEqual(before);
    expect(await vault.check('appr1-v1', original.seal.fingerprint)).toMatchObject({ status: 'intact' });
  });

  it('a failed final step leaves no partial or temp file', async () => {
    let calls = 0;
    const { dataFolder, vault } = freshVault({
      linkFile: async (from: string, to: string) => {
        // The record goes in, then the PDF fails: the record must be taken back.
        if (++calls === 2) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
        await link(from, to);
      },
    });
    await expect(vault.writeSealed(sealedFiles())).rejects.toThrow('ENOSPC');
    expect(vaultFiles(dataFolder)).toEqual([]);
    expect(await vault.readSeal('appr1-v1')).toBeNull();
  });

  it('a retried Windows EPERM still seals', async () => {
    let failures = 0;
    const { vault } = freshVault({
      retryDelayMs: 1,
      linkFile: async (from: string, to: string) => {
        if (failures++ < 2) throw Object.assign(new Error('EPERM'), { code: 'EPERM' });
        await link(from, to);
      },
    });
    const input = sealedFiles();
    await vault.writeSealed(input);
    expect(await vault.check('appr1-v1', input.seal.fingerprint)).toMatchObject({ status: 'intact' });
  });

  it('moves aside the files of a seal that never finished, then seals', async () => {
    const { vault } = freshVault();
    const input = sealedFiles();
    const prefix = input.seal.fingerprint.slice(0, 16);
    // A crash after the PDF, before the seal record; the PDF from that attempt differs.
    mkdirSync(vault.folder, { recursive: true });
    writeFileSync(join(vault.folder, `appr1-v1.${prefix}.pdf`), 'half-finished attempt');
    await vault.writeSealed(input);
    expect(await vault.check('appr1-v1', input.seal.fingerprint)).toMatchObject({ status: 'intact' });
    expect(readdirSync(join(vault.folder, 'incomplete'))).toEqual([
      `appr1-v1.${prefix}.pdf.2026-03-12T10-30-00.000Z`,
    ]);
  });
});

describe('re-checking a sealed document', () => {
  async function sealedVault() {
    const { dataFolder, vault } = freshVault();
    const input = sealedFiles();
    await vault.writeSealed(input);
    const path = (kind: string) =>
      join(vault.folder, `appr1-v1.${input.seal.fingerprint.slice(0, 16)}.${kind}`);
    return { dataFolder, vault, input, path };
  }

  it('says the record was changed when one character of the JSON is altered', async () => {
    const { vault, input, path } = await sealedVault();
    writeFileSync(path('json'), input.canonicalJson.replace('Ìbèkwè', 'Ibekwe'));
    const check = await vault.check('appr1-v1', input.seal.fingerprint);
    expect(check.status).toBe('altered');
    expect(check.problems).toEqual([
      'The record file for document appr1-v1 was changed after it was sealed: its fingerprint no longer matches.',
    ]);
  });

  it('says the PDF was changed when a byte of it is flipped, and still offers it to view', async () => {
    const { vault, input, path } = await sealedVault();
    const pdf = readFileSync(path('pdf'));
    pdf.writeUInt8(pdf.readUInt8(pdf.length - 1) ^ 1, pdf.length - 1);
    writeFileSync(path('pdf'), pdf);
    const check = await vault.check('appr1-v1', input.seal.fingerprint);
    expect(check.status).toBe('altered');
    expect(check.problems).toEqual([
      'The PDF file for document appr1-v1 was changed after it was sealed, so it may not show what was signed.',
    ]);
    expect(check.pdfPath).toBe(path('pdf'));
  });

  it('names a missing PDF', async () => {
    const { vault, input, path } = await sealedVault();
    rmSync(path('pdf'));
    const check = await vault.check('appr1-v1', input.seal.fingerprint);
    expect(check.status).toBe('missing');
    expect(check.problems).toEqual(['The PDF file for document appr1-v1 is missing from the vault.']);
    expect(check.pdfPath).toBeNull();
  });

  it('says so when every file is gone', async () => {
    const { vault, input } = await sealedVault();
    rmSync(vault.folder, { recursive: true });
    const check = await vault.check('appr1-v1', input.seal.fingerprint);
    expect(check).toMatchObject({ status: 'missing', fingerprint: null, pdfPath: null });
    expect(check.problems[0]).toMatch(/sealed files for document appr1-v1 are missing/);
  });

  it('notices when the app expects another fingerprint than the one in the vault', async () => {
    const { vault } = await sealedVault();
    const check = await vault.check('appr1-v1', 'b'.repeat(64));
    expect(check.status).toBe('altered');
    expect(check.problems[0]).toMatch(/different fingerprint/);
  });

  it('notices a second copy of the same version added beside the first', async () => {
    const { vault, input } = await sealedVault();
    writeFileSync(join(vault.folder, 'appr1-v1.0123456789abcdef.json'), '{}');
    const check = await vault.check('appr1-v1', input.seal.fingerprint);
    expect(check.status).toBe('altered');
    expect(check.problems[0]).toMatch(/more than one sealed copy/);
  });
});

describe('drafts', () => {
  it('keeps a draft PDF outside the vault and replaces it freely', async () => {
    const { dataFolder, vault } = freshVault();
    const path = await vault.writeDraft('appr1-v1', Buffer.from('first'));
    await vault.writeDraft('appr1-v1', Buffer.from('second'));
    expect(path).toBe(join(dataFolder, 'drafts', 'appr1-v1.pdf'));
    expect(readFileSync(path, 'utf8')).toBe('second');
    expect(existsSync(join(dataFolder, 'vault'))).toBe(false);
  });
});
