/**
 * Runs the start-up reconcile once per open database (not once per render or per screen), and
 * hands its outcome to whoever shows it (the dashboard). Failing to reach main is said plainly.
 */
import { createContext, useContext, useEffect, useState } from 'react';
import type { StartupReconcile } from '../actions/reconcileAtStartup';
import { actionError } from '../components/actionError';
import type { AppDatabase } from '../db/database';

export type StartupState =
  { phase: 'checking' } | { phase: 'done'; result: StartupReconcile } | { phase: 'failed'; message: string };

const runs = new WeakMap<AppDatabase, Promise<StartupReconcile>>();

export function useStartupReconcile(db: AppDatabase): StartupState {
  const [state, setState] = useState<StartupState>({ phase: 'checking' });
  useEffect(() => {
    let current = true;
    let run = runs.get(db);
    if (run === undefined) {
      // Loaded when it runs, after the first screen's code: it needs the seal and adopt code.
      run = import('../actions/reconcileAtStartup').then(({ reconcileAtStartup }) => reconcileAtStartup(db));
      runs.set(db, run);
    }
    run.then(
      (result) => {
        if (current) setState({ phase: 'done', result });
      },
      (caught: unknown) => {
        if (current)
          setState({
            phase: 'failed',
            message: actionError(
              caught,
              'Care Appraisals could not finish its start-up checks. Restart it; if this keeps happening, tell IT.',
            ).message,
          });
      },
    );
    return () => {
      current = false;
    };
  }, [db]);
  return state;
}

export const StartupContext = createContext<StartupState>({ phase: 'checking' });

export function useStartupState(): StartupState {
  return useContext(StartupContext);
}
