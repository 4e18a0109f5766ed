/**
 * The backup job this window has under way, remembered across a reload so the reloaded page can
 * cancel it in main. Apart from backUp.ts, which carries the export code: the start-up check
 * (cancelBackupLeftBehind) runs before every first screen.
 */
import { bridge } from '../api';

/**
 * A backup job this window began and has not ended, kept in sessionStorage so it outlives a
 * reload: main would otherwise hold the half-sent job, and refuse every new backup ("already
 * being made"), until it gave it up as idle two minutes later.
 */
const inFlightKey = 'care-appraisals:backup-in-flight';

/** Remembers `jobId` (null: none), and returns the job it replaced, to be put back if need be. */
export function rememberInFlight(jobId: string | null): string | null {
  if (typeof sessionStorage === 'undefined') return null;
  const replaced = sessionStorage.getItem(inFlightKey);
  if (jobId === null) sessionStorage.removeItem(inFlightKey);
  else sessionStorage.setItem(inFlightKey, jobId);
  return replaced;
}

/** At start: cancels in main the backup the page before a reload left half-sent (never throws). */
export async function cancelBackupLeftBehind(): Promise<void> {
  if (typeof sessionStorage === 'undefined') return;
  const jobId = sessionStorage.getItem(inFlightKey);
  if (jobId === null) return;
  sessionStorage.removeItem(inFlightKey);
  await bridge()
    .backup.cancel({ jobId })
    .catch(() => undefined);
}
