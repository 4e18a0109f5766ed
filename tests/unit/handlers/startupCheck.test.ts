/**
 * app:startupCheck: what main checks and puts right once per run, with real files left the way
 * an interrupted run leaves them.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handlerSetup } from '../../fixtures/handlerDeps';
import { makeBackup } from '../backup/backupFixtures';
import { actor, appraisalOf, exportSetup } from '../exports/exportSetup';
import { auditEvents, auditPath, blockRemoval, filesOf, vaultPath } from './dataFolderState';

describe('app:startupCheck', () => {
  it('on a new data folder finds nothing to put right', async () => {
    const s = handlerSetup();
    expect(await s.call('app:startupCheck', undefined)).toEqual({
      auditLog: { intact: true, problems: [], count: 0, repairedTornTail: null },
      removedTempFiles: 0,
      finishedDestroys: 0,
      problems: [],
    });
  });

  it('says plainly what it could not put right, and still reports the audit log', async () => {
    const s = handlerSetup();
    await s.call('audit:verify', { actor });
    // A temp file's name taken by a folder with something in it: it cannot be removed.
    const stuck = join(s.dataFolder, 'vault', '.a1-v1.json.0a1b2c3d4e5f.tmp');
    mkdirSync(stuck, { recursive: true });
    writeFileSync(join(stuck, 'inside'), 'x');
    s.restart();
    const check = await s.call('app:startupCheck', undefined);
    expect(check.auditLog).toMatchObject({ intact: true, count: 1 });
    expect(check.problems).toEqual([
      expect.stringMatching(/^Some temporary files left by an interrupted save could not be removed/),
    ]);
  });

  it('removes temp files interrupted writes left in vault/ and drafts/, and counts them; nothing else', async () => {
    const s = exportSetup();
    await s.seal(appraisalOf('a1', 's1', 'Nguyễn Thị Hoa', '2026-03-10'));
    mkdirSync(join(s.dataFolder, 'drafts'), { recursive: true });
    const leftovers = [
      vaultPath(s.dataFolder, '.a2-v1.0123456789abcdef.pdf.0a1b2c3d4e5f.tmp'),
      vaultPath(s.dataFolder, '.x.abcdefabcdef.tmp'),
      join(s.dataFolder, 'drafts', '.a3-v1.pdf.000000000000.tmp'),
    ];
    const kept = [
      vaultPath(s.dataFolder, '.x.ABCDEFABCDEF.tmp'),
      vaultPath(s.dataFolder, 'x.abcdefabcdef.tmp'),
      join(s.dataFolder, 'drafts', 'a3-v1.pdf'),
    ];
    for (const path of [...leftovers, ...kept]) writeFileSync(path, 'half written');
    const sealed = filesOf(s.dataFolder, 'a1-v1');

    s.restart();
    expect(await s.call('app:startupCheck', undefined)).toMatchObject({
      removedTempFiles: 3,
      finishedDestroys: 0,
    });
    for (const path of leftovers) expect(existsSync(path)).toBe(false);
    for (const path of kept) expect(existsSync(path)).toBe(true);
    expect(filesOf(s.dataFolder, 'a1-v1')).toEqual(sealed);
  });

  it('finishes a destruction that was recorded but stopped part-way, without logging it twice', async () => {
    const s = exportSetup({ now: '2026-03-01T12:00:00.000Z' });
    await s.seal(appraisalOf('a1', 's1', 'Nguyễn Thị Hoa', '2019-03-10'));
    await s.seal(appraisalOf('a4', 's1', 'Nguyễn Thị Hoa', '2019-11-10'));
    await s.call('records:setLeavingDate', { staffId: 's1', leavingDate: '2020-02-29', actor });
    const [pdf = ''] = filesOf(s.dataFolder, 'a4-v1').filter((name) => name.endsWith('.pdf'));
    const unblock = blockRemoval(vaultPath(s.dataFolder, pdf));
    await makeBackup(s, { reason: 'before-destroy' });
    await expect(s.call('records:destroy', { staffId: 's1', actor })).rejects.toThrow('Press Destroy again');
    unblock();
    expect(filesOf(s.dataFolder, 'a4-v1')).toEqual([pdf]);

    s.restart();
    expect(await s.call('app:startupCheck', undefined)).toMatchObject({
      auditLog: { intact: true },
      finishedDestroys: 1,
    });
    expect(filesOf(s.dataFolder, 'a4-v1')).toEqual([]);
    expect(auditEvents(s.dataFolder).filter((e) => e.action === 'destroy')).toHaveLength(1);
    // Once per run: asking again repeats the answer and does nothing more.
    expect(await s.call('app:startupCheck', undefined)).toMatchObject({ finishedDestroys: 1 });
  });

  it('sets aside a torn last line of the audit log, logs the repair as the app, and reports it', async () => {
    const s = handlerSetup();
    await s.call('audit:record', { event: { action: 'discard', appraisalId: 'a1' }, actor });
    // The power went mid-append: half a line, no newline.
    appendFileSync(auditPath(s.dataFolder), '{"seq":2,"at":"2026-03-12T14:2');
    s.restart();
    const check = await s.call('app:startupCheck', undefined);
    expect(check.auditLog).toEqual({
      intact: true,
      problems: [],
      count: 2,
      repairedTornTail: { bytes: 30, keptAs: expect.stringMatching(/^torn-.+\.txt$/) },
    });
    expect(readdirSync(join(s.dataFolder, 'audit'))).toContain(check.auditLog.repairedTornTail?.keptAs);
    expect(auditEvents(s.dataFolder).map((e) => [e.seq, e.action, e.actor])).toEqual([
      [1, 'discard', actor],
      [2, 'repair', 'app'],
    ]);
    expect(await s.call('audit:verify', { actor })).toMatchObject({ intact: true, count: 2 });
  });
});
