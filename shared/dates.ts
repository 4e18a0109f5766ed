/**
 * Dates are stored as ISO calendar dates (`YYYY-MM-DD`) and shown en-GB.
 * Calendar dates carry no time zone, so formatting pins UTC to stop a date moving a day.
 */
/** The number written by `count` ASCII digits from `start`; -1 if any is not a digit. */
function digitsAt(value: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i += 1) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** Days in a month (1 to 12) of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * `YYYY-MM-DD` naming a day of the Gregorian calendar, years 0100 to 9999 (a year below 100 was
 * never accepted: JavaScript's Date reads it as 19xx). Read digit by digit, with no pattern
 * match or Date made: a long list checks every date it draws as it scrolls.
 */
export function isIsoDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
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
