/**
 * Opening the database at start (#11): an older database is backed up as it is before it is
 * upgraded; a database written by a newer version is left untouched; nothing is ever deleted.
 */
import 'fake-indexeddb/auto';
import './browserBlobs';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppDatabase } from '../../../../renderer/app/openAppDatabase';
import { bridge } from '../../../../renderer/api';
import { toAppraisalRecord } from '../../../../renderer/db/appraisalRecord';
import { getAppraisal } from '../../../../renderer/db/appraisalRepository';
import { completeAppraisal } from '../../../fixtures/completeAppraisal';
import { connectToMain } from '../actions/rendererWithMain';
import { currentSchemaVersion } from '../../../../shared/backup/schemaVersion';

let name: string;
beforeEach(() => {
  connectToMain({ now: '2026-03-12T14:20:00.000Z' });
  name = `start-${crypto.randomUUID()}`;
});
afterEach(() => Dexie.delete(name));

const versionThree = {
  settings: '&key',
  staff: 'id, nameKey, role, team, leavingDate, lineManagerId',
  frameworks: 'id, frameworkId, version, [frameworkId+version], status',
  appraisals:
    'id, staffId, status, [staffId+status], meetingDate, nextDueDate, appraiserName, supersedesId, updatedAt, [staffId+status+meetingDate]',
  auditEvents: 'seq, at, action, entityId',
};

/** The raw IndexedDB version and rows, read without Dexie's schema. */
async function asStored(): Promise<{ version: number; appraisals: unknown[] }> {
  const raw = new Dexie(name);
  await raw.open();
  const stored = { version: raw.verno, appraisals: await raw.table('appraisals').toArray() };
  raw.close();
  return stored;
}

describe('opening the database at start', () => {
  it('backs up a database made by version 3 as it is, then upgrades it and keeps every appraisal', async () => {
    const old = new Dexie(name);
    old.version(3).stores(versionThree);
    await old.table('appraisals').add(toAppraisalRecord(completeAppraisal({ id: 'kept' })));
    old.close();

    const opening = await openAppDatabase(name);

    if (opening.kind !== 'open') throw new Error(`expected it to open, not ${opening.kind}`);
    expect(opening).toMatchObject({ upgradedFrom: 3, backupProblem: null });
    expect((await getAppraisal(opening.db, 'kept'))?.id).toBe('kept');
    opening.db.close();
    const [backup] = await bridge().backup.list();
    expect(backup).toMatchObject({ reason: 'before-upgrade', schemaVersion: 3, verified: true });
    expect(backup?.counts.appraisals).toBe(1);
  });

  it('leaves a database written by a newer version untouched and says so', async () => {
    const newer = new Dexie(name);
    newer.version(currentSchemaVersion + 1).stores({ ...versionThree, auditEvents: null, notes: 'id' });
    await newer.table('appraisals').add({ id: 'from-the-future', staffId: 's1' });
    newer.close();

    expect(await openAppDatabase(name)).toEqual({
      kind: 'newer',
      found: currentSchemaVersion + 1,
      supported: currentSchemaVersion,
    });
    expect(await asStored()).toEqual({
      version: currentSchemaVersion + 1,
      appraisals: [{ id: 'from-the-future', staffId: 's1' }],
    });
    expect(await bridge().backup.list()).toEqual([]);
  });

  it('opens a new database with no upgrade and no backup', async () => {
    const opening = await openAppDatabase(name);
    if (opening.kind !== 'open') throw new Error(`expected it to open, not ${opening.kind}`);
    expect(opening.upgradedFrom).toBeNull();
    opening.db.close();
    expect(await bridge().backup.list()).toEqual([]);
  });

  it('says another window holds the records when an upgrade is blocked, and opens once it lets go', async () => {
    const old = new Dexie(name);
    old.version(3).stores(versionThree);
    await old.table('appraisals').add(toAppraisalRecord(completeAppraisal({ id: 'kept' })));
    old.close();
    // Another window's connection, which does not close when asked to (no versionchange handler).
    const holder = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });

    const blocked = await openAppDatabase(name);
    expect(blocked).toEqual({
      kind: 'cannot-open',
      reason:
        'Another Care Appraisals window is holding the records open. Close every Care Appraisals window, then open the app again.',
    });
    expect(holder.version).toBe(30);
    expect((await bridge().backup.list()).map((backup) => backup.reason)).toEqual(['before-upgrade']);

    holder.close();
    const opening = await openAppDatabase(name);
    if (opening.kind !== 'open') throw new Error(`expected it to open, not ${opening.kind}`);
    expect((await getAppraisal(opening.db, 'kept'))?.id).toBe('kept');
    opening.db.close();
  });
});
