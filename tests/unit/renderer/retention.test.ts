// First, so Dexie finds the fake IndexedDB when it loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toAppraisalRecord } from '../../../renderer/db/appraisalRecord';
import type { AppDatabase } from '../../../renderer/db/database';
import type { StaffRecord } from '../../../renderer/db/records';
import { RefusedChangeError } from '../../../renderer/db/repositoryErrors';
import { destroyLeaverRecords, listLeaverRetention, planDestruction } from '../../../renderer/db/retention';
import { typedNameConfirms } from '../../../shared/staff/names';
import { isPastRetention, mayBeDestroyedFrom } from '../../../shared/staff/retention';
import { nameKey } from '../../../shared/staff/names';
import { completeAppraisal } from '../../fixtures/completeAppraisal';
import { disposeDatabase, freshDatabase } from './freshDatabase';
import { sealedInfo } from './signingFixtures';

let db: AppDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => disposeDatabase(db));

const today = '2026-05-20';

function person(
  id: string,
  fullName: string,
  leavingDate: string | null,
  lineManagerId: string | null = null,
) {
  return {
    id,
    fullName,
    nameKey: nameKey(fullName),
    preferredName: '',
    role: 'Care assistant',
    team: 'Days',
    startDate: '2015-01-05',
    leavingDate,
    lineManagerId,
    createdAt: '2015-01-05T09:00:00.000Z',
    updatedAt: '2015-01-05T09:00:00.000Z',
  } satisfies StaffRecord;
}

async function seedLeavers() {
  await db.staff.bulkAdd([
    person('old', 'Ștefan Țurcanu', '2019-03-01'),
    person('recent', 'Łucja Wąsowska', '2024-02-10'),
    person('active', 'Nguyễn Thị Hoa', null, 'old'),
  ]);
  await db.appraisals.bulkAdd([
    toAppraisalRecord(
      completeAppraisal({
        id: 'old-1',
        staffId: 'old',
        status: 'superseded',
        sealed: sealedInfo('old-1-v1'),
      }),
    ),
    toAppraisalRecord(
      completeAppraisal({
        id: 'old-2',
        staffId: 'old',
        status: 'signed',
        version: 2,
        sealed: sealedInfo('old-2-v2'),
      }),
    ),
    toAppraisalRecord(completeAppraisal({ id: 'old-3', staffId: 'old', status: 'draft' })),
    toAppraisalRecord(
      completeAppraisal({
        id: 'recent-1',
        staffId: 'recent',
        status: 'signed',
        sealed: sealedInfo('recent-1-v1'),
      }),
    ),
    toAppraisalRecord(completeAppraisal({ id: 'hoa-1', staffId: 'active', status: 'signed' })),
  ]);
}

describe('the retention date', () => {
  it('is the leaving date plus the retention years, in calendar years', () => {
    expect(mayBeDestroyedFrom('2019-03-01', 6)).toBe('2025-03-01');
    expect(mayBeDestroyedFrom('2024-02-29', 6)).toBe('2030-02-28');
    expect(mayBeDestroyedFrom('2024-02-29', 4)).toBe('2028-02-29');
    expect(mayBeDestroyedFrom('not a date', 6)).toBe('');
  });

  it('has passed from that day on, never the day before, and never for someone still employed', () => {
    expect(isPastRetention('2020-05-20', 6, '2026-05-20')).toBe(true);
    expect(isPastRetention('2020-05-20', 6, '2026-05-19')).toBe(false);
    expect(isPastRetention(null, 6, '2099-01-01')).toBe(false);
  });
});

describe('the leavers list', () => {
  it('shows every leaver with their date and sealed documents, and only leavers', async () => {
    await seedLeavers();
    const list = await listLeaverRetention(db, 6, today);
    expect(
      list.map((l) => [
        l.staff.fullName,
        l.mayBeDestroyedFrom,
        l.pastRetention,
        l.documentIds.length,
        l.appraisalCount,
      ]),
    ).toEqual([
      ['Ștefan Țurcanu', '2025-03-01', true, 2, 3],
      ['Łucja Wąsowska', '2030-02-10', false, 1, 1],
    ]);
  });

  it('follows the home’s retention years', async () => {
    await seedLeavers();
    const list = await listLeaverRetention(db, 8, today);
    expect(list.map((l) => [l.mayBeDestroyedFrom, l.pastRetention])).toEqual([
      ['2027-03-01', false],
      ['2032-02-10', false],
    ]);
  });
});

describe('destroying a leaver’s records', () => {
  it('removes their appraisals and register entry together, and no one else’s', async () => {
    await seedLeavers();
    const plan = await planDestruction(db, 'old', 6, today);
    expect(plan.documentIds).toEqual(['old-1-v1', 'old-2-v2']);

    expect(await destroyLeaverRecords(db, 'old', 6, today)).toEqual({
      fullName: 'Ștefan Țurcanu',
      appraisals: 3,
    });
    expect(await db.staff.get('old')).toBeUndefined();
    expect(await db.appraisals.where('staffId').equals('old').count()).toBe(0);
    expect((await db.appraisals.toArray()).map((a) => a.id).sort()).toEqual(['hoa-1', 'recent-1']);
    // Hoa's line manager was the person destroyed: she is left with none, not a dangling id.
    expect((await db.staff.get('active'))?.lineManagerId).toBeNull();
  });

  it('refuses anyone within retention, changing nothing', async () => {
    await seedLeavers();
    await expect(planDestruction(db, 'recent', 6, today)).rejects.toThrow(
      new RefusedChangeError(
        "Łucja Wąsowska's records must be kept until 10/02/2030. Nothing was destroyed.",
      ),
    );
    await expect(destroyLeaverRecords(db, 'recent', 6, today)).rejects.toBeInstanceOf(RefusedChangeError);
    // The day before the date is still within retention.
    await expect(destroyLeaverRecords(db, 'old', 6, '2025-02-28')).rejects.toBeInstanceOf(RefusedChangeError);
    expect(await db.staff.count()).toBe(3);
    expect(await db.appraisals.count()).toBe(5);
  });

  it('refuses someone still employed, and someone no longer on the register', async () => {
    await seedLeavers();
    await expect(destroyLeaverRecords(db, 'active', 1, '2099-01-01')).rejects.toThrow(/has no leaving date/);
    await expect(destroyLeaverRecords(db, 'nobody', 6, today)).rejects.toThrow(
      /no longer on the staff register/,
    );
    expect(await db.appraisals.count()).toBe(5);
  });
});

describe('the typed confirmation', () => {
  it('accepts the full name as a UK keyboard types it: any case, accents or not, spaces anyhow', () => {
    expect(typedNameConfirms('ștefan țurcanu', 'Ștefan Țurcanu')).toBe(true);
    expect(typedNameConfirms('  Ștefan Țurcanu '.normalize('NFD'), 'Ștefan Țurcanu')).toBe(true);
    expect(typedNameConfirms('Stefan  Turcanu', 'Ștefan Țurcanu')).toBe(true);
  });

  it('refuses anything else: part of the name, another name, nothing', () => {
    expect(typedNameConfirms('Ștefan', 'Ștefan Țurcanu')).toBe(false);
    expect(typedNameConfirms('Stefan Turcan', 'Ștefan Țurcanu')).toBe(false);
    expect(typedNameConfirms('', '')).toBe(false);
    expect(typedNameConfirms('   ', '   ')).toBe(false);
  });
});
