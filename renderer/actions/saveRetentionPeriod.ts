/**
 * Changing how long leavers' records are kept: recorded through main first (it decides what
 * may be destroyed), then shown in Settings.
 */
import type { HomeSettings } from '../../shared/settings/homeSettings';
import { bridge } from '../api';
import type { AppDatabase } from '../db/database';
import { parseRetentionYears, saveRetentionYears } from '../db/retentionSettings';
import { RefusedChangeError } from '../db/repositoryErrors';
import { getSettings } from '../db/settingsRepository';
import { homeActor } from './actors';

export async function saveRetentionPeriod(db: AppDatabase, typed: string): Promise<HomeSettings> {
  const years = parseRetentionYears(typed);
  if ((await getSettings(db)) === undefined) {
    throw new RefusedChangeError("Fill in the home's details first, then set the retention period.");
  }
  await bridge().records.setRetentionYears({ years, actor: homeActor });
  return saveRetentionYears(db, years);
}
