/**
 * Entry point: open the database safely (openAppDatabase), then hand the page to the router; a
 * database that cannot be opened, or was written by a newer version, gets the recovery screen.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { cancelBackupLeftBehind } from './actions/backupInFlight';
import { DatabaseContext } from './app/databaseContext';
import { openAppDatabase, type DatabaseOpening } from './app/openAppDatabase';
import { createAppRouter } from './app/router';
import { StartupDatabaseContext } from './app/startupDatabaseContext';
import './styles/index.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html must contain <div id="root">.');
const root = createRoot(container);

async function start(): Promise<void> {
  await cancelBackupLeftBehind();
  const opening = await openAppDatabase().catch((error: unknown): DatabaseOpening => ({
    kind: 'cannot-open',
    reason: `The records on this PC could not be opened (${error instanceof Error ? error.message : String(error)}). Nothing has been changed or deleted.`,
  }));
  if (opening.kind !== 'open') {
    // Loaded only here: restore and rebuild are not needed when the records open.
    const { RecoveryScreen } = await import('./features/recovery/RecoveryScreen');
    root.render(
      <StrictMode>
        <RecoveryScreen opening={opening} />
      </StrictMode>,
    );
    return;
  }
  const router = createAppRouter();
  const startup = { upgradedFrom: opening.upgradedFrom, backupProblem: opening.backupProblem };
  root.render(
    <StrictMode>
      <DatabaseContext value={opening.db}>
        <StartupDatabaseContext value={startup}>
          <RouterProvider router={router} />
        </StartupDatabaseContext>
      </DatabaseContext>
    </StrictMode>,
  );
}

void start();
