import { describe, expect, it } from 'vitest';
import { formatDate, formatDateLong, formatMomentDate, isIsoDate, toIsoDate } from '../../../shared/dates';

describe('calendar dates', () => {
  it('accepts real dates, including 29 February in a leap year', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-12-31')).toBe(true);
  });

  it('refuses impossible or badly written dates', () => {
    for (const bad of [
      '2026-02-29',
      '2026-13-01',
      '2026-04-31',
      '28/11/2026',
      '2026-1-5',
      '',
      '2026-11-28T00:00',
    ]) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });

  it('shows dates the British way, never shifted by a day', () => {
    expect(formatDate('2026-03-04')).toBe('04/03/2026');
    expect(formatDateLong('2026-03-04')).toBe('4 March 2026');
    expect(formatDate('2026-01-01')).toBe('01/01/2026');
  });

  it('shows every day of the years a record can hold exactly as the en-GB calendar does', () => {
    const enGb = new Intl.DateTimeFormat('en-GB', {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const years = [1900, 1999, 2000, 2024, 2026, 2100, 9999, 999, 1000];
    for (const year of years)
      for (
        let day = new Date(Date.UTC(year, 0, 1));
        day.getUTCFullYear() === year;
        day.setUTCDate(day.getUTCDate() + 1)
      ) {
        const iso = day.toISOString().slice(0, 10);
        expect(formatDate(iso)).toBe(enGb.format(day));
      }
    expect(formatDate('0999-12-31')).toBe(enGb.format(new Date('0999-12-31T00:00:00Z')));
    expect(formatDate('2026-02-30')).toBe('2026-02-30');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('shows a stored timestamp as the date it was on this PC, not in UTC', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Europe/London';
    try {
      // 00:30 on 1 July in British Summer Time is still 30 June in UTC.
      const justAfterMidnight = new Date(2026, 6, 1, 0, 30);
      expect(justAfterMidnight.toISOString().slice(0, 10)).toBe('2026-06-30');
      expect(formatMomentDate(justAfterMidnight.toISOString())).toBe('01/07/2026');
    } finally {
      process.env.TZ = zone;
      if (zone === undefined) delete process.env.TZ;
    }
    expect(formatMomentDate('not a time')).toBe('not a time');
  });

  it('reads today from the local clock', () => {
    expect(toIsoDate(new Date(2026, 10, 28, 23, 59))).toBe('2026-11-28');
  });
});
