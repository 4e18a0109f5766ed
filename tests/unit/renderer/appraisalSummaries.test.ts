// First, so Dexie finds the fake IndexedDB when it loads.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toAppraisalRecord } from '../../../renderer/db/appraisalRecord';
import { storedSummaryOf, summaryOf, unpackSummary } from '../../../renderer/db/appraisalSummary';
import { AppDatabase } from '../../../renderer/db/database';
import { latestSignedRecords } from '../../../renderer/db/latestSigned';
import { listNewestRecords, listRecords } from '../../../renderer/db/recordsQueries';
import type { AppraisalRecord } from '../../../renderer/db/records';
import { defaultRecordSort, sortRecords } from '../../../renderer/features/records/recordFilters';
import { completeAppraisal } from '../../fixtures/completeAppraisal';
import { disposeDatabase, freshDatabase } from './freshDatabase';

function record(id: string, overrides: Parameters<typeof completeAppraisal>[0] = {}): AppraisalRecord {
  return toAppraisalRecord(completeAppraisal({ id, staffId: `staff-${id}`, ...overrides }));
}

/**
 * The summaries table must hold exactly one summary per appraisal, equal to storedSummaryOf it,
 * and latestSigned each person's latest signed appraisals worked out afresh from those.
 */
async function expectSummariesInStep(db: AppDatabase): Promise<void> {
  const appraisals = await db.appraisals.toArray();
  const summaries = appraisals.map(storedSummaryOf);
  expect(await db.appraisalSummaries.toArray()).toEqual(summaries);
  const byStaff = (a: { staffId: string }, b: { staffId: string }) => a.staffId.localeCompare(b.staffId);
  expect((await db.latestSigned.toArray()).sort(byStaff)).toEqual(
    latestSignedRecords(summaries).sort(byStaff),
  );
}

let db: AppDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => disposeDatabase(db));

describe('the appraisal summaries the lists read', () => {
  it('leave out the signature images and the evidence, and keep what the lists show', () => {
    const full = record('a', { status: 'signed' });
    const summary = summaryOf(full);
    expect(JSON.stringify(summary)).not.toContain('evidence');
    expect(JSON.stringify(summary)).not.toContain('data:image');
    expect(summary).toMatchObject({
      id: 'a',
      staffId: 'staff-a',
      header: full.header,
      meetingDate: full.meetingDate,
      nextDueDate: full.nextDueDate,
    });
    expect(JSON.stringify(summary).length).toBeLessThan(JSON.stringify(full).length / 2);
    // Stored packed, and unpacked exactly as it was.
    expect(unpackSummary(storedSummaryOf(full))).toEqual(summary);
  });

  it('follow every kind of write and delete of appraisals', async () => {
    await db.appraisals.add(record('a'));
    await db.appraisals.bulkAdd([record('b'), record('c'), record('d')]);
    await expectSummariesInStep(db);

    await db.appraisals.put({ ...record('a'), status: 'signed', version: 2 });
    // Two signed appraisals of one person: the later meeting is their latest, until it is replaced.
    await db.appraisals.bulkPut([
      { ...record('e', { status: 'signed' }), staffId: 'staff-a', meetingDate: '2020-01-01' },
      { ...record('f', { status: 'signed' }), staffId: 'staff-a', meetingDate: '2030-01-01' },
    ]);
    expect((await db.latestSigned.get('staff-a'))?.appraisals.map((a) => a.id)).toEqual(['f']);
    await db.appraisals.update('f', { status: 'superseded' });
    await expectSummariesInStep(db);
    expect((await db.latestSigned.get('staff-a'))?.appraisals.map((a) => a.id)).not.toContain('f');
    await db.appraisals.bulkPut([{ ...record('b'), appraiserName: 'Someone else' }]);
    await db.appraisals.update('c', { status: 'superseded', supersededById: 'd' });
    await db.appraisals.where('status').equals('draft').modify({ updatedAt: '2026-11-30T09:00:00.000Z' });
    await expectSummariesInStep(db);
    expect((await db.appraisalSummaries.get('c'))?.status).toBe('superseded');

    await db.appraisals.delete('a');
    await db.appraisals.bulkDelete(['b']);
    await expectSummariesInStep(db);
    await db.appraisals.where('status').equals('superseded').delete();
    await expectSummariesInStep(db);
    await db.appraisals.clear();
    expect(await db.appraisalSummaries.count()).toBe(0);
    expect(await db.latestSigned.count()).toBe(0);
  });

  it('are written in the same transaction as the appraisal, even one that names only appraisals', async () => {
    await db.transaction('rw', db.appraisals, async () => {
      await db.appraisals.add(record('a'));
    });
    await expectSummariesInStep(db);

    // A transaction that fails part way keeps neither the appraisal nor its summary.
    await expect(
      db.transaction('rw', db.appraisals, async () => {
        await db.appraisals.add(record('b'));
        throw new Error('the disk is full');
      }),
    ).rejects.toThrow('the disk is full');
    expect(await db.appraisals.count()).toBe(1);
    await expectSummariesInStep(db);
  });

  it('serve the records list without reading the appraisals table', async () => {
    await db.appraisals.bulkAdd([record('a', { status: 'signed' }), record('b', { status: 'draft' })]);
    // Summaries are what the list reads: a summary alone lists, its appraisal is not needed.
    await db.transaction('rw', db.appraisalSummaries, async () => {
      await db.appraisalSummaries.put(storedSummaryOf(record('z', { status: 'signed' })));
    });
    const rows = await listRecords(db, { includeDrafts: false });
    expect(rows.map((row) => row.appraisalId).sort()).toEqual(['a', 'z']);
  });

  it('show first exactly the rows the whole list starts with, newest first, ties included', async () => {
    // 40 appraisals over 12 meeting dates (so dates are shared), a quarter of them drafts.
    const records = Array.from({ length: 40 }, (_, i) => {
      const meetingDate = `2026-${String((i % 12) + 1).padStart(2, '0')}-15`;
      const status = i % 4 === 3 ? 'draft' : i % 5 === 0 ? 'superseded' : 'signed';
      const base = completeAppraisal();
      return record(`r${String(i).padStart(2, '0')}`, { status, header: { ...base.header, meetingDate } });
    });
    await db.appraisals.bulkAdd(records);
    const whole = sortRecords(await listRecords(db, { includeDrafts: false }), defaultRecordSort);
    for (const count of [1, 3, 10, 29, 100]) {
      const newest = sortRecords(await listNewestRecords(db, count), defaultRecordSort);
      expect(newest.length).toBeGreaterThanOrEqual(Math.min(count, whole.length));
      expect(newest).toEqual(whole.slice(0, newest.length));
      // Every record of the last meeting date shown is there, so no tie is cut in two.
      const last = newest.at(-1)?.meetingDate;
      expect(whole.slice(newest.length).some((row) => row.meetingDate === last)).toBe(false);
    }
  });
});

describe('upgrading a database made by version 4 of the app', () => {
  const name = `summaries-${crypto.randomUUID()}`;
  afterEach(() => Dexie.delete(name));

  it('builds a summary for every appraisal already held', async () => {
    const old = new Dexie(name);
    old.version(4).stores({
      settings: '&key',
      staff: 'id, nameKey, role, team, leavingDate, lineManagerId',
      frameworks: 'id, frameworkId, version, [frameworkId+version], status',
      appraisals:
        'id, staffId, status, [staffId+status], meetingDate, nextDueDate, appraiserName, supersedesId, updatedAt, [staffId+status+meetingDate]',
    });
    const held = [record('a', { status: 'signed' }), record('b'), record('c', { status: 'superseded' })];
    await old.table('appraisals').bulkAdd(held);
    old.close();

    const upgraded = new AppDatabase(name);
    expect(await upgraded.appraisalSummaries.toArray()).toEqual(held.map(storedSummaryOf));
    expect(await upgraded.latestSigned.toArray()).toEqual([
      { staffId: 'staff-a', appraisals: [expect.objectContaining({ id: 'a', status: 'signed' })] },
    ]);
    upgraded.close();
  });
});
