import { describe, expect, it } from 'vitest';
import { competencyRatingSchema, ratedLevel } from '../../../shared/framework/ratings';

describe('a competency rating', () => {
  it('is a level from 1 to 4, or "not applicable" with a reason', () => {
    expect(competencyRatingSchema.safeParse({ level: 3 }).success).toBe(true);
    expect(
      competencyRatingSchema.safeParse({ notApplicable: true, reason: 'No medicines in role' }).success,
    ).toBe(true);
    expect(competencyRatingSchema.safeParse({ level: 5 }).success).toBe(false);
    expect(competencyRatingSchema.safeParse({ level: 2.5 }).success).toBe(false);
    expect(competencyRatingSchema.safeParse({ notApplicable: false, reason: '' }).success).toBe(false);
  });

  it('counts towards scores only when it has a level', () => {
    expect(ratedLevel({ level: 2 })).toBe(2);
    expect(ratedLevel({ notApplicable: true, reason: 'Kitchen role' })).toBeNull();
    expect(ratedLevel(undefined)).toBeNull();
  });
});
