// First, so Dexie finds the fake IndexedDB when it loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAmendment, listVersions } from '../../../renderer/db/amendmentRepository';
import { toAppraisalRecord } from '../../../renderer/db/appraisalRecord';
import { getAppraisal, lastSignedAppraisal, saveDraft } from '../../../renderer/db/appraisalRepository';
import type { AppDatabase } from '../../../renderer/db/database';
import { InvalidInputError, RefusedChangeError } from '../../../renderer/db/repositoryErrors';
import { countersign, markSealed, signAsAppraisee } from '../../../renderer/db/signingRepository';
import type { Appraisal } from '../../../shared/appraisal/appraisal';
import { completeAppraisal } from '../../fixtures/completeAppraisal';
import { disposeDatabase, freshDatabase } from './freshDatabase';
import { appraiseeHoa, appraiserLucja, sealedInfo } from './signingFixtures';

let db: AppDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => disposeDatabase(db));

const now = new Date('2026-04-02T09:00:00.000Z');
const reason = 'The meeting date was typed as 12 March; it was 13 March.';

async function signAndSeal(id: string, version: number, seed: string): Promise<Appraisal> {
  await signAsAppraisee(db, id, appraiseeHoa);
  await countersign(db, id, appraiserLucja);
  return markSealed(db, id, sealedInfo(`${id}-v${version}`, seed));
}

async function sealedOriginal(): Promise<Appraisal> {
  await db.appraisals.add(toAppraisalRecord(completeAppraisal()));
  return signAndSeal('appraisal-complete-1', 1, 'a');
}

describe('amending a sealed appraisal', () => {
  it('creates version 2 as an unsigned draft copied from version 1, naming it and the reason', async () => {
    const original = await sealedOriginal();
    const amendment = await createAmendment(db, original.id, `  ${reason} `, { now, id: 'amend-1' });
    expect(amendment).toMatchObject({
      id: 'amend-1',
      status: 'draft',
      version: 2,
      supersedesId: original.id,
      amendmentReason: reason,
      signatures: { appraisee: null, appraiser: null },
      sealed: null,
      ratings: original.ratings,
      previousObjectives: original.previousObjectives,
      previousAppraisalId: original.previousAppraisalId,
      appraiseeComments: original.appraiseeComments,
      createdAt: now.toISOString(),
    });
    // The sealed version is untouched until the amendment is itself sealed.
    expect(await getAppraisal(db, original.id)).toEqual(original);
  });

  it('requires a reason', async () => {
    const original = await sealedOriginal();
    await expect(createAmendment(db, original.id, '   ')).rejects.toBeInstanceOf(InvalidInputError);
    expect(await listVersions(db, original.id)).toHaveLength(1);
  });

  it('allows only one open amendment at a time', async () => {
    const original = await sealedOriginal();
    await createAmendment(db, original.id, reason, { now, id: 'amend-1' });
    await expect(createAmendment(db, original.id, 'Again')).rejects.toThrow(/already in progress/);
  });

  it('refuses to amend a draft', async () => {
    await db.appraisals.add(toAppraisalRecord(completeAppraisal()));
    await expect(createAmendment(db, 'appraisal-complete-1', reason)).rejects.toThrow(
      /Only a signed appraisal/,
    );
  });

  it('goes through signing again; sealing it replaces version 1, and both are kept and listed', async () => {
    const original = await sealedOriginal();
    const amendment = await createAmendment(db, original.id, reason, { now, id: 'amend-1' });
    await saveDraft(db, { ...amendment, header: { ...amendment.header, meetingDate: '2026-03-13' } });
    const sealed = await signAndSeal('amend-1', 2, 'e');

    expect(sealed).toMatchObject({ status: 'signed', version: 2 });
    expect(await getAppraisal(db, original.id)).toEqual({
      ...original,
      status: 'superseded',
      supersededById: 'amend-1',
    });
    const versions = await listVersions(db, 'amend-1');
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'superseded'],
      [2, 'signed'],
    ]);
    expect(await listVersions(db, original.id)).toEqual(versions);
    expect((await lastSignedAppraisal(db, original.staffId))?.id).toBe('amend-1');
  });

  it('refuses to amend a replaced version, or to write to it', async () => {
    const original = await sealedOriginal();
    await createAmendment(db, original.id, reason, { now, id: 'amend-1' });
    await signAndSeal('amend-1', 2, 'e');
    await expect(createAmendment(db, original.id, reason)).rejects.toThrow(/already been replaced/);
    await expect(saveDraft(db, { ...original, status: 'draft' })).rejects.toBeInstanceOf(RefusedChangeError);
  });
});
