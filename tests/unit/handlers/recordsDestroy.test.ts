/**
 * records:destroy with real sealed files, decided only from main's own facts: the leaving date
 * and retention period recorded through main, main's clock, and the documents the vault holds
 * for the person. The window names the person and nothing else.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFingerprint } from '../../../shared/documents/fingerprint';
import { mayBeDestroyedFrom } from '../../../shared/staff/retention';
import { makeBackup } from '../backup/backupFixtures';
import { actor, appraisalOf, exportSetup } from '../exports/exportSetup';
import {
  auditEvents,
  blockRemoval,
  breakAuditLog,
  filesOf,
  snapshot,
  tombstones,
  vaultPath,
} from './dataFolderState';

// Nguyễn Thị Hoa (s1) has two sealed appraisals; Ștefan Țurcanu (s2) one.
const hoa1 = () => appraisalOf('a1', 's1', 'Nguyễn Thị Hoa', '2019-03-10');
const hoa2 = () => appraisalOf('a4', 's1', 'Nguyễn Thị Hoa', '2019-11-10');
const stefan = () => appraisalOf('a2', 's2', 'Ștefan Țurcanu', '2019-03-10');

/** The day before Hoa's records may go (she left 29/02/2020; six years: 28/02/2026). */
const withinRetention = '2026-02-27T12:00:00.000Z';
const pastRetention = '2026-02-28T12:00:00.000Z';

async function leaver() {
  const s = exportSetup({ now: withinRetention });
  for (const document of [hoa1(), hoa2(), stefan()]) await s.seal(document);
  await s.call('records:setLeavingDate', { staffId: 's1', leavingDate: '2020-02-29', actor });
  return s;
}

const destroyHoa = { staffId: 's1', actor };

/** Past retention, with the backup main insists on made just now (as the renderer makes it first). */
async function pastRetentionBackedUp(s: Awaited<ReturnType<typeof leaver>>) {
  s.setNow(pastRetention);
  await makeBackup(s, { reason: 'before-destroy' });
}
const destroyEvents = (dataFolder: string) => auditEvents(dataFolder).filter((e) => e.action === 'destroy');

describe('retention end date', () => {
  it('adds calendar years; 29 February becomes 28 February in a common year', () => {
    expect(mayBeDestroyedFrom('2020-02-29', 6)).toBe('2026-02-28');
    expect(mayBeDestroyedFrom('2020-02-29', 4)).toBe('2024-02-29');
    expect(mayBeDestroyedFrom('2019-07-31', 6)).toBe('2025-07-31');
  });
});

describe('records:destroy refuses from main’s own facts', () => {
  it.each([
    ['a leaving date', { leavingDate: '2000-01-01' }],
    ['a retention period', { retentionYears: 1 }],
    ['today’s date', { today: '2099-01-01' }],
    ['a list of documents', { documentIds: ['a1-v1'] }],
  ])('a window cannot send %s: the request is refused and nothing changes', async (_what, extra) => {
    const s = await leaver();
    s.setNow(pastRetention);
    const before = snapshot(s.dataFolder);
    const reply = await s.reply('records:destroy', { ...destroyHoa, ...extra });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(snapshot(s.dataFolder)).toEqual(before);
  });

  it('within retention by main’s clock: refused naming the date; files, tombstones and log unchanged', async () => {
    const s = await leaver();
    const before = snapshot(s.dataFolder);
    await expect(s.call('records:destroy', destroyHoa)).rejects.toThrow(
      'These records are still within the retention period and may not be destroyed until 28/02/2026. Nothing was destroyed.',
    );
    expect(snapshot(s.dataFolder)).toEqual(before);
    expect(tombstones(s.dataFolder)).toEqual([]);
  });

  it('uses the retention period recorded through main, not the default', async () => {
    const s = await leaver();
    await s.call('records:setRetentionYears', { years: 8, actor });
    s.setNow(pastRetention);
    const before = snapshot(s.dataFolder);
    await expect(s.call('records:destroy', destroyHoa)).rejects.toThrow(
      'may not be destroyed until 29/02/2028',
    );
    expect(snapshot(s.dataFolder)).toEqual(before);
  });

  it('refused when no leaving date was recorded, or it was cleared', async () => {
    const s = await leaver();
    s.setNow('2040-01-01T12:00:00.000Z');
    await expect(s.call('records:destroy', { staffId: 's2', actor })).rejects.toThrow(
      'No leaving date has been recorded for this person, so their records must be kept. Nothing was destroyed.',
    );
    await s.call('records:setLeavingDate', { staffId: 's1', leavingDate: null, actor });
    const before = snapshot(s.dataFolder);
    await expect(s.call('records:destroy', destroyHoa)).rejects.toThrow('No leaving date has been recorded');
    expect(snapshot(s.dataFolder)).toEqual(before);
  });

  it('refused when the recorded leaving date is before a sealed meeting', async () => {
    const s = await leaver();
    await s.call('records:setLeavingDate', { staffId: 's1', leavingDate: '2019-05-01', actor });
    s.setNow('2040-01-01T12:00:00.000Z');
    const before = snapshot(s.dataFolder);
    await expect(s.call('records:destroy', destroyHoa)).rejects.toThrow(
      'The recorded leaving date (01/05/2019) is before an appraisal meeting on 10/11/2019, so it cannot be right.',
    );
    expect(snapshot(s.dataFolder)).toEqual(before);
  });
});

describe('records:destroy once retention has passed', () => {
  it('removes the person’s files, writes tombstones and ONE destroy event naming every document, without a name', async () => {
    const s = await leaver();
    await pastRetentionBackedUp(s);
    expect(await s.call('records:destroy', destroyHoa)).toEqual({
      destroyed: 2,
      documentIds: ['a1-v1', 'a4-v1'],
    });
    expect(filesOf(s.dataFolder, 'a1-v1')).toEqual([]);
    expect(filesOf(s.dataFolder, 'a4-v1')).toEqual([]);
    expect(filesOf(s.dataFolder, 'a2-v1')).toHaveLength(3);
    const named = [
      { documentId: 'a1-v1', fingerprint: documentFingerprint(hoa1()) },
      { documentId: 'a4-v1', fingerprint: documentFingerprint(hoa2()) },
    ];
    expect(tombstones(s.dataFolder)).toEqual(named.map((n) => ({ ...n, destroyedAt: pastRetention })));
    const destroys = destroyEvents(s.dataFolder);
    expect(destroys).toHaveLength(1);
    expect(destroys[0]).toMatchObject({
      actor: 'registered-manager',
      entityId: 's1',
      facts: { kind: 'destroy', staffId: 's1', documents: named },
    });
    expect(JSON.stringify(auditEvents(s.dataFolder))).not.toMatch(/Nguy|Hoa|Țurcanu/);
    expect((await s.call('audit:verify', { actor })).intact).toBe(true);
  });

  it('logs the destroy event BEFORE removing files: stopped part-way it says so, and a retry finishes it', async () => {
    const s = await leaver();
    await pastRetentionBackedUp(s);
    const [pdf = ''] = filesOf(s.dataFolder, 'a4-v1').filter((name) => name.endsWith('.pdf'));
    const unblock = blockRemoval(vaultPath(s.dataFolder, pdf));

    const message =
      /^The destruction is recorded in the activity log, but some of the files could not be removed \(.+\)\. Press Destroy again to finish it\.$/;
    await expect(s.call('records:destroy', destroyHoa)).rejects.toThrow(message);
    expect(destroyEvents(s.dataFolder)).toHaveLength(1);
    expect(filesOf(s.dataFolder, 'a1-v1')).toEqual([]);
    expect(filesOf(s.dataFolder, 'a4-v1')).toEqual([pdf]);
    // Still in the way: the same plain answer, and still one event.
    await expect(s.call('records:destroy', destroyHoa)).rejects.toThrow(message);

    unblock();
    expect(await s.call('records:destroy', destroyHoa)).toEqual({
      destroyed: 1,
      documentIds: ['a1-v1', 'a4-v1'],
    });
    expect(filesOf(s.dataFolder, 'a4-v1')).toEqual([]);
    expect(destroyEvents(s.dataFolder)).toHaveLength(1);
    expect(tombstones(s.dataFolder).map((t) => t.documentId)).toEqual(['a1-v1', 'a4-v1']);
    expect((await s.call('audit:verify', { actor })).intact).toBe(true);
  });

  it('removes nothing when the destroy event cannot be written, and does not claim it was recorded', async () => {
    const s = await leaver();
    await pastRetentionBackedUp(s);
    const before = snapshot(s.dataFolder);
    // The log becomes unusable just as main reads its clock: after it has read its facts and
    // decided, before it records. (The clock is the one dependency main calls in between.)
    let restore: () => void = () => undefined;
    s.setNow(() => {
      s.setNow(pastRetention);
      restore = breakAuditLog(s.dataFolder);
      return new Date(pastRetention);
    });
    const reply = await s.reply('records:destroy', destroyHoa);
    restore();
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message:
          'Something went wrong in the app and this did not finish. Please try again; if it keeps happening, restart Care Appraisals.',
      },
    });
    expect(s.errors.map((e) => e.channel)).toEqual(['records:destroy']);
    expect(snapshot(s.dataFolder)).toEqual(before);
    expect(existsSync(join(s.dataFolder, 'vault', 'destroyed.jsonl'))).toBe(false);
  });
});

describe('a destroyed document', () => {
  it('can never be sealed again, even with other contents, and the audit chain stays intact', async () => {
    const s = await leaver();
    await pastRetentionBackedUp(s);
    await s.call('records:destroy', destroyHoa);
    const changed = appraisalOf('a1', 's1', 'Nguyễn Thị Hoa', '2019-03-10', {
      summary: { ...hoa1().appraisal.summary, overall: 'Sent again with other words.' },
    });
    const refusal =
      'Version 1 of this appraisal was destroyed after the retention period, so it cannot be sealed again.';
    await expect(s.seal(hoa1())).rejects.toThrow(refusal);
    await expect(s.seal(changed)).rejects.toThrow(refusal);
    s.restart();
    await expect(s.seal(changed)).rejects.toThrow(refusal);
    expect(filesOf(s.dataFolder, 'a1-v1')).toEqual([]);
    expect(await s.call('documents:sealState', { documentIds: ['a1-v1', 'a2-v1'] })).toMatchObject({
      states: [
        { documentId: 'a1-v1', seal: null, destroyed: true },
        { documentId: 'a2-v1', destroyed: false },
      ],
    });
    await expect(s.call('documents:readSealed', { documentId: 'a1-v1' })).rejects.toThrow(
      'The vault holds no sealed document a1-v1.',
    );
    const check = await s.call('audit:verify', { actor });
    expect(check).toMatchObject({ intact: true, problems: [] });
    expect(auditEvents(s.dataFolder).filter((e) => e.action === 'seal')).toHaveLength(3);
  });

  it('is remembered from the destroy event even if the tombstones file is lost (finished at start-up)', async () => {
    const s = await leaver();
    await pastRetentionBackedUp(s);
    await s.call('records:destroy', destroyHoa);
    // Someone deletes vault/destroyed.jsonl; the audit log still names what was destroyed.
    rmSync(join(s.dataFolder, 'vault', 'destroyed.jsonl'));
    s.restart();
    await s.call('app:startupCheck', undefined);
    await expect(s.seal(hoa1())).rejects.toThrow('destroyed after the retention period');
  });
});

describe('records:destroy only straight after a backup (main’s own rule)', () => {
  const refusal =
    'Records are destroyed only straight after a backup, so a mistake can still be undone. There is no checked backup on this PC from the last 15 minutes, so nothing was destroyed. Destroy from the person’s page, which makes the backup first, or make a backup and try again.';

  it('with no backup on this PC: refused in plain English, and nothing changes', async () => {
    const s = await leaver();
    s.setNow(pastRetention);
    const before = snapshot(s.dataFolder);
    await expect(s.call('records:destroy', destroyHoa)).rejects.toThrow(refusal);
    expect(snapshot(s.dataFolder)).toEqual(before);
    expect(destroyEvents(s.dataFolder)).toEqual([]);
    expect(tombstones(s.dataFolder)).toEqual([]);
  });

  it('a backup 16 minutes old by main’s clock is not enough; one 14 minutes old is', async () => {
    const s = await leaver();
    s.setNow('2026-02-28T11:44:00.000Z');
    await makeBackup(s, { reason: 'before-destroy' });
    s.setNow('2026-02-28T12:00:00.000Z');
    const before = snapshot(s.dataFolder);
    await expect(s.call('records:destroy', destroyHoa)).rejects.toThrow(refusal);
    expect(snapshot(s.dataFolder)).toEqual(before);

    s.setNow('2026-02-28T11:46:00.000Z');
    await makeBackup(s, { reason: 'before-destroy' });
    s.setNow('2026-02-28T12:00:00.000Z');
    expect(await s.call('records:destroy', destroyHoa)).toMatchObject({ destroyed: 2 });
  });

  it('a backup that no longer passes its check does not count', async () => {
    const s = await leaver();
    await pastRetentionBackedUp(s);
    const [name = ''] = readdirSync(join(s.dataFolder, 'backups')).filter((n) => n.endsWith('.zip'));
    const path = join(s.dataFolder, 'backups', name);
    const bytes = readFileSync(path);
    const at = Math.floor(bytes.length / 3);
    bytes.writeUInt8(bytes.readUInt8(at) ^ 0xff, at);
    writeFileSync(path, bytes);
    await expect(s.call('records:destroy', destroyHoa)).rejects.toThrow(refusal);
    expect(filesOf(s.dataFolder, 'a1-v1')).toHaveLength(3);
  });
});
