/**
 * After a restore, main brings back the backup's audit log only when no log is lost: this
 * PC's log is kept when it already holds the backup's, replaced when the backup's carries on
 * from it (or it only just started), and set aside by name when the chains differ. Then the
 * restore is logged and the chain checks.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handlerSetup, type HandlerSetup } from '../../fixtures/handlerDeps';
import { actor, makeBackup } from '../backup/backupFixtures';
import { appraisalOf, exportSetup } from '../exports/exportSetup';
import { auditEvents, auditPath } from './dataFolderState';

const newestBackup = (s: HandlerSetup) => {
  const names = readdirSync(join(s.dataFolder, 'backups'))
    .filter((n) => n.endsWith('.zip'))
    .sort();
  return join(s.dataFolder, 'backups', names.at(-1) ?? '');
};

/** Brings a backup file to another PC as the manager would: chosen in the dialog, then restored. */
async function restoreOn(s: HandlerSetup, file: string) {
  s.backupFileAnswers.push(file);
  const chosen = await s.call('backup:chooseFile', undefined);
  if (!chosen.chosen) throw new Error('not chosen');
  return s.call('backup:restored', { backupId: chosen.backupId, safetyBackupId: null, actor });
}

const replacedFiles = (s: HandlerSetup) =>
  readdirSync(join(s.dataFolder, 'audit')).filter((name) => name.startsWith('audit-log.replaced-'));

describe('backup:restored and the audit log', () => {
  it('on the same PC, whose log carries on from the backup’s: kept, and the restore logged after it', async () => {
    const s = exportSetup();
    await s.seal(appraisalOf('a1', 's1', 'Nguyễn Thị Hoa', '2026-03-10'));
    await makeBackup(s);
    const name = newestBackup(s).split('/').at(-1) ?? '';
    await s.seal(appraisalOf('a2', 's2', 'Ștefan Țurcanu', '2026-03-11'));
    const before = auditEvents(s.dataFolder);
    const answer = await s.call('backup:restored', {
      backupId: `this-pc:${name}`,
      safetyBackupId: null,
      actor,
    });
    expect(answer).toEqual({ auditLog: 'kept', vaultFilesCopied: 0, warning: null });
    const after = auditEvents(s.dataFolder);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.at(-1)).toMatchObject({ action: 'restore', facts: { kind: 'restore', safetySha256: null } });
    expect((await s.call('audit:verify', { actor })).intact).toBe(true);
  });

  it('on a new PC with no log: the backup’s log comes back whole, then the restore', async () => {
    const a = exportSetup();
    await a.seal(appraisalOf('a1', 's1', 'Nguyễn Thị Hoa', '2026-03-10'));
    await makeBackup(a);
    const b = handlerSetup();
    const file = join(b.savedFolder, 'from-a.zip');
    copyFileSync(newestBackup(a), file);
    expect(await restoreOn(b, file)).toMatchObject({ auditLog: 'restored', warning: null });
    const events = auditEvents(b.dataFolder);
    // A's log as it was when backed up (its last event, the backup's own, came after).
    expect(events.slice(0, -1)).toEqual(auditEvents(a.dataFolder).slice(0, -1));
    expect(events.at(-1)?.action).toBe('restore');
    expect((await b.call('audit:verify', { actor })).intact).toBe(true);
  });

  it('on a new PC that only took its safety backup: set aside quietly, the backup’s log brought back', async () => {
    const a = exportSetup();
    await a.seal(appraisalOf('a1', 's1', 'Nguyễn Thị Hoa', '2026-03-10'));
    await makeBackup(a);
    const b = handlerSetup();
    await makeBackup(b, { reason: 'before-restore' });
    const file = join(b.savedFolder, 'from-a.zip');
    copyFileSync(newestBackup(a), file);
    const safety = newestBackup(b).split('/').at(-1) ?? '';
    b.backupFileAnswers.push(file);
    const chosen = await b.call('backup:chooseFile', undefined);
    if (!chosen.chosen) throw new Error('not chosen');
    const answer = await b.call('backup:restored', {
      backupId: chosen.backupId,
      safetyBackupId: `this-pc:${safety}`,
      actor,
    });
    expect(answer).toMatchObject({ auditLog: 'restored', warning: null });
    expect(replacedFiles(b)).toHaveLength(1);
    expect(auditEvents(b.dataFolder).at(-1)?.facts).toMatchObject({
      kind: 'restore',
      safetySha256: expect.any(String) as unknown,
    });
    expect((await b.call('audit:verify', { actor })).intact).toBe(true);
  });

  it('when the chains differ: this PC’s log is set aside by name, the warning says where, and nothing is lost', async () => {
    const a = exportSetup();
    await a.seal(appraisalOf('a1', 's1', 'Nguyễn Thị Hoa', '2026-03-10'));
    await makeBackup(a);
    const b = exportSetup();
    await b.seal(appraisalOf('b1', 's9', 'Ștefan Țurcanu', '2026-03-01'));
    const ownLog = readFileSync(auditPath(b.dataFolder), 'utf8');
    const file = join(b.savedFolder, 'from-a.zip');
    copyFileSync(newestBackup(a), file);
    const answer = await restoreOn(b, file);
    expect(answer.auditLog).toBe('restored');
    const [aside = ''] = replacedFiles(b);
    expect(answer.warning).toBe(
      `This PC's activity log did not carry on from the backup's, so it was set aside as audit/${aside} and the backup's log brought back. Keep that file: it records what was done on this PC.`,
    );
    expect(readFileSync(join(b.dataFolder, 'audit', aside), 'utf8')).toBe(ownLog);
    expect((await b.call('audit:verify', { actor })).intact).toBe(true);
  });

  it('when this PC’s log is the start of the backup’s: replaced with no file set aside', async () => {
    const a = exportSetup();
    await a.seal(appraisalOf('a1', 's1', 'Nguyễn Thị Hoa', '2026-03-10'));
    const b = handlerSetup();
    // B's log is A's log as it was before A went on.
    copyFileSync(auditPath(a.dataFolder), join(b.dataFolder, 'audit-start.jsonl'));
    await a.seal(appraisalOf('a2', 's2', 'Ștefan Țurcanu', '2026-03-11'));
    await makeBackup(a);
    mkdirSync(join(b.dataFolder, 'audit'));
    copyFileSync(join(b.dataFolder, 'audit-start.jsonl'), auditPath(b.dataFolder));
    b.restart();
    const file = join(b.savedFolder, 'from-a.zip');
    copyFileSync(newestBackup(a), file);
    expect(await restoreOn(b, file)).toMatchObject({ auditLog: 'restored', warning: null });
    expect(existsSync(join(b.dataFolder, 'audit'))).toBe(true);
    expect(replacedFiles(b)).toEqual([]);
    expect((await b.call('audit:verify', { actor })).intact).toBe(true);
  });
});
