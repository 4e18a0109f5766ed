import { describe, expect, it } from 'vitest';
import { defaultNextDueDate } from '../../../shared/appraisal/nextDue';

describe('default next due date', () => {
  it.each([
    ['2026-03-12', 12, '2027-03-12'],
    ['2026-03-12', 6, '2026-09-12'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-05-31', 1, '2026-06-30'],
    ['2026-03-12', 36, '2029-03-12'],
    ['2026-03-12', 0, '2026-03-12'],
  ])('%s plus %i months is %s', (meeting, months, due) => {
    expect(defaultNextDueDate(meeting, months)).toBe(due);
  });

  it('moves a day the target month lacks back to that month’s last day, leap years included', () => {
    expect(defaultNextDueDate('2025-01-31', 1)).toBe('2025-02-28');
    expect(defaultNextDueDate('2024-01-31', 1)).toBe('2024-02-29');
    expect(defaultNextDueDate('2024-02-29', 12)).toBe('2025-02-28');
    expect(defaultNextDueDate('2024-02-29', 48)).toBe('2028-02-29');
    expect(defaultNextDueDate('2099-02-28', 12)).toBe('2100-02-28');
    expect(defaultNextDueDate('2096-02-29', 48)).toBe('2100-02-28');
    expect(defaultNextDueDate('1996-02-29', 48)).toBe('2000-02-29');
  });

  it('is empty while the meeting date is empty or not a real date', () => {
    expect(defaultNextDueDate('', 12)).toBe('');
    expect(defaultNextDueDate('2026-02-30', 12)).toBe('');
    expect(defaultNextDueDate('12/03/2026', 12)).toBe('');
  });

  it('is empty for an interval that is not a whole number of months', () => {
    expect(defaultNextDueDate('2026-03-12', 1.5)).toBe('');
    expect(defaultNextDueDate('2026-03-12', -1)).toBe('');
    expect(defaultNextDueDate('2026-03-12', Number.NaN)).toBe('');
  });
});
