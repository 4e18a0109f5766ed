/**
 * The home's retention period (years after a member of staff leaves before their records may
 * be destroyed), saved on its own so the main settings form keeps whatever is chosen here.
 */
import {
  defaultRetentionYearsAfterLeaving,
  homeSettingsSchema,
  type HomeSettings,
} from '../../shared/settings/homeSettings';
import { retentionYearsFormSchema } from '../../shared/settings/retentionYears';
import type { AppDatabase } from './database';
import { InvalidInputError, RefusedChangeError } from './repositoryErrors';
import { getSettings, homeSettingsKey } from './settingsRepository';

export async function retentionYears(db: AppDatabase): Promise<number> {
  return (await getSettings(db))?.retentionYearsAfterLeaving ?? defaultRetentionYearsAfterLeaving;
}

/** Parses what was typed: a whole number of years from 1 to 50, or a plain-English refusal. */
export function parseRetentionYears(typed: string): number {
  const parsed = retentionYearsFormSchema.safeParse({ retentionYearsAfterLeaving: typed });
  if (!parsed.success) throw InvalidInputError.fromZod(parsed.error);
  return parsed.data.retentionYearsAfterLeaving;
}

/**
 * Saves the retention period main has recorded (main decides what may be destroyed; the
 * settings mirror it). `typed` has already been checked with `parseRetentionYears`.
 */
export async function saveRetentionYears(db: AppDatabase, years: number): Promise<HomeSettings> {
  return db.transaction('rw', db.settings, async () => {
    const existing = await db.settings.get(homeSettingsKey);
    if (existing === undefined) {
      throw new RefusedChangeError("Fill in the home's details first, then set the retention period.");
    }
    const candidate = homeSettingsSchema.safeParse({
      ...existing,
      retentionYearsAfterLeaving: years,
      updatedAt: new Date().toISOString(),
    } satisfies HomeSettings);
    if (!candidate.success) throw InvalidInputError.fromZod(candidate.error);
    await db.settings.put(candidate.data);
    return candidate.data;
  });
}
