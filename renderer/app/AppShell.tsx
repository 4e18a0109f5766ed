/**
 * Decides what the app opens on: the first-run setup until the care home's details are saved,
 * then the normal layout with the screen the address names. An empty database on a PC that
 * still keeps signed documents or backups is not a first run: the recovery choices come first,
 * so the app never silently starts empty.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { BackupStatus } from '../../shared/backup/backupContract';
import { readBackupStatus } from '../actions/backupQueries';
import { getSettings } from '../db/settingsRepository';
import { Layout } from './Layout';
import { useDatabase } from './databaseContext';

// Loaded only when shown (a first run, or records to bring back): the form library and the
// restore and rebuild code are not part of an ordinary start.
const SetupScreen = lazy(() =>
  import('../features/settings/SetupScreen').then((m) => ({ default: m.SetupScreen })),
);
const EmptyRecordsScreen = lazy(() =>
  import('../features/recovery/EmptyRecordsScreen').then((m) => ({ default: m.EmptyRecordsScreen })),
);

const opening = <p className="app-loading">Opening Care Appraisals…</p>;

export function AppShell() {
  const db = useDatabase();
  // `null` means "looked, and there are none"; `undefined` means still looking.
  const settings = useLiveQuery(async () => (await getSettings(db)) ?? null, [db]);
  // Once recovery starts it stays on screen until it ends (with a reload), although restoring
  // or rebuilding brings the settings back part-way through.
  const [recovering, setRecovering] = useState(false);
  if (settings === undefined) return opening;
  if (settings === null || recovering) return <FirstRunOrRecovery onRecovering={setRecovering} />;
  return <Layout settings={settings} />;
}

function FirstRunOrRecovery({ onRecovering }: { onRecovering: (recovering: boolean) => void }) {
  // `null`: nothing to recover (or main could not say), so setup; undefined: still asking.
  const [status, setStatus] = useState<BackupStatus | null | undefined>(undefined);
  const [afresh, setAfresh] = useState(false);
  useEffect(() => {
    let current = true;
    readBackupStatus().then(
      (value) => current && setStatus(value.newest !== null || value.sealedInVault > 0 ? value : null),
      () => current && setStatus(null),
    );
    return () => {
      current = false;
    };
  }, []);
  const offered = status !== undefined && status !== null && !afresh;
  useEffect(() => onRecovering(offered), [offered, onRecovering]);
  if (status === undefined) return opening;
  return (
    <Suspense fallback={opening}>
      {status === null || afresh ? (
        <SetupScreen onRestoring={onRecovering} />
      ) : (
        <EmptyRecordsScreen status={status} onStartAfresh={() => setAfresh(true)} />
      )}
    </Suspense>
  );
}
