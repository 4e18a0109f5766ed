/**
 * Making a backup through the handlers, with real files and real ZIPs: what main writes and
 * counts from the export itself, and that a full disk, a cancel or a broken export leaves no
 * file behind.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openZipReader } from '../../../electron/services/exports/zipReader';
import { handlerSetup } from '../../fixtures/handlerDeps';
import { actor, appraisalRow, databaseExport, makeBackup, smallHome } from '../backup/backupFixtures';
import { auditEvents, auditPath } from './dataFolderState';

const backupsOf = (dataFolder: string) =>
  existsSync(join(dataFolder, 'backups')) ? readdirSync(join(dataFolder, 'backups')).sort() : [];

describe('a backup', () => {
  it('is one verified ZIP named for its time and reason, holding the export as sent, the audit log and a manifest', async () => {
    const s = handlerSetup({ now: '2026-11-30T14:20:00.000Z' });
    await s.call('audit:verify', { actor });
    const text = smallHome();
    const made = await makeBackup(s, { text, piece: 333 });
    expect(made.result).toMatchObject({ outcome: 'saved', warning: null });
    const [name = ''] = backupsOf(s.dataFolder);
    expect(name).toMatch(/^care-appraisals-backup 2026-11-30 \d{4} manual\.zip$/);
    const zip = await openZipReader(join(s.dataFolder, 'backups', name));
    expect(zip.entries.map((e) => e.name)).toEqual(['database.json', 'audit-log.jsonl', 'manifest.json']);
    const [database, log, manifest] = zip.entries;
    if (database === undefined || log === undefined || manifest === undefined) throw new Error('entries');
    expect(database.method).toBe(8);
    expect((await zip.read(database)).toString('utf8')).toBe(text);
    expect((await zip.read(log)).toString('utf8')).toContain('"action":"verify"');
    expect(JSON.parse((await zip.read(manifest)).toString('utf8'))).toMatchObject({
      format: 'care-appraisals/backup',
      formatVersion: 1,
      createdAt: '2026-11-30T14:20:00.000Z',
      reason: 'manual',
      schemaVersion: 4,
      parts: [{ name: 'database.json' }, { name: 'audit-log.jsonl' }],
      sealed: [
        { documentId: 'a1-v1', fingerprint: expect.any(String) as unknown },
        { documentId: 'a2-v1' },
        { documentId: 'a3-v1' },
      ],
    });
    await zip.close();
  });

  it('counts, the newest signed record and the sealed list come from main’s reading of the export', async () => {
    const s = handlerSetup();
    const made = await makeBackup(s);
    if (!made.started || made.result.outcome !== 'saved') throw new Error('not saved');
    expect(made.result.backup).toMatchObject({
      verified: true,
      counts: { staff: 1, leavers: 1, appraisals: 4, signed: 2, replaced: 1, drafts: 1, frameworks: 1 },
      newestSigned: { staffName: 'Nguyễn Thị Hoa', meetingDate: '2026-03-10', documentId: 'a2-v1' },
      sealedRecords: 3,
    });
    const many = databaseExport({
      appraisals: Array.from({ length: 300 }, (_, i) =>
        appraisalRow(`b${i}`, 'signed', `Person ${i}`, '2026-01-01', i + 1),
      ),
    });
    const second = await makeBackup(s, { text: many, piece: 4096 });
    if (!second.started || second.result.outcome !== 'saved') throw new Error('not saved');
    expect(second.result.backup.counts.signed).toBe(300);
    expect(second.result.backup.sealedRecords).toBe(300);
  });

  it('is logged with its reason, where it went and its hash, naming no one', async () => {
    const s = handlerSetup();
    await makeBackup(s, { reason: 'before-upgrade' });
    const [event] = auditEvents(s.dataFolder).filter((e) => e.action === 'backup');
    expect(event?.facts).toMatchObject({ kind: 'backup', reason: 'before-upgrade', destination: 'this-pc' });
    expect(JSON.stringify(auditEvents(s.dataFolder))).not.toMatch(/Hoa|Țurcanu/);
  });

  it('a daily backup when one (of any kind) was made today is not started; status says none is due', async () => {
    const s = handlerSetup({ now: '2026-11-30T09:00:00.000Z' });
    expect((await s.call('backup:status', undefined)).dailyDue).toBe(true);
    await makeBackup(s, { reason: 'manual' });
    expect(await makeBackup(s, { reason: 'daily' })).toMatchObject({ started: false });
    expect((await s.call('backup:status', undefined)).dailyDue).toBe(false);
    expect(backupsOf(s.dataFolder)).toHaveLength(1);
  });

  it('a second job while one runs is refused', async () => {
    const s = handlerSetup();
    await s.call('backup:begin', { jobId: 'first-job', reason: 'manual', schemaVersion: 4, actor });
    await expect(
      s.call('backup:begin', { jobId: 'second-job', reason: 'manual', schemaVersion: 4, actor }),
    ).rejects.toThrow('A backup is already being made. Wait for it to finish, then try again.');
    await s.call('backup:cancel', { jobId: 'first-job' });
  });

  it('a full disk part-way leaves nothing behind, and says so plainly', async () => {
    let written = 0;
    const s = handlerSetup({
      overrides: {
        backupWriteChunk: async (handle, chunk) => {
          if (written > 2000) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
          written += chunk.byteLength;
          await handle.write(chunk);
        },
      },
    });
    const big = databaseExport({
      appraisals: Array.from({ length: 500 }, (_, i) =>
        appraisalRow(`c${i}`, 'signed', `Person ${i}`, '2026-01-01', i + 1),
      ),
    });
    await expect(makeBackup(s, { text: big, piece: 50_000 })).rejects.toThrow(
      'The backup could not be written (ENOSPC). There may not be enough free space on this PC. Nothing was left in the backups folder.',
    );
    expect(backupsOf(s.dataFolder)).toEqual([]);
    expect(existsSync(auditPath(s.dataFolder))).toBe(false);
  });

  it('cancelled, it leaves nothing; finishing answers cancelled and more chunks are refused', async () => {
    const s = handlerSetup();
    const jobId = 'cancel-job-1';
    await s.call('backup:begin', { jobId, reason: 'manual', schemaVersion: 4, actor });
    await s.call('backup:writeChunk', { jobId, text: smallHome().slice(0, 100) });
    expect(await s.call('backup:cancel', { jobId })).toEqual({ cancelling: true });
    expect(backupsOf(s.dataFolder)).toEqual([]);
    await expect(s.call('backup:writeChunk', { jobId, text: 'x' })).rejects.toThrow('no longer running');
    expect(await s.call('backup:finish', { jobId, actor })).toEqual({ outcome: 'cancelled' });
  });

  it('a job cancelled before main has started it is never started, and the next backup is made', async () => {
    // A page reloaded just after asking to begin: the reloaded page cancels the job by its id,
    // which can reach main before that begin, or while main is still opening the job's file.
    const s = handlerSetup();
    expect(await s.call('backup:cancel', { jobId: 'reloaded-1' })).toEqual({ cancelling: false });
    await expect(
      s.call('backup:begin', { jobId: 'reloaded-1', reason: 'daily', schemaVersion: 4, actor }),
    ).rejects.toThrow('The backup was cancelled.');

    const begun = s.call('backup:begin', { jobId: 'reloaded-2', reason: 'daily', schemaVersion: 4, actor });
    expect(await s.call('backup:cancel', { jobId: 'reloaded-2' })).toEqual({ cancelling: false });
    await expect(begun).rejects.toThrow('The backup was cancelled.');
    expect(backupsOf(s.dataFolder)).toEqual([]);

    expect(await makeBackup(s, { reason: 'daily' })).toMatchObject({
      started: true,
      result: { outcome: 'saved' },
    });
    expect(backupsOf(s.dataFolder)).toHaveLength(1);
  });

  it('an export that is not whole JSON, or not a Dexie export, is not kept', async () => {
    const s = handlerSetup();
    await expect(makeBackup(s, { text: smallHome().slice(0, -5) })).rejects.toThrow(
      'The backup was not made: The database in the backup is not complete, readable JSON. Nothing was left in the backups folder.',
    );
    await expect(makeBackup(s, { text: '{"formatName":"other","data":{}}' })).rejects.toThrow(
      'is not an export of Care Appraisals’ records',
    );
    expect(backupsOf(s.dataFolder)).toEqual([]);
  });
});
