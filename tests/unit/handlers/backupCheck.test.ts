/**
 * Checking a backup before a restore: a truncated file, a flipped byte, a foreign ZIP and a
 * newer schema are each refused in plain English; a good one reads back whole, in pieces.
 */
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openDatabaseStream } from '../../../electron/services/backup/databaseStream';
import { handlerSetup, type HandlerSetup } from '../../fixtures/handlerDeps';
import { databaseExport, makeBackup, appraisalRow } from '../backup/backupFixtures';
import { currentSchemaVersion } from '../../../shared/backup/schemaVersion';

async function withBackup(options: Parameters<typeof makeBackup>[1] = {}) {
  const s = handlerSetup();
  await makeBackup(s, options);
  const [name = ''] = readdirSync(join(s.dataFolder, 'backups')).filter((n) => n.endsWith('.zip'));
  return { s, name, path: join(s.dataFolder, 'backups', name) };
}

/** Chooses a file as the manager would (the scripted dialog) and checks it. */
async function checkFile(s: HandlerSetup, path: string) {
  s.backupFileAnswers.push(path);
  const chosen = await s.call('backup:chooseFile', undefined);
  if (!chosen.chosen) throw new Error('not chosen');
  return { backupId: chosen.backupId, check: await s.call('backup:check', { backupId: chosen.backupId }) };
}

describe('backup:check', () => {
  it('a good backup is verified and restorable', async () => {
    const { s, name } = await withBackup();
    const check = await s.call('backup:check', { backupId: `this-pc:${name}` });
    expect(check).toMatchObject({ restorable: true, refusals: [], backup: { verified: true } });
  });

  it('refuses a truncated file', async () => {
    const { s, path } = await withBackup();
    const cut = join(s.savedFolder, 'cut.zip');
    const bytes = readFileSync(path);
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const { check, backupId } = await checkFile(s, cut);
    expect(check.restorable).toBe(false);
    expect(check.refusals).toEqual([
      'cut.zip is not a complete backup file: it ends too soon or is not a ZIP at all (it may have been cut short while it was copied). Nothing was changed.',
    ]);
    await expect(s.call('backup:readDatabase', { backupId, offset: 0 })).rejects.toThrow(
      'cut.zip is not a complete',
    );
  });

  it('refuses a flipped byte', async () => {
    const { s, path } = await withBackup();
    const flipped = join(s.savedFolder, 'flipped.zip');
    const bytes = Buffer.from(readFileSync(path));
    bytes[120] = (bytes[120] ?? 0) ^ 0x01;
    writeFileSync(flipped, bytes);
    const { check } = await checkFile(s, flipped);
    expect(check).toMatchObject({ restorable: false, backup: { verified: false } });
    expect(check.refusals).toEqual([
      'database.json in flipped.zip was changed or damaged after the backup was made (it no longer matches its fingerprint), so the backup cannot be trusted. Nothing was changed.',
    ]);
  });

  it('refuses a foreign ZIP: an inspection pack’s manifest, or none', async () => {
    const s = handlerSetup();
    const pack = join(s.savedFolder, 'Inspection pack.zip');
    writeFileSync(
      pack,
      zipSync({
        'manifest.json': strToU8('{"format":"care-appraisals/inspection-pack"}'),
        'README.txt': strToU8('hi'),
      }),
    );
    const other = join(s.savedFolder, 'photos.zip');
    writeFileSync(other, zipSync({ 'photo.txt': strToU8('not a backup') }));
    for (const [path, name] of [
      [pack, 'Inspection pack.zip'],
      [other, 'photos.zip'],
    ] as const) {
      const { check } = await checkFile(s, path);
      expect(check.refusals).toEqual([
        `${name} is not a Care Appraisals backup: it has no backup manifest. An inspection pack or another ZIP cannot be restored; choose a file named “care-appraisals-backup …”. Nothing was changed.`,
      ]);
    }
  });

  it('refuses a newer schema, though the file itself is intact', async () => {
    const newer = currentSchemaVersion + 1;
    const { s, name } = await withBackup({ schemaVersion: newer });
    const check = await s.call('backup:check', { backupId: `this-pc:${name}` });
    expect(check).toMatchObject({ restorable: false, backup: { verified: true, schemaVersion: newer } });
    expect(check.refusals).toEqual([
      `This backup was made by a newer version of Care Appraisals (database version ${newer}; this version reads up to ${currentSchemaVersion}). Update Care Appraisals on this PC, then restore it. Nothing was changed.`,
    ]);
    await expect(s.call('backup:readDatabase', { backupId: `this-pc:${name}`, offset: 0 })).rejects.toThrow(
      'made by a newer version',
    );
  });

  it('names the sealed records neither the vault nor a copy of it holds', async () => {
    const { s, name } = await withBackup();
    const check = await s.call('backup:check', { backupId: `this-pc:${name}` });
    expect(check.missingSealed).toEqual([
      { documentId: 'a1-v1', staffName: 'Nguyễn Thị Hoa' },
      { documentId: 'a2-v1', staffName: 'Nguyễn Thị Hoa' },
      { documentId: 'a3-v1', staffName: 'Ștefan Țurcanu' },
    ]);
  });

  it('a copied backup chosen from elsewhere reads the same as on this PC', async () => {
    const { s, path } = await withBackup();
    const copy = join(s.savedFolder, 'copy.zip');
    copyFileSync(path, copy);
    expect((await checkFile(s, copy)).check.restorable).toBe(true);
  });
});

describe('backup:readDatabase', () => {
  it('hands back the export exactly, in pieces, by offset', async () => {
    const text = databaseExport({
      appraisals: Array.from({ length: 200 }, (_, i) =>
        appraisalRow(`d${i}`, 'signed', `Zoë 😀 ${i}`, '2026-01-01', i + 1),
      ),
    });
    const { s, name } = await withBackup({ text });
    let read = '';
    let offset: number | null = 0;
    while (offset !== null) {
      const piece: { text: string; nextOffset: number | null } = await s.call('backup:readDatabase', {
        backupId: `this-pc:${name}`,
        offset,
      });
      read += piece.text;
      offset = piece.nextOffset;
    }
    expect(read).toBe(text);
  });

  it('never splits a surrogate pair, and a piece asked for again reads the same', async () => {
    const text = databaseExport({
      appraisals: [appraisalRow('e1', 'signed', '😀😀😀😀😀😀😀', '2026-01-01', 1)],
    });
    const { path } = await withBackup({ text });
    const stream = openDatabaseStream(path, 7);
    const pieces: string[] = [];
    let offset: number | null = 0;
    while (offset !== null) {
      const piece = await stream.read(offset);
      expect(piece.text.length).toBeLessThanOrEqual(7);
      expect(/[\uD800-\uDBFF]$/.test(piece.text)).toBe(false);
      pieces.push(piece.text);
      offset = piece.nextOffset;
    }
    expect(pieces.join('')).toBe(text);
    const again = await stream.read(pieces[0]?.length ?? 0);
    expect(again.text).toBe(pieces[1]);
    await stream.close();
  });

  it('gives two readers of the same backup at once each the whole export (a screen opened twice)', async () => {
    const text = databaseExport({
      appraisals: [appraisalRow('e1', 'signed', 'Łucja Wąsowska', '2026-01-01', 1)],
    });
    const { path } = await withBackup({ text });
    const stream = openDatabaseStream(path, 5);
    async function readAll(): Promise<string> {
      let read = '';
      let offset: number | null = 0;
      while (offset !== null) {
        const piece = await stream.read(offset);
        read += piece.text;
        offset = piece.nextOffset;
      }
      return read;
    }
    await expect(Promise.all([readAll(), readAll()])).resolves.toEqual([text, text]);
    await stream.close();
  });
});
