import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from '../../../renderer/db/database';
import { InvalidInputError, RefusedChangeError } from '../../../renderer/db/repositoryErrors';
import { retentionYears, saveRetentionYears } from '../../../renderer/db/retentionSettings';
import { getSettings, saveSettings } from '../../../renderer/db/settingsRepository';
import { disposeDatabase, freshDatabase } from './freshDatabase';

let db: AppDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => disposeDatabase(db));

const form = {
  homeName: 'Rosewood House',
  address: '',
  registeredManager: 'María José Núñez',
  cqcLocationId: '',
  appraisalIntervalMonths: '12',
};

describe('the retention period setting', () => {
  it('is six years until changed, and a change survives saving the home’s details', async () => {
    await saveSettings(db, form, null);
    expect(await retentionYears(db)).toBe(6);
    await saveRetentionYears(db, ' 8 ');
    await saveSettings(db, { ...form, homeName: 'Rosewood Court' }, null);
    expect(await retentionYears(db)).toBe(8);
    expect((await getSettings(db))?.homeName).toBe('Rosewood Court');
  });

  it.each([
    ['0', 'Enter a number of years from 1 to 50.'],
    ['51', 'Enter a number of years from 1 to 50.'],
    ['6.5', 'Enter the number of years as a whole number, for example 6.'],
    ['', 'Enter the number of years as a whole number, for example 6.'],
    ['-6', 'Enter the number of years as a whole number, for example 6.'],
  ])('refuses %j in plain English and keeps what was there', async (typed, message) => {
    await saveSettings(db, form, null);
    await expect(saveRetentionYears(db, typed)).rejects.toThrow(
      new InvalidInputError({ retentionYearsAfterLeaving: message }),
    );
    expect(await retentionYears(db)).toBe(6);
  });

  it('accepts the limits, 1 and 50', async () => {
    await saveSettings(db, form, null);
    await saveRetentionYears(db, '1');
    expect(await retentionYears(db)).toBe(1);
    await saveRetentionYears(db, '50');
    expect(await retentionYears(db)).toBe(50);
  });

  it('asks for the home’s details first when there are none', async () => {
    await expect(saveRetentionYears(db, '6')).rejects.toBeInstanceOf(RefusedChangeError);
  });
});
