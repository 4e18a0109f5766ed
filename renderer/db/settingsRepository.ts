/**
 * The care home's settings: one record under the key `home`, read at every start (the first
 * screen waits for it). Saving them, with the schemas, is `homeSettingsForm.ts`.
 */
import type { HomeSettings } from '../../shared/settings/homeSettings';
import type { AppDatabase } from './database';

export const homeSettingsKey = 'home';

export function getSettings(db: AppDatabase): Promise<HomeSettings | undefined> {
  return db.settings.get(homeSettingsKey);
}
