/**
 * Destroying and sealing, through the renderer's actions and main's real handlers: main alone
 * decides what may be destroyed (its facts, its clock), and a record main sealed is adopted as
 * the signed record whenever the working store did not hear of it.
 */
// Before anything loads Dexie: Dexie takes the IndexedDB it finds as it loads.
import 'fake-indexeddb/auto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { destroyLeaverRecords } from '../../../../renderer/actions/destroyLeaverRecords';
import { markLeaver } from '../../../../renderer/actions/markLeaver';
import { reconcileAtStartup } from '../../../../renderer/actions/reconcileAtStartup';
import { removeSignatures } from '../../../../renderer/actions/removeSignatures';
import { sealCountersigned } from '../../../../renderer/actions/sealAppraisal';
import { toAppraisalRecord } from '../../../../renderer/db/appraisalRecord';
import { getAppraisal } from '../../../../renderer/db/appraisalRepository';
import type { AppDatabase } from '../../../../renderer/db/database';
import { buildDocumentFor } from '../../../../renderer/db/documentSource';
import { countersign, signAsAppraisee } from '../../../../renderer/db/signingRepository';
import { getStaff } from '../../../../renderer/db/staffQueries';
import type { Appraisal } from '../../../../shared/appraisal/appraisal';
import { completeAppraisal } from '../../../fixtures/completeAppraisal';
import type { HandlerSetup } from '../../../fixtures/handlerDeps';
import { disposeDatabase, freshDatabase } from '../freshDatabase';
import { appraiseeHoa, appraiserLucja } from '../signingFixtures';
import { connectToMain, homeSettingsIn, personIn } from './rendererWithMain';

let db: AppDatabase;
let main: HandlerSetup;
beforeEach(async () => {
  db = freshDatabase();
  main = connectToMain({ now: '2026-03-12T14:20:00.000Z' });
  await homeSettingsIn(db);
});
afterEach(() => disposeDatabase(db));

/** Hoa's complete appraisal, signed by both and waiting for its seal. */
async function countersigned(staffId: string): Promise<Appraisal> {
  const draft = completeAppraisal({ staffId });
  await db.appraisals.add(toAppraisalRecord(draft));
  await signAsAppraisee(db, draft.id, appraiseeHoa);
  return countersign(db, draft.id, appraiserLucja);
}

/** Main seals it, but the working store never hears (the app stopped at that moment). */
async function sealedOnlyByMain(appraisal: Appraisal): Promise<void> {
  const { document, logo } = await buildDocumentFor(
    db,
    appraisal,
    appraisal.signatures.appraiser?.signedAt ?? null,
  );
  await main.call('documents:seal', { document, logo, actor: `appraiser:${appraisal.id}` });
}

const vaultFiles = () => readdirSync(join(main.dataFolder, 'vault')).filter((name) => name.includes('-v1.'));

describe('destroying a leaver’s records', () => {
  it('is refused within retention by main’s own clock, and nothing changes in main or the register', async () => {
    const staffId = await personIn(db);
    const sealed = await sealCountersigned(db, await countersigned(staffId));
    expect(sealed.sealed).toBe(true);
    await markLeaver(db, staffId, '2026-03-12');
    await expect(destroyLeaverRecords(db, staffId)).rejects.toThrow(/must be kept until 12\/03\/2032/);
    expect(vaultFiles()).toHaveLength(3);
    expect(await getStaff(db, staffId)).toBeDefined();
  });

  it('goes through once retention has passed by main’s clock: the files, the appraisals and the register entry', async () => {
    const staffId = await personIn(db);
    await sealCountersigned(db, await countersigned(staffId));
    await markLeaver(db, staffId, '2026-03-12');
    main.setNow('2032-03-12T09:00:00.000Z');
    const outcome = await destroyLeaverRecords(db, staffId);
    expect(outcome).toEqual({ fullName: 'Nguyễn Thị Hoa', appraisals: 1, signedDocuments: 1 });
    expect(vaultFiles()).toEqual([]);
    expect(await getStaff(db, staffId)).toBeUndefined();
    expect(await db.appraisals.where('staffId').equals(staffId).count()).toBe(0);
  });
});

describe('a record main sealed but the working store never heard of', () => {
  it('is adopted at start-up, exactly as sealed', async () => {
    const staffId = await personIn(db);
    const appraisal = await countersigned(staffId);
    await sealedOnlyByMain(appraisal);
    const result = await reconcileAtStartup(db);
    expect(result).toMatchObject({ adopted: 1, problems: [] });
    const adopted = await getAppraisal(db, appraisal.id);
    expect(adopted?.status).toBe('signed');
    expect(adopted?.sealed?.documentId).toBe(`${appraisal.id}-v1`);
  });

  it('is adopted when sealing is tried again after the home’s details changed, instead of a dead end', async () => {
    const staffId = await personIn(db);
    const appraisal = await countersigned(staffId);
    await sealedOnlyByMain(appraisal);
    await db.settings.update('home', { homeName: 'Willow Bank Care Home (Nursing)' });
    const outcome = await sealCountersigned(db, appraisal);
    if (!outcome.sealed) throw new Error(outcome.message);
    expect(outcome.adopted).toMatch(/already sealed on 12\/03\/2026/);
    expect((await getAppraisal(db, appraisal.id))?.status).toBe('signed');
  });

  it('keeps its signatures when someone tries to remove them, and becomes the signed record', async () => {
    const staffId = await personIn(db);
    const appraisal = await countersigned(staffId);
    await sealedOnlyByMain(appraisal);
    const result = await removeSignatures(db, appraisal);
    expect(result.outcome).toBe('already-sealed');
    const stored = await getAppraisal(db, appraisal.id);
    expect(stored?.status).toBe('signed');
    expect(stored?.signatures.appraiser).not.toBeNull();
  });
});
