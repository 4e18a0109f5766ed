import { describe, expect, it } from 'vitest';
import type { Objective } from '../../../shared/appraisal/appraisal';
import { objectiveMissing, objectiveWarnings } from '../../../shared/appraisal/objectiveChecks';

const objective = (overrides: Partial<Objective> = {}): Objective => ({
  id: 'o1',
  what: 'Lead two handovers a week.',
  measure: 'Handover sheets complete.',
  targetDate: '2026-09-30',
  support: '',
  carriedFromId: null,
  ...overrides,
});
const context = { today: '2026-03-12', nextDueDate: '2027-03-12' };

describe('objective warnings', () => {
  it('warns when the target date has already passed', () => {
    expect(objectiveWarnings(objective({ targetDate: '2025-03-01' }), context)).toEqual([
      'The target date 01/03/2025 has already passed.',
    ]);
  });

  it('warns when the target date is after the next appraisal is due', () => {
    expect(
      objectiveWarnings(objective({ targetDate: '2027-06-30' }), { ...context, nextDueDate: '2027-11-12' }),
    ).toEqual([]);
    expect(
      objectiveWarnings(objective({ targetDate: '2027-12-01' }), { ...context, nextDueDate: '2027-11-12' }),
    ).toEqual([
      'The target date is after the next appraisal is due (12/11/2027); agree a date before then or review it at the next appraisal.',
    ]);
  });

  it('does not warn for today, the due date itself, or a date in between', () => {
    for (const targetDate of ['2026-03-12', '2026-09-30', '2027-03-12']) {
      expect(objectiveWarnings(objective({ targetDate }), context)).toEqual([]);
    }
  });

  it('does not warn about a date not set yet, or against a next due date not set yet', () => {
    expect(objectiveWarnings(objective({ targetDate: '' }), context)).toEqual([]);
    expect(
      objectiveWarnings(objective({ targetDate: '2030-01-01' }), { ...context, nextDueDate: '' }),
    ).toEqual([]);
  });
});

describe('missing parts of an objective', () => {
  it('names each empty field, spaces counting as empty', () => {
    expect(objectiveMissing(objective({ what: ' ', measure: '', targetDate: '' }))).toEqual([
      'Say what the objective is.',
      'Say how progress will be measured.',
      'Set a target date.',
    ]);
  });

  it('treats support as optional', () => {
    expect(objectiveMissing(objective({ support: '' }))).toEqual([]);
  });
});
