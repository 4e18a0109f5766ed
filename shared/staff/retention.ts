/**
 * When a leaver's records may be destroyed: the leaving date plus the home's retention years,
 * in calendar years. One rule for the renderer (what the screen offers, what the repository
 * allows) and main (what `records:destroy` re-checks), so they never disagree by a day.
 *
 * Uses the app's one calendar arithmetic (`defaultNextDueDate`): 29 February + 6 years is
 * 28 February, the last day of that month, never spilling into March.
 */
import { defaultNextDueDate } from '../appraisal/nextDue';
import { isIsoDate } from '../dates';

/** The first day the records may be destroyed, or '' when the leaving date is not a real date. */
export function mayBeDestroyedFrom(leavingDate: string, retentionYears: number): string {
  if (!isIsoDate(leavingDate) || !Number.isInteger(retentionYears) || retentionYears < 1) return '';
  return defaultNextDueDate(leavingDate, retentionYears * 12);
}

/** True from that day on; never for someone still employed or without a real leaving date. */
export function isPastRetention(leavingDate: string | null, retentionYears: number, today: string): boolean {
  if (leavingDate === null) return false;
  const from = mayBeDestroyedFrom(leavingDate, retentionYears);
  return from !== '' && isIsoDate(today) && today >= from;
}
