/**
 * Decides what the app opens on: the first-run setup until the care home's details are
 * saved, then the normal layout with the screen the address names.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { getSettings } from '../db/settingsRepository';
import { SetupScreen } from '../features/settings/SetupScreen';
import { Layout } from './Layout';
import { useDatabase } from './databaseContext';

export function AppShell() {
  const db = useDatabase();
  // `null` means "looked, and there are none"; `undefined` means still looking.
  const settings = useLiveQuery(async () => (await getSettings(db)) ?? null, [db]);
  if (settings === undefined) return <p className="app-loading">Opening Care Appraisals…</p>;
  if (settings === null) return <SetupScreen />;
  return <Layout settings={settings} />;
}
