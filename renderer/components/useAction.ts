/**
 * One piece of work a button starts, as the screen sees it: busy while it runs (so the button
 * can be disabled), the plain-English reason if it fails (actionError, with `fallbackMessage`
 * when the failure has none of its own), and the outcome handed back to the caller, who shows
 * or follows it. Starting again clears the last error.
 */
import { useState } from 'react';
import { actionError, type ActionError } from './actionError';

type ActionOutcome<T> =
  | { ok: true; value: T }
  /** `caught` is what was thrown, for screens that read a field's own problem from it. */
  | { ok: false; error: ActionError; caught: unknown };

export interface Action<Args extends unknown[], T> {
  busy: boolean;
  error: ActionError | null;
  run: (...args: Args) => Promise<ActionOutcome<T>>;
}

export function useAction<Args extends unknown[], T>(
  work: (...args: Args) => Promise<T>,
  fallbackMessage: string,
): Action<Args, T> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);

  async function run(...args: Args): Promise<ActionOutcome<T>> {
    setBusy(true);
    setError(null);
    try {
      return { ok: true, value: await work(...args) };
    } catch (caught) {
      const failure = actionError(caught, fallbackMessage);
      setError(failure);
      return { ok: false, error: failure, caught };
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, run };
}
