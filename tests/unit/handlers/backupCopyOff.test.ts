/**
 * Copying off this PC: the backup goes into `<folder>/Care Appraisals backups/` checked again
 * there, the vault is mirrored beside it copying only files not already there, and a folder
 * that has gone (a USB stick pulled out) gives one plain message and changes nothing. A new PC
 * restores from that folder and gets its sealed files back from the mirror.
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFingerprint } from '../../../shared/documents/fingerprint';
import { handlerSetup } from '../../fixtures/handlerDeps';
import { actor, databaseExport, makeBackup, type appraisalRow } from '../backup/backupFixtures';
import { appraisalOf, exportSetup } from '../exports/exportSetup';
import { auditEvents, snapshot } from './dataFolderState';

const hoa = () => appraisalOf('a1', 's1', 'Nguyễn Thị Hoa', '2026-03-10');
const stefan = () => appraisalOf('a2', 's2', 'Ștefan Țurcanu', '2026-03-11');

/** The export naming the documents really sealed in the vault. */
function exportOf(...documents: ReturnType<typeof hoa>[]) {
  return databaseExport({
    appraisals: documents.map((d): ReturnType<typeof appraisalRow> => ({
      id: d.appraisal.id,
      status: 'signed',
      staffName: d.appraisal.header.staffName,
      meetingDate: d.appraisal.header.meetingDate,
      sealed: { documentId: d.documentId, fingerprint: documentFingerprint(d) },
    })),
  });
}

async function homeWithFolder() {
  const s = exportSetup();
  await s.seal(hoa());
  const usb = join(s.savedFolder, 'USB stick');
  mkdirSync(usb);
  s.folderAnswers.push(usb);
  expect(await s.call('backup:chooseFolder', { actor })).toEqual({ chosen: true, path: usb });
  return { s, usb, copies: join(usb, 'Care Appraisals backups') };
}

const thisPcId = (s: { dataFolder: string }) => {
  const names = readdirSync(join(s.dataFolder, 'backups'))
    .filter((n) => n.endsWith('.zip'))
    .sort();
  return `this-pc:${names.at(-1) ?? ''}`;
};

describe('backup:copyOff', () => {
  it('copies the backup and the vault, then only new vault files; status says when', async () => {
    const { s, usb, copies } = await homeWithFolder();
    await makeBackup(s, { text: exportOf(hoa()) });
    expect(await s.call('backup:copyOff', { backupId: thisPcId(s), actor })).toEqual({
      folder: usb,
      vaultFilesCopied: 3,
    });
    expect(readdirSync(copies).filter((n) => n.endsWith('.zip'))).toHaveLength(1);
    expect(readdirSync(join(copies, 'vault'))).toHaveLength(3);
    expect(await s.call('backup:copyOff', { backupId: thisPcId(s), actor })).toMatchObject({
      vaultFilesCopied: 0,
    });
    await s.seal(stefan());
    s.setNow('2026-04-01T10:00:00.000Z');
    await makeBackup(s, { text: exportOf(hoa(), stefan()) });
    expect(await s.call('backup:copyOff', { backupId: thisPcId(s), actor })).toMatchObject({
      vaultFilesCopied: 3,
    });
    const status = await s.call('backup:status', undefined);
    expect(status).toMatchObject({
      lastCopiedOffAt: '2026-04-01T10:00:00.000Z',
      folder: { path: usb, reachable: true },
      sealedInVault: 2,
    });
    const list = await s.call('backup:list', undefined);
    expect(list.map((b) => b.location).sort()).toEqual(['folder', 'folder', 'this-pc', 'this-pc']);
    expect(list.every((b) => b.verified)).toBe(true);
    const copied = auditEvents(s.dataFolder).filter(
      (e) => e.facts?.kind === 'backup' && e.facts.destination === 'folder',
    );
    expect(copied).toHaveLength(3);
    expect(JSON.stringify(auditEvents(s.dataFolder))).not.toContain('USB stick');
  });

  it('a folder that has gone gives one plain message and changes nothing', async () => {
    const { s, usb } = await homeWithFolder();
    await makeBackup(s, { text: exportOf(hoa()) });
    rmSync(usb, { recursive: true });
    const before = snapshot(s.dataFolder);
    const backupsBefore = readdirSync(join(s.dataFolder, 'backups'));
    await expect(s.call('backup:copyOff', { backupId: thisPcId(s), actor })).rejects.toThrow(
      new RegExp(
        `^The backup folder ${usb.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} cannot be reached\\. Plug the USB stick back in, or choose another folder\\.$`,
      ),
    );
    expect(snapshot(s.dataFolder)).toEqual(before);
    expect(readdirSync(join(s.dataFolder, 'backups'))).toEqual(backupsBefore);
    expect(existsSync(usb)).toBe(false);
    expect((await s.call('backup:status', undefined)).folder).toEqual({ path: usb, reachable: false });
  });

  it('a new PC restores from the folder and gets the sealed files back from its vault copy', async () => {
    const { s, copies } = await homeWithFolder();
    await makeBackup(s, { text: exportOf(hoa()) });
    await s.call('backup:copyOff', { backupId: thisPcId(s), actor });
    const [name = ''] = readdirSync(copies).filter((n) => n.endsWith('.zip'));

    const fresh = handlerSetup();
    fresh.backupFileAnswers.push(join(copies, name));
    const chosen = await fresh.call('backup:chooseFile', undefined);
    if (!chosen.chosen) throw new Error('not chosen');
    const check = await fresh.call('backup:check', { backupId: chosen.backupId });
    expect(check).toMatchObject({ restorable: true, missingSealed: [] });
    const restored = await fresh.call('backup:restored', {
      backupId: chosen.backupId,
      safetyBackupId: null,
      actor,
    });
    expect(restored).toMatchObject({ auditLog: 'restored', vaultFilesCopied: 1, warning: null });
    expect(await fresh.call('documents:sealState', { documentIds: ['a1-v1'] })).toMatchObject({
      states: [{ documentId: 'a1-v1', destroyed: false, seal: { fingerprint: documentFingerprint(hoa()) } }],
    });
  });
});
