/**
 * Backups and restores through the renderer's actions and main's real handlers (#11): a backup
 * restored brings back every table as it was; a restore that fails part way changes nothing; a
 * backup made by an older version is upgraded as it is restored; a destroy backs up first.
 */
import 'fake-indexeddb/auto';
import '../backup/browserBlobs';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backUp, backUpAsItIs } from '../../../../renderer/actions/backUp';
import { prepareRestore, restoreBackup } from '../../../../renderer/actions/restoreBackup';
import { toAppraisalRecord } from '../../../../renderer/db/appraisalRecord';
import { getAppraisal } from '../../../../renderer/db/appraisalRepository';
import { AppDatabase } from '../../../../renderer/db/database';
import { bridge } from '../../../../renderer/api';
import { completeAppraisal } from '../../../fixtures/completeAppraisal';
import { seedHome } from '../backup/seedHome';
import { disposeDatabase, freshDatabase } from '../freshDatabase';
import { connectToMain, homeSettingsIn } from './rendererWithMain';
import { currentSchemaVersion } from '../../../../shared/backup/schemaVersion';

let db: AppDatabase;
beforeEach(async () => {
  connectToMain({ now: '2026-03-12T14:20:00.000Z' });
  db = freshDatabase();
  await homeSettingsIn(db);
  await seedHome(db, 3);
});
afterEach(() => disposeDatabase(db));

async function everyTable(of: AppDatabase) {
  return {
    settings: await of.settings.toArray(),
    staff: await of.staff.toArray(),
    frameworks: await of.frameworks.toArray(),
    appraisals: await of.appraisals.toArray(),
  };
}

async function savedBackup() {
  const result = await backUp(db, 'manual');
  if (result.outcome !== 'saved') throw new Error('expected the backup to be saved');
  return result.backup;
}

/** Changes after the backup: a person and their appraisals gone, a new draft. */
async function changeThings(): Promise<void> {
  await db.appraisals.where('staffId').equals('s1').delete();
  await db.staff.delete('s1');
  await db.appraisals.add(toAppraisalRecord(completeAppraisal({ id: 'after-backup', staffId: 's2' })));
}

describe('restoring a backup', () => {
  it('brings back every table exactly as it was, after a safety backup of what was here', async () => {
    const before = await everyTable(db);
    const backup = await savedBackup();
    expect(backup.verified).toBe(true);
    await changeThings();

    const plan = await prepareRestore(db, backup.backupId);
    // Main's reading of the file and the renderer's reading of the scratch copy agree.
    expect(plan.restoring.counts).toEqual(plan.check.backup.counts);
    expect(plan.restoring.counts.appraisals).toBe(30);
    expect(plan.here.counts.appraisals).toBe(21);
    const stages: string[] = [];
    const outcome = await restoreBackup(db, plan, { onProgress: (stage) => stages.push(stage) });

    expect(await everyTable(db)).toEqual(before);
    expect(outcome.safetyBackup?.reason).toBe('before-restore');
    expect(stages.some((stage) => stage.startsWith('Putting back the appraisals'))).toBe(true);
    expect(await Dexie.exists(plan.scratchName)).toBe(false);
  });

  it('leaves every table unchanged when it fails part way through replacing them', async () => {
    const backup = await savedBackup();
    await changeThings();
    const changed = await everyTable(db);
    const plan = await prepareRestore(db, backup.backupId);

    await expect(
      restoreBackup(db, plan, {
        onProgress: (stage) => {
          // The settings, register and frameworks are already replaced by now.
          if (stage.startsWith('Putting back the appraisals')) throw new Error('The disk is full.');
        },
      }),
    ).rejects.toThrow(
      'The backup could not be restored, so the records here are unchanged. (The disk is full.)',
    );
    expect(await everyTable(db)).toEqual(changed);
  });

  it('upgrades a backup made by an older version (schema 3) as it restores it', async () => {
    const name = `old-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(3).stores({
      settings: '&key',
      staff: 'id, nameKey, role, team, leavingDate, lineManagerId',
      frameworks: 'id, frameworkId, version, [frameworkId+version], status',
      appraisals:
        'id, staffId, status, [staffId+status], meetingDate, nextDueDate, appraiserName, supersedesId, updatedAt, [staffId+status+meetingDate]',
      auditEvents: 'seq, at, action, entityId',
    });
    await old.table('appraisals').add(toAppraisalRecord(completeAppraisal({ id: 'from-version-3' })));
    old.close();
    const result = await backUpAsItIs(name, 3, 'before-upgrade');
    await Dexie.delete(name);
    if (result.outcome !== 'saved') throw new Error('expected the backup to be saved');
    expect(result.backup.schemaVersion).toBe(3);

    const plan = await prepareRestore(db, result.backup.backupId);
    await restoreBackup(db, plan);

    expect((await getAppraisal(db, 'from-version-3'))?.summary).toEqual(completeAppraisal().summary);
    expect(await db.appraisals.count()).toBe(1);
    expect(db.tables.map((table) => table.name)).not.toContain('auditEvents');
  });

  it('refuses a backup main will not vouch for, and nothing changes', async () => {
    const before = await everyTable(db);
    await expect(prepareRestore(db, 'this-pc:no-such-backup.zip')).rejects.toThrow();
    expect(await everyTable(db)).toEqual(before);
  });
});

describe('a backup', () => {
  it('is listed by main as made by hand, checked, with the counts of what it holds', async () => {
    const backup = await savedBackup();
    const listed = await bridge().backup.list();
    expect(listed.map((b) => b.backupId)).toContain(backup.backupId);
    expect(backup).toMatchObject({ reason: 'manual', verified: true, schemaVersion: currentSchemaVersion });
    expect(backup.counts).toMatchObject({
      staff: 2,
      leavers: 1,
      appraisals: 30,
      signed: 15,
      replaced: 12,
      drafts: 3,
    });
  });

  it('cancelled before it starts writes nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await backUp(db, 'manual', { signal: controller.signal })).toEqual({ outcome: 'cancelled' });
    expect(await bridge().backup.list()).toEqual([]);
  });
});

describe('restoring from the recovery screen, when the records here cannot be opened', () => {
  it('backs up a database saved by a newer version as it is, then puts the backup in its place', async () => {
    const backup = await savedBackup();
    const name = new AppDatabase().name;
    const newer = new Dexie(name);
    newer.version(currentSchemaVersion + 1).stores({ appraisals: 'id', notes: 'id' });
    await newer.table('notes').add({ id: 'from-the-future' });
    newer.close();

    const plan = await prepareRestore(null, backup.backupId);
    expect(plan.here.counts.appraisals).toBe(0);
    const outcome = await restoreBackup(null, plan);

    expect(outcome.safetyBackup).toMatchObject({
      reason: 'before-restore',
      schemaVersion: currentSchemaVersion + 1,
      verified: true,
    });
    const restored = new AppDatabase();
    await restored.open();
    expect(restored.verno).toBe(currentSchemaVersion);
    expect(await restored.appraisals.count()).toBe(30);
    restored.close();
    await Dexie.delete(name);
  });
});
