/**
 * Writes a rebuild into the working store, all or nothing, in one transaction: the register,
 * every signed and replaced version, the framework versions they pinned and, when the home's
 * details were lost too, the settings. Only into a store with no appraisals and no one on the
 * register: a rebuild never merges over live data (checked again inside the transaction).
 */
import type { AppDatabase } from '../database';
import type { FrameworkRecord } from '../records';
import { RefusedChangeError } from '../repositoryErrors';
import { homeSettingsKey } from '../settingsRepository';
import type { RebuildSet } from './rebuildCollector';
import { rebuiltFrameworkRecords } from './rebuiltFrameworks';
import { rebuiltStaffRecord } from './rebuiltPerson';
import { rebuiltSettings } from './rebuiltSettings';

const notEmpty =
  'This computer already holds records, so nothing was rebuilt: a rebuild only fills an empty set of records, and never writes over the ones here. To go back to an earlier state, restore a backup instead.';

/** What a rebuild wrote. */
export interface RebuildWritten {
  people: number;
  signed: number;
  replaced: number;
  /** The home's details were missing and were brought back from the newest document. */
  settingsRebuilt: boolean;
}

/** Refuses, in plain English, unless the register and the appraisals are both empty. */
export async function refuseUnlessEmpty(db: AppDatabase): Promise<void> {
  const [staff, appraisals] = await Promise.all([db.staff.count(), db.appraisals.count()]);
  if (staff > 0 || appraisals > 0) throw new RefusedChangeError(notEmpty);
}

export async function writeRebuild(db: AppDatabase, set: RebuildSet, now: string): Promise<RebuildWritten> {
  // Built before the transaction: a record that does not parse refuses the whole rebuild.
  const staff = set.people.map((person) => rebuiltStaffRecord(person, now));
  return db.transaction('rw', [db.settings, db.staff, db.frameworks, db.appraisals], async () => {
    await refuseUnlessEmpty(db);
    const existing = await db.frameworks.toArray();
    const known = new Set(existing.map((record) => record.id));
    const frameworks: FrameworkRecord[] = rebuiltFrameworkRecords(
      set.frameworks,
      existing.some((record) => record.status === 'published'),
    ).filter((record) => !known.has(record.id));
    const settingsMissing = (await db.settings.get(homeSettingsKey)) === undefined;
    if (settingsMissing && set.newestHome !== null)
      await db.settings.put(rebuiltSettings(set.newestHome, now));
    await db.frameworks.bulkAdd(frameworks);
    await db.staff.bulkAdd(staff);
    await db.appraisals.bulkAdd(set.appraisals);
    return {
      people: staff.length,
      signed: set.appraisals.filter((record) => record.status === 'signed').length,
      replaced: set.appraisals.filter((record) => record.status === 'superseded').length,
      settingsRebuilt: settingsMissing && set.newestHome !== null,
    };
  });
}
