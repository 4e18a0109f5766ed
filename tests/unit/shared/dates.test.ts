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

  it('agrees with the calendar of JavaScript dates on every month and day of fifteen years from 0000 to 9999, and on malformed strings', () => {
    // What isIsoDate must match: the pattern, then the date it names read back unchanged.
    const byDate = (value: string) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (!match) return false;
      const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
      const date = new Date(Date.UTC(y, m - 1, d));
      return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    };
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const checked: string[] = [];
    for (const year of [0, 1, 99, 100, 999, 1000, 1600, 1700, 1900, 2000, 2024, 2026, 2100, 2400, 9999])
      for (let month = 0; month <= 13; month += 1)
        for (let day = 0; day <= 32; day += 1)
          checked.push(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
    checked.push(
      '2026-03-0a',
      '2026/03/04',
      ' 2026-03-04',
      '2026-03-04 ',
      '2026-03-04\n',
      '٢٠٢٦-٠٣-٠٤',
      '+02026-03-04',
    );
    for (const value of checked) expect(isIsoDate(value), value).toBe(byDate(value));
    expect(checked.filter(isIsoDate).length).toBeGreaterThan(3000);
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
