/**
 * Dates are stored as ISO calendar dates (`YYYY-MM-DD`) and shown en-GB.
 * Calendar dates carry no time zone, so formatting pins UTC to stop a date moving a day.
 */
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const match = isoDatePattern.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return (
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(m) - 1 &&
    date.getUTCDate() === Number(d)
  );
}

function toUtcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

const shortFormat = new Intl.DateTimeFormat('en-GB', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});
const longFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `2026-03-04` → `04/03/2026`. Anything that is not an ISO date is returned unchanged. */
export function formatDate(iso: string): string {
  // The ISO date's own digits, reordered: what en-GB's short date gives for years 1000–9999
  // (every date the app keeps), without a formatter call for each of the thousands of cells
  // a long list draws as it scrolls.
  if (!isIsoDate(iso)) return iso;
  if (iso.startsWith('0')) return shortFormat.format(toUtcDate(iso));
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** `2026-03-04` → `4 March 2026`, for headings and printed documents. */
export function formatDateLong(iso: string): string {
  return isIsoDate(iso) ? longFormat.format(toUtcDate(iso)) : iso;
}

/** Today's calendar date where the user is (the office PC's clock), as ISO. */
export function toIsoDate(moment: Date): string {
  const y = String(moment.getFullYear()).padStart(4, '0');
  const m = String(moment.getMonth() + 1).padStart(2, '0');
  const d = String(moment.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * The local calendar date of a stored timestamp, en-GB: a draft started at 00:30 in summer
 * is stored as the previous day in UTC, but happened today for the manager.
 */
export function formatMomentDate(isoTimestamp: string): string {
  const moment = new Date(isoTimestamp);
  return Number.isNaN(moment.getTime()) ? isoTimestamp : formatDate(toIsoDate(moment));
}
