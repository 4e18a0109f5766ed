/**
 * Dates as printed. A signature's moment is shown in UK time whatever the computer's zone,
 * so the same sealed record prints the same bytes on any machine.
 */
import { formatDate } from '../../../shared/dates';

const ukMoment = new Intl.DateTimeFormat('en-GB', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/London',
});

/** `2026-03-12T14:05:00Z` → `12/03/2026 14:05 (UK time)`. */
export function formatSignedAt(isoTimestamp: string): string {
  const moment = new Date(isoTimestamp);
  if (Number.isNaN(moment.getTime())) return isoTimestamp;
  return `${ukMoment.format(moment).replace(',', '')} (UK time)`;
}

/** An ISO calendar date en-GB, or a plain "Not set" for a draft's empty date. */
export function printedDate(iso: string): string {
  return iso === '' ? 'Not set' : formatDate(iso);
}
