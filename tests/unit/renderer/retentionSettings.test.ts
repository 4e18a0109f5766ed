import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from '../../../renderer/db/database';
import { InvalidInputError, RefusedChangeError } from '../../../renderer/db/repositoryErrors';
import {
  parseRetentionYears,
  retentionYears,
  saveRetentionYears,
} from '../../../renderer/db/retentionSettings';
import { saveSettings } from '../../../renderer/db/homeSettingsForm';
import { getSettings } from '../../../renderer/db/settingsRepository';
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
    await saveRetentionYears(db, 8);
    await saveSettings(db, { ...form, homeName: 'Rosewood Court' }, null);
    expect(await retentionYears(db)).toBe(8);
    expect((await getSettings(db))?.homeName).toBe('Rosewood Court');
  });

  it('accepts the limits, 1 and 50', async () => {
    await saveSettings(db, form, null);
    await saveRetentionYears(db, 1);
    expect(await retentionYears(db)).toBe(1);
    await saveRetentionYears(db, 50);
    expect(await retentionYears(db)).toBe(50);
  });

  it.each([0, 51, 6.5, Number.NaN])('refuses %s years and keeps what was there', async (years) => {
    await saveSettings(db, form, null);
    await saveRetentionYears(db, 7);
    await expect(saveRetentionYears(db, years)).rejects.toBeInstanceOf(InvalidInputError);
    expect(await retentionYears(db)).toBe(7);
  });

  it('asks for the home’s details first when there are none', async () => {
    await expect(saveRetentionYears(db, 6)).rejects.toBeInstanceOf(RefusedChangeError);
  });
});

describe('parseRetentionYears (what was typed in Settings)', () => {
  it.each([
    ['6', 6],
    [' 8 ', 8],
    ['1', 1],
    ['50', 50],
    ['007', 7],
  ])('reads %j as %i years', (typed, years) => {
    expect(parseRetentionYears(typed)).toBe(years);
  });

  it.each([
    ['0', 'Enter a number of years from 1 to 50.'],
    ['51', 'Enter a number of years from 1 to 50.'],
    ['6.5', 'Enter the number of years as a whole number, for example 6.'],
    ['', 'Enter the number of years as a whole number, for example 6.'],
    ['-6', 'Enter the number of years as a whole number, for example 6.'],
    ['six', 'Enter the number of years as a whole number, for example 6.'],
    ['6e1', 'Enter the number of years as a whole number, for example 6.'],
  ])('refuses %j in plain English', (typed, message) => {
    expect(() => parseRetentionYears(typed)).toThrow(
      new InvalidInputError({ retentionYearsAfterLeaving: message }),
    );
  });
});
