/**
 * How backups are described wherever they are shown (Settings → Backups, the restore screen,
 * the dashboard, the start-up recovery screen): their moment, their size and what they hold.
 */
import type { BackupCounts, NewestSigned } from '../../shared/backup/backupContract';
import { formatDateLong } from '../../shared/dates';
import { countOf } from '../../shared/text/countOf';

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/** `2026-11-30T14:20:00Z` → "Monday 30 November 2026 at 14:20" (this PC's time zone). */
export function backupMoment(isoTimestamp: string): string {
  const moment = new Date(isoTimestamp);
  if (Number.isNaN(moment.getTime())) return isoTimestamp;
  // Built from two formats: ICU versions differ on the comma and the "at" between them.
  return `${dayFormat.format(moment).replace(',', '')} at ${timeFormat.format(moment)}`;
}

/** "12 people and 2 leavers, 48 appraisals (40 signed, 3 drafts)": people on the register, leavers apart. */
export function countsText(counts: BackupCounts): string {
  const leavers = counts.leavers > 0 ? ` and ${countOf(counts.leavers, 'leaver', 'leavers')}` : '';
  const staff = `${countOf(counts.staff, 'person', 'people')}${leavers}`;
  const parts = [`${counts.signed} signed`];
  if (counts.replaced > 0) parts.push(`${counts.replaced} replaced`);
  if (counts.drafts > 0) parts.push(countOf(counts.drafts, 'draft', 'drafts'));
  return `${staff}, ${countOf(counts.appraisals, 'appraisal', 'appraisals')} (${parts.join(', ')})`;
}

/** "Łucja Wąsowska, 12 March 2026", or "None" when nothing is signed yet. */
export function newestSignedText(newest: NewestSigned | null): string {
  return newest === null ? 'None' : `${newest.staffName}, ${formatDateLong(newest.meetingDate)}`;
}

/** Whole days from one moment to another, on this PC's calendar. */
export function daysBetween(fromIso: string, to: Date): number {
  const from = new Date(fromIso);
  const start = Date.UTC(from.getFullYear(), from.getMonth(), from.getDate());
  const end = Date.UTC(to.getFullYear(), to.getMonth(), to.getDate());
  return Math.round((end - start) / 86_400_000);
}

/** "today", "yesterday", "12 days ago". */
export function daysAgo(isoTimestamp: string, now: Date = new Date()): string {
  const days = daysBetween(isoTimestamp, now);
  if (days <= 0) return 'today';
  return days === 1 ? 'yesterday' : `${days} days ago`;
}
