import { describe, expect, it } from 'vitest';
import { ratedLevel } from '../../../shared/framework/ratings';

describe('a competency rating', () => {
  it('counts towards scores only when it has a level', () => {
    expect(ratedLevel({ level: 2 })).toBe(2);
    expect(ratedLevel({ notApplicable: true, reason: 'Kitchen role' })).toBeNull();
    expect(ratedLevel(undefined)).toBeNull();
  });
});
