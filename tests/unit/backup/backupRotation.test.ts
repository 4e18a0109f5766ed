/**
 * Rotation keeps 7 daily, 4 weekly (ISO weeks) and 12 monthly backups, decided from names
 * alone, simulated day by day over 400 days of daily backups as the app would run it.
 */
import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  localDay,
  parseBackupFileName,
  type BackupName,
} from '../../../electron/services/backup/backupNames';
import { backupsToKeep, isoWeekOf } from '../../../electron/services/backup/backupRotation';
import type { BackupReason } from '../../../shared/backup/backupContract';

/** A backup made at a local time (so its name, as the app writes it). */
function made(day: string, time = '02:00', reason: BackupReason = 'daily', attempt = 1): BackupName {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  const [h = 0, min = 0] = time.split(':').map(Number);
  const parsed = parseBackupFileName(backupFileName(new Date(y, m - 1, d, h, min), reason, attempt));
  if (parsed === null) throw new Error('not a backup name');
  return parsed;
}

const addDays = (day: string, n: number) => {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  return localDay(new Date(y, m - 1, d + n, 12));
};

describe('ISO weeks', () => {
  it.each([
    ['2026-02-04', '2026-W06'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
    ['2026-01-01', '2026-W01'],
    ['2027-01-03', '2026-W53'],
  ])('%s is in %s', (day, week) => {
    expect(isoWeekOf(day)).toBe(week);
  });
});

describe('backupsToKeep', () => {
  it('over 400 days of daily backups, applied each day: exactly the last 7 days, 4 weeks and 12 months survive', () => {
    let kept: BackupName[] = [];
    let day = '2025-01-01';
    for (let n = 1; n <= 400; n++) {
      kept.push(made(day));
      const keep = backupsToKeep(kept, day);
      kept = kept.filter((backup) => keep.has(backup.name));
      if (n < 400) day = addDays(day, 1);
    }
    expect(day).toBe('2026-02-04');
    expect(kept.map((backup) => backup.day).sort()).toEqual([
      // Monthly: the last backup of each of the 12 most recent months (February 2026 is today).
      '2025-03-31',
      '2025-04-30',
      '2025-05-31',
      '2025-06-30',
      '2025-07-31',
      '2025-08-31',
      '2025-09-30',
      '2025-10-31',
      '2025-11-30',
      '2025-12-31',
      // Weekly: the last of ISO weeks 3 and 4 (weeks 5 and 6 are kept daily too).
      '2026-01-18',
      '2026-01-25',
      // Daily: the last 7 days, which end this month and this week.
      '2026-01-29',
      '2026-01-30',
      '2026-01-31',
      '2026-02-01',
      '2026-02-02',
      '2026-02-03',
      '2026-02-04',
    ]);
  });

  it('keeps every backup of the daily days, whatever made it: a manual one does not push out the one before a destroy', () => {
    const backups = [
      made('2026-02-04', '09:00', 'daily'),
      made('2026-02-04', '10:15', 'before-destroy'),
      made('2026-02-04', '10:15', 'manual', 2),
      made('2026-02-04', '16:40', 'manual'),
    ];
    expect(backupsToKeep(backups, '2026-02-04').size).toBe(4);
  });

  it('counts days that have a backup, not calendar days: a PC off for a fortnight keeps its last seven', () => {
    const days = [
      '2026-01-01',
      '2026-01-02',
      '2026-01-03',
      '2026-01-04',
      '2026-01-05',
      '2026-01-06',
      '2026-01-07',
    ];
    const keep = backupsToKeep(
      days.map((day) => made(day)),
      '2026-01-21',
    );
    expect(keep.size).toBe(7);
  });

  it('keeps a backup dated after today (a wrong clock) and it takes no daily place', () => {
    const backups = [
      made('2030-06-01'),
      ...Array.from({ length: 8 }, (_, i) => made(addDays('2026-03-01', i))),
    ];
    const keep = backupsToKeep(backups, '2026-03-08');
    expect(keep.has(made('2030-06-01').name)).toBe(true);
    // The seven days up to today all keep their backup daily (the future one took none of their places).
    for (let i = 1; i < 8; i++) expect(keep.has(made(addDays('2026-03-01', i)).name)).toBe(true);
  });
});
