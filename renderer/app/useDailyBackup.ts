/**
 * The first start each day makes a backup (main decides whether one is due, from its own clock
 * and backups folder). It waits for the start-up checks and a quiet moment, so opening the app
 * is never slowed by it, and runs once per open database. What happened is handed to the
 * dashboard, which says so only when something went wrong.
 */
import { createContext, useContext, useEffect, useState } from 'react';
import type { AppDatabase } from '../db/database';
import type { StartupState } from './useStartupReconcile';

export type DailyBackupState =
  { phase: 'waiting' } | { phase: 'done'; madeBackup: boolean } | { phase: 'failed'; problem: string };

/** How long after the start-up checks the backup starts: the first screen is drawn and used first. */
const quietDelayMs = 3000;

const runs = new WeakMap<AppDatabase, Promise<DailyBackupState>>();

function runOnce(db: AppDatabase): Promise<DailyBackupState> {
  let run = runs.get(db);
  if (run === undefined) {
    run = new Promise<void>((resolve) => setTimeout(resolve, quietDelayMs))
      // Loaded when it runs: the export code is not needed to draw the first screen.
      .then(() => import('../actions/dailyBackup'))
      .then(({ backUpIfDue }) => backUpIfDue(db))
      .then(({ result, problem }): DailyBackupState =>
        problem !== null
          ? { phase: 'failed', problem }
          : { phase: 'done', madeBackup: result?.outcome === 'saved' },
      );
    runs.set(db, run);
  }
  return run;
}

export function useDailyBackup(db: AppDatabase, startup: StartupState): DailyBackupState {
  const [state, setState] = useState<DailyBackupState>({ phase: 'waiting' });
  const ready = startup.phase !== 'checking';
  useEffect(() => {
    if (!ready) return;
    let current = true;
    void runOnce(db).then((outcome) => {
      if (current) setState(outcome);
    });
    return () => {
      current = false;
    };
  }, [db, ready]);
  return state;
}

export const DailyBackupContext = createContext<DailyBackupState>({ phase: 'waiting' });

export function useDailyBackupState(): DailyBackupState {
  return useContext(DailyBackupContext);
}
