/**
 * When the next appraisal falls due: the meeting date plus the home's interval in calendar
 * months. A day that does not exist in the target month moves back to that month's last day
 * (31 January + 1 month = 28 or 29 February), so a due date never spills into the month after.
 */
import { daysInMonth, isIsoDate } from '../dates';

const isoParts = /^(\d{4})-(\d{2})-(\d{2})$/;

/** '' when the meeting date is empty or not a real date: a draft may not have one yet. */
export function defaultNextDueDate(meetingDateIso: string, intervalMonths: number): string {
  const match = isoParts.exec(meetingDateIso);
  if (match === null || !isIsoDate(meetingDateIso)) return '';
  if (!Number.isInteger(intervalMonths) || intervalMonths < 0) return '';
  const [, year, month, day] = match;
  // Count months from year 0 so adding crosses year ends without special cases.
  const monthIndex = Number(year) * 12 + (Number(month) - 1) + intervalMonths;
  const dueYear = Math.floor(monthIndex / 12);
  const dueMonth = (monthIndex % 12) + 1;
  const dueDay = Math.min(Number(day), daysInMonth(dueYear, dueMonth));
  if (dueYear > 9999) return '';
  return `${pad(dueYear, 4)}-${pad(dueMonth, 2)}-${pad(dueDay, 2)}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
