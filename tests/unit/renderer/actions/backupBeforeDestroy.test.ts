/**
 * A destroy backs up first (#11): the records can still be brought back from a checked backup
 * made just before; a backup that cannot be made stops the destroy with nothing destroyed.
 */
import 'fake-indexeddb/auto';
import '../backup/browserBlobs';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { destroyLeaverRecords } from '../../../../renderer/actions/destroyLeaverRecords';
import { markLeaver } from '../../../../renderer/actions/markLeaver';
import { bridge } from '../../../../renderer/api';
import { toAppraisalRecord } from '../../../../renderer/db/appraisalRecord';
import type { AppDatabase } from '../../../../renderer/db/database';
import { getStaff } from '../../../../renderer/db/staffQueries';
import { completeAppraisal } from '../../../fixtures/completeAppraisal';
import type { HandlerSetup } from '../../../fixtures/handlerDeps';
import { disposeDatabase, freshDatabase } from '../freshDatabase';
import { connectToMain, homeSettingsIn, personIn } from './rendererWithMain';

let db: AppDatabase;
let main: HandlerSetup;
let staffId: string;
beforeEach(async () => {
  db = freshDatabase();
  main = connectToMain({ now: '2026-03-12T14:20:00.000Z' });
  await homeSettingsIn(db);
  staffId = await personIn(db);
  await db.appraisals.add(toAppraisalRecord(completeAppraisal({ id: 'leaver-draft', staffId })));
  await markLeaver(db, staffId, '2026-03-12');
  main.setNow('2032-03-12T09:00:00.000Z');
});
afterEach(() => disposeDatabase(db));

describe('destroying a leaver’s records', () => {
  it('makes a checked backup first that still holds them', async () => {
    await destroyLeaverRecords(db, staffId);

    expect(await getStaff(db, staffId)).toBeUndefined();
    const [backup] = await bridge().backup.list();
    expect(backup).toMatchObject({ reason: 'before-destroy', verified: true });
    expect(backup?.counts).toMatchObject({ leavers: 1, appraisals: 1 });
  });

  it('destroys nothing when the backup cannot be made', async () => {
    // Where the backups folder should be, a file: nothing can be written there.
    const backups = join(main.dataFolder, 'backups');
    rmSync(backups, { recursive: true, force: true });
    writeFileSync(backups, 'not a folder');

    await expect(destroyLeaverRecords(db, staffId)).rejects.toThrow(/^Nothing was destroyed/);
    expect(await getStaff(db, staffId)).toBeDefined();
    expect(await db.appraisals.where('staffId').equals(staffId).count()).toBe(1);
  });
});
