/**
 * Which backups to keep: 7 daily, 4 weekly, 12 monthly, decided from the names alone.
 *
 * The rule (as restic's `forget --keep-daily 7 --keep-weekly 4 --keep-monthly 12`, with one
 * change for the daily part):
 * - daily: the 7 most recent days that HAVE a backup keep every backup made on them (not just
 *   the last one), so a backup taken before destroying or restoring is never rotated away by a
 *   manual one made an hour later. Counting days that have a backup, not calendar days, means
 *   a PC left off for a fortnight still keeps its last seven days of backups;
 * - weekly: the newest backup of each of the 4 most recent ISO weeks (Monday to Sunday) that
 *   have one;
 * - monthly: the newest backup of each of the 12 most recent calendar months that have one.
 * The three overlap: today's backup is also this week's and this month's.
 *
 * Every backup counts, whatever made it (daily, by hand, before an update, a destroy or a
 * restore): a backup made by hand is that day's backup, so no second "daily" one is written.
 * A backup dated after `today` (the PC's clock was wrong when it was made) is kept and takes
 * no place in the buckets, so it cannot push real backups out.
 */
import type { BackupName } from './backupNames';

export type RotatedBackup = Pick<BackupName, 'name' | 'takenAt' | 'day'>;

const rotationPolicy = { daily: 7, weekly: 4, monthly: 12 } as const;

/** The ISO week of a `YYYY-MM-DD` day, e.g. `2026-W01` (weeks start on Monday). */
export function isoWeekOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const mondayBased = (date.getUTCDay() + 6) % 7;
  // The week belongs to the year its Thursday falls in.
  const thursday = new Date(date.getTime() + (3 - mondayBased) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const january4 = new Date(Date.UTC(year, 0, 4));
  const firstThursday = january4.getTime() + (3 - ((january4.getUTCDay() + 6) % 7)) * 86_400_000;
  const week = 1 + Math.round((thursday.getTime() - firstThursday) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The names of the backups to keep; every other one may be removed. */
export function backupsToKeep(backups: readonly RotatedBackup[], today: string): Set<string> {
  const keep = new Set<string>();
  const past: RotatedBackup[] = [];
  for (const backup of backups) {
    if (backup.day > today) keep.add(backup.name);
    else past.push(backup);
  }
  past.sort((a, b) =>
    a.takenAt === b.takenAt ? b.name.localeCompare(a.name) : a.takenAt < b.takenAt ? 1 : -1,
  );

  const dailyDays = new Set<string>();
  for (const backup of past) {
    if (!dailyDays.has(backup.day) && dailyDays.size === rotationPolicy.daily) break;
    dailyDays.add(backup.day);
    keep.add(backup.name);
  }
  keepNewestPerBucket(past, isoWeekOf, rotationPolicy.weekly, keep);
  keepNewestPerBucket(past, (day) => day.slice(0, 7), rotationPolicy.monthly, keep);
  return keep;
}

/** `newestFirst`'s first backup in each of the first `count` buckets it reaches. */
function keepNewestPerBucket(
  newestFirst: readonly RotatedBackup[],
  bucketOf: (day: string) => string,
  count: number,
  keep: Set<string>,
): void {
  const seen = new Set<string>();
  for (const backup of newestFirst) {
    const bucket = bucketOf(backup.day);
    if (seen.has(bucket)) continue;
    if (seen.size === count) return;
    seen.add(bucket);
    keep.add(backup.name);
  }
}
