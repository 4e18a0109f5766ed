/**
 * What the database's keys and indexes give the screens, tested through the repositories that
 * use them (not by restating the schema): one settings record, leavers found without reading
 * everyone, and each person's latest signed appraisal by meeting date.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toAppraisalRecord } from '../../../renderer/db/appraisalRecord';
import { lastSignedAppraisal } from '../../../renderer/db/appraisalRepository';
import type { AppDatabase } from '../../../renderer/db/database';
import { listLeaverRetention } from '../../../renderer/db/retention';
import { saveSettings } from '../../../renderer/db/homeSettingsForm';
import { getSettings } from '../../../renderer/db/settingsRepository';
import { addStaff } from '../../../renderer/db/staffRepository';
import { completeAppraisal } from '../../fixtures/completeAppraisal';
import { disposeDatabase, freshDatabase } from './freshDatabase';
import { sealedInfo } from './signingFixtures';

let db: AppDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => disposeDatabase(db));

const home = {
  homeName: 'Willow Bank Care Home',
  address: '',
  registeredManager: 'Łucja Wąsowska',
  cqcLocationId: '',
  appraisalIntervalMonths: '12',
};

async function person(fullName: string, leavingDate = ''): Promise<string> {
  const saved = await addStaff(
    db,
    {
      fullName,
      preferredName: '',
      role: 'Care assistant',
      team: '',
      startDate: '2018-01-08',
      leavingDate,
      lineManagerId: '',
    },
    { saveAnyway: true },
  );
  if (saved.status !== 'saved') throw new Error('expected a save');
  return saved.member.id;
}

describe('the working store', () => {
  it('keeps one record of the home’s settings, however often they are saved', async () => {
    await saveSettings(db, home, null);
    await saveSettings(db, { ...home, homeName: 'Willow Bank (Nursing)' }, null);
    expect(await db.settings.count()).toBe(1);
    expect((await getSettings(db))?.homeName).toBe('Willow Bank (Nursing)');
  });

  it('lists leavers only, earliest leaving date first, with everyone else left out', async () => {
    await person('María José Núñez');
    await person('Ștefan Țurcanu', '2024-05-31');
    await person('Chiamaka Okonkwo-Ìbèkwè', '2019-01-31');
    const leavers = await listLeaverRetention(db, 6, '2026-03-12');
    expect(leavers.map((leaver) => leaver.staff.fullName)).toEqual([
      'Chiamaka Okonkwo-Ìbèkwè',
      'Ștefan Țurcanu',
    ]);
  });

  it('finds a person’s latest signed appraisal by meeting date, not by the order they were saved', async () => {
    const staffId = await person('Nguyễn Thị Hoa');
    const signed = (id: string, meetingDate: string) =>
      toAppraisalRecord(
        completeAppraisal({
          id,
          staffId,
          status: 'signed',
          sealed: sealedInfo(`${id}-v1`),
          header: { ...completeAppraisal().header, meetingDate },
        }),
      );
    await db.appraisals.bulkAdd([
      signed('later', '2026-03-12'),
      signed('earlier', '2025-03-10'),
      signed('middle', '2025-09-01'),
    ]);
    expect((await lastSignedAppraisal(db, staffId))?.id).toBe('later');
  });
});
