// First, so Dexie finds the fake IndexedDB when it loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toAppraisalRecord } from '../../../renderer/db/appraisalRecord';
import { discardDraft, getAppraisal, saveDraft } from '../../../renderer/db/appraisalRepository';
import type { AppDatabase } from '../../../renderer/db/database';
import { InvalidInputError, RefusedChangeError } from '../../../renderer/db/repositoryErrors';
import {
  countersign,
  markSealed,
  removeSignatures,
  signAsAppraisee,
} from '../../../renderer/db/signingRepository';
import type { Appraisal } from '../../../shared/appraisal/appraisal';
import { completeAppraisal } from '../../fixtures/completeAppraisal';
import { disposeDatabase, freshDatabase } from './freshDatabase';
import { appraiseeHoa, appraiserLucja, sealedInfo } from './signingFixtures';

let db: AppDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => disposeDatabase(db));

async function seed(overrides: Partial<Appraisal> = {}): Promise<Appraisal> {
  const appraisal = completeAppraisal(overrides);
  await db.appraisals.add(toAppraisalRecord(appraisal));
  return appraisal;
}

async function stored(id = 'appraisal-complete-1'): Promise<Appraisal> {
  const found = await getAppraisal(db, id);
  if (found === undefined) throw new Error('expected the appraisal to be stored');
  return found;
}

async function countersigned(overrides: Partial<Appraisal> = {}): Promise<Appraisal> {
  const appraisal = await seed(overrides);
  await signAsAppraisee(db, appraisal.id, appraiseeHoa);
  return countersign(db, appraisal.id, appraiserLucja);
}

describe('the appraisee signing', () => {
  it('stores the signature on a complete draft, with the name in composed form', async () => {
    const draft = await seed();
    const decomposed = { ...appraiseeHoa, fullName: '  Nguyễn Thị Hoa '.normalize('NFD') };
    await signAsAppraisee(db, draft.id, decomposed);
    const after = await stored();
    expect(after.status).toBe('draft');
    expect(after.signatures.appraisee?.fullName).toBe('Nguyễn Thị Hoa');
    expect(after.signatures.appraiser).toBeNull();
  });

  it('is refused while anything on the checklist is missing, and nothing is signed', async () => {
    const draft = await seed({ summary: { overall: '' } });
    await expect(signAsAppraisee(db, draft.id, appraiseeHoa)).rejects.toThrow(
      /cannot be signed yet: 1 thing is still missing/,
    );
    expect((await stored()).signatures.appraisee).toBeNull();
  });

  it('refuses a signature with no name, or a typed method without the typed name', async () => {
    const draft = await seed();
    await expect(signAsAppraisee(db, draft.id, { ...appraiseeHoa, fullName: ' ' })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    await expect(signAsAppraisee(db, draft.id, { ...appraiseeHoa, typedName: '' })).rejects.toThrow(
      'Type the full name to sign.',
    );
    expect((await stored()).signatures.appraisee).toBeNull();
  });

  it("refuses the appraiser's signature in the appraisee's place", async () => {
    const draft = await seed();
    await expect(signAsAppraisee(db, draft.id, appraiserLucja)).rejects.toThrow('for the other party');
  });

  it('freezes the draft: saving any change is refused until the signature is removed', async () => {
    const draft = await seed();
    await signAsAppraisee(db, draft.id, appraiseeHoa);
    const edited = { ...draft, appraiseeComments: 'I disagree with the rating for rotas.' };
    await expect(saveDraft(db, edited)).rejects.toThrow(/has signed this appraisal, so it cannot be changed/);
    expect((await stored()).appraiseeComments).toBe(draft.appraiseeComments);
    await expect(discardDraft(db, draft.id)).rejects.toBeInstanceOf(RefusedChangeError);

    await removeSignatures(db, draft.id);
    await saveDraft(db, edited);
    expect((await stored()).appraiseeComments).toBe('I disagree with the rating for rotas.');
  });

  it('never lets a draft save smuggle in a signature', async () => {
    const draft = await seed();
    await expect(
      saveDraft(db, { ...draft, signatures: { appraisee: appraiseeHoa, appraiser: null } }),
    ).rejects.toThrow('Signatures are recorded on the signing screen');
  });
});

describe('the countersignature and the seal', () => {
  it('needs the appraisee to sign first', async () => {
    const draft = await seed();
    await expect(countersign(db, draft.id, appraiserLucja)).rejects.toThrow(/signs first/);
  });

  it('stores the countersignature on the draft before sealing, so it survives a failed seal', async () => {
    const after = await countersigned();
    expect(after.status).toBe('draft');
    expect(after.signatures.appraiser?.fullName).toBe('Łucja Wąsowska');
    expect((await stored()).signatures.appraiser).not.toBeNull();
  });

  it('marks the record signed with what sealing produced; the same seal again changes nothing', async () => {
    const draft = await countersigned();
    const info = sealedInfo('appraisal-complete-1-v1');
    const signed = await markSealed(db, draft.id, info);
    expect(signed).toMatchObject({ status: 'signed', sealed: info });
    await expect(markSealed(db, draft.id, info)).resolves.toMatchObject({ status: 'signed' });
    await expect(markSealed(db, draft.id, sealedInfo('appraisal-complete-1-v1', 'd'))).rejects.toBeInstanceOf(
      RefusedChangeError,
    );
  });

  it('refuses to seal without both signatures, or with another document', async () => {
    const draft = await seed();
    await expect(markSealed(db, draft.id, sealedInfo('appraisal-complete-1-v1'))).rejects.toThrow(/Both/);
    await signAsAppraisee(db, draft.id, appraiseeHoa);
    await countersign(db, draft.id, appraiserLucja);
    await expect(markSealed(db, draft.id, sealedInfo('someone-else-v1'))).rejects.toThrow(
      /another appraisal/,
    );
    expect((await stored()).status).toBe('draft');
  });
});

describe('a sealed record', () => {
  async function sealedRecord(): Promise<Appraisal> {
    const draft = await countersigned();
    return markSealed(db, draft.id, sealedInfo('appraisal-complete-1-v1'));
  }

  it('refuses every write: saving, signing, removing signatures, discarding', async () => {
    const signed = await sealedRecord();
    const attempts = [
      saveDraft(db, { ...signed, status: 'draft', summary: { overall: 'Changed after signing.' } }),
      signAsAppraisee(db, signed.id, appraiseeHoa),
      countersign(db, signed.id, appraiserLucja),
      removeSignatures(db, signed.id),
      discardDraft(db, signed.id),
    ];
    for (const attempt of attempts) {
      await expect(attempt).rejects.toThrow(/has been signed, so it can no longer be changed/);
    }
    expect(await stored()).toEqual(signed);
  });
});
