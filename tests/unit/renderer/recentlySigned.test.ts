/**
 * "Recently signed" on the Appraisals page, and the last appraiser on the start page, read only
 * the latest signed appraisals whole (listRecentlySigned), found through the `updatedAt` index:
 * that is right only while a signed record's `updatedAt` is its seal's time, so that is tested
 * here for every way a record becomes signed, beside the list itself on a home where drafts and
 * amendments were written after the seals.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toAppraisalRecord } from '../../../renderer/db/appraisalRecord';
import { getAppraisal, listRecentlySigned } from '../../../renderer/db/appraisalRepository';
import type { AppDatabase } from '../../../renderer/db/database';
import {
  adoptSealedVersion,
  countersign,
  markSealed,
  sealedVersionOf,
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

/** A moment in 2025, `minute` minutes into the year (the sealing times below). */
const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 0, minute)).toISOString();

/** A record as the app stores one once sealed: signed, and last written when it was sealed. */
function signedRecord(id: string, sealedAt: string): Appraisal {
  return completeAppraisal({
    id,
    staffId: `staff-${id}`,
    status: 'signed',
    currentStep: 'ready',
    signatures: { appraisee: appraiseeHoa, appraiser: appraiserLucja },
    sealed: { ...sealedInfo(`${id}-v1`), sealedAt },
    updatedAt: sealedAt,
  });
}

describe('the latest signed appraisals', () => {
  it('are the most recently sealed, newest first, whatever was written since', async () => {
    // Sealed in a shuffled order over the year; two share the moment at the nineteenth place.
    const minutes = Array.from({ length: 60 }, (_, i) => (i * 7919) % 60_000);
    const signed = minutes.map((minute, i) =>
      signedRecord(`signed-${String(i).padStart(2, '0')}`, at(minute)),
    );
    const sharedMoment = [...minutes].sort((a, b) => b - a)[18] ?? 0;
    signed.push(signedRecord('signed-tie', at(sharedMoment)));
    // Written after every seal: drafts still being typed, and versions replaced by amendments.
    const drafts = Array.from({ length: 15 }, (_, i) =>
      completeAppraisal({
        id: `draft-${String(i)}`,
        staffId: `draft-staff-${String(i)}`,
        updatedAt: at(70_000 + i),
      }),
    );
    const replaced = signed.slice(0, 10).map((record) => ({
      ...record,
      id: `${record.id}-old`,
      status: 'superseded' as const,
      supersededById: record.id,
      updatedAt: at(80_000),
    }));
    await db.appraisals.bulkAdd([...signed, ...drafts, ...replaced].map(toAppraisalRecord));

    const newestFirst = [...signed].sort(
      (a, b) =>
        (b.sealed?.sealedAt ?? '').localeCompare(a.sealed?.sealedAt ?? '') || a.id.localeCompare(b.id),
    );
    expect((await listRecentlySigned(db)).map((a) => a.id)).toEqual(
      newestFirst.slice(0, 20).map((a) => a.id),
    );
    expect((await listRecentlySigned(db, 1)).map((a) => a.id)).toEqual([newestFirst[0]?.id]);
    const listed = await listRecentlySigned(db, 20);
    expect(listed.map((a) => a.id)).toContain('signed-tie');
    expect(listed.every((a) => a.status === 'signed')).toBe(true);
  });

  it('are none when nothing is signed yet', async () => {
    await db.appraisals.add(toAppraisalRecord(completeAppraisal()));
    expect(await listRecentlySigned(db)).toEqual([]);
  });
});

describe('a signed record’s last write is its seal', () => {
  const sealedAt = '2026-03-12T14:05:00.000Z';

  it('when sealed through the app', async () => {
    const draft = completeAppraisal();
    await db.appraisals.add(toAppraisalRecord(draft));
    await signAsAppraisee(db, draft.id, appraiseeHoa);
    await countersign(db, draft.id, appraiserLucja);
    await markSealed(db, draft.id, { ...sealedInfo(`${draft.id}-v1`), sealedAt });
    expect((await getAppraisal(db, draft.id))?.updatedAt).toBe(sealedAt);
  });

  it('when the vault’s sealed version is adopted, or a record rebuilt from it', async () => {
    const draft = completeAppraisal({ updatedAt: '2026-04-01T09:00:00.000Z' });
    await db.appraisals.add(toAppraisalRecord(draft));
    const info = { ...sealedInfo(`${draft.id}-v1`), sealedAt };
    // The draft as the vault has it: its own updatedAt (a later edit) must not be kept.
    await adoptSealedVersion(db, draft, info);
    expect((await getAppraisal(db, draft.id))?.updatedAt).toBe(sealedAt);
    expect(sealedVersionOf(draft, info).updatedAt).toBe(sealedAt);
  });
});
