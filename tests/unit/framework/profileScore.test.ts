import { describe, expect, it } from 'vitest';
import {
  formatScore,
  profileQuadrant,
  profileQuadrants,
  profileScore,
} from '../../../shared/framework/profileScore';
import type { Ratings } from '../../../shared/framework/ratings';
import { makeFramework } from './frameworkFixture';

const framework = makeFramework(8, 8);

describe('profile score', () => {
  it('is the mean of the rated levels in each section', () => {
    const ratings: Ratings = { m1: { level: 1 }, m2: { level: 2 }, m3: { level: 4 }, l1: { level: 3 } };
    expect(profileScore(framework, ratings)).toEqual({
      management: 7 / 3,
      leadership: 3,
      ratedCount: { management: 3, leadership: 1 },
    });
  });

  it('leaves out "not applicable" and unrated competencies instead of counting them as zero', () => {
    const ratings: Ratings = {
      m1: { level: 4 },
      m2: { notApplicable: true, reason: 'Night domestic: does not allocate work.' },
      m3: undefined,
      l1: { level: 2 },
      l2: { notApplicable: true, reason: '' },
    };
    expect(profileScore(framework, ratings)).toEqual({
      management: 4,
      leadership: 2,
      ratedCount: { management: 1, leadership: 1 },
    });
  });

  it('is null for a section with nothing rated', () => {
    expect(profileScore(framework, {})).toEqual({
      management: null,
      leadership: null,
      ratedCount: { management: 0, leadership: 0 },
    });
    expect(
      profileScore(framework, { m1: { notApplicable: true, reason: 'Kitchen role' } }).management,
    ).toBeNull();
  });

  it('ignores ratings for competencies that are not in this framework version', () => {
    expect(profileScore(framework, { 'retired-competency': { level: 1 }, l8: { level: 4 } })).toEqual({
      management: null,
      leadership: 4,
      ratedCount: { management: 0, leadership: 1 },
    });
  });
});

describe('score formatting', () => {
  it('shows two decimal places, rounding half up, or "Not rated"', () => {
    expect(formatScore(7 / 3)).toBe('2.33');
    expect(formatScore(8 / 3)).toBe('2.67');
    expect(formatScore(3)).toBe('3.00');
    expect(formatScore(107 / 40)).toBe('2.68'); // 2.675: toFixed alone would show 2.67
    expect(formatScore(null)).toBe('Not rated');
  });
});

describe('profile quadrant', () => {
  it('places the two scores against the midpoint of the scale', () => {
    expect(profileQuadrant(1.5, 2)).toBe('developing');
    expect(profileQuadrant(3.2, 2.1)).toBe('manager');
    expect(profileQuadrant(2.1, 3.2)).toBe('leader');
    expect(profileQuadrant(3, 4)).toBe('manager-and-leader');
  });

  it('counts a score exactly on the threshold as the stronger side', () => {
    expect(profileQuadrant(2.5, 2.5)).toBe('manager-and-leader');
    expect(profileQuadrant(2.5, 2.49)).toBe('manager');
    expect(profileQuadrant(2.49, 2.5)).toBe('leader');
    expect(profileQuadrant(2.49, 2.49)).toBe('developing');
  });

  it('accepts another threshold', () => {
    expect(profileQuadrant(2.8, 3, 3)).toBe('leader');
    expect(profileQuadrant(2.8, 3, 2.8)).toBe('manager-and-leader');
  });

  it('cannot place someone without both scores', () => {
    expect(profileQuadrant(null, 3)).toBeNull();
    expect(profileQuadrant(3, null)).toBeNull();
  });

  it('has a label and a one-sentence explanation for each quadrant', () => {
    expect(Object.values(profileQuadrants).map((q) => q.label)).toEqual([
      'Developing',
      'Manager',
      'Leader',
      'Manager and leader',
    ]);
    for (const { explanation } of Object.values(profileQuadrants)) {
      expect(explanation).toMatch(/^[A-Z][^.]+\.$/);
    }
  });
});
