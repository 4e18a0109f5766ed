/**
 * The profile: one management score and one leadership score per appraisal, and the quadrant
 * they place the person in. Scores are kept unrounded; rounding is for display only, so
 * team averages and comparisons over time are not skewed by rounding twice.
 */
import type { Framework, FrameworkSection, SectionId } from './frameworkSchema';
import { ratedLevel, type Ratings } from './ratings';

export interface ProfileScore {
  /** Mean of the rated levels in the section (1 to 4), or null when nothing there is rated. */
  management: number | null;
  leadership: number | null;
  /** How many competencies each mean is drawn from (not applicable and unrated excluded). */
  ratedCount: Record<SectionId, number>;
}

export function profileScore(framework: Framework, ratings: Ratings): ProfileScore {
  const [managementSection, leadershipSection] = framework.sections;
  const management = sectionMean(managementSection, ratings);
  const leadership = sectionMean(leadershipSection, ratings);
  return {
    management: management.mean,
    leadership: leadership.mean,
    ratedCount: { management: management.count, leadership: leadership.count },
  };
}

function sectionMean(section: FrameworkSection, ratings: Ratings): { mean: number | null; count: number } {
  const levels = section.competencies
    .map((competency) => ratedLevel(ratings[competency.id]))
    .filter((level) => level !== null);
  const sum = levels.reduce<number>((total, level) => total + level, 0);
  return { mean: levels.length === 0 ? null : sum / levels.length, count: levels.length };
}

/**
 * A score as shown on screen and in print: two decimal places ("2.67"), or "Not rated".
 * Rounds half up on the decimal value, so 2.675 shows as 2.68 despite binary floating point.
 */
export function formatScore(score: number | null): string {
  if (score === null) return 'Not rated';
  const hundredths = Math.round(Number((score * 100).toPrecision(12)));
  return (hundredths / 100).toFixed(2);
}

export const profileQuadrantIds = ['developing', 'manager', 'leader', 'manager-and-leader'] as const;
export type ProfileQuadrant = (typeof profileQuadrantIds)[number];

export const profileQuadrants = {
  developing: {
    label: 'Developing',
    explanation:
      'Management tasks and leadership behaviours are both still developing, and steady day-to-day management skills are usually the best place to start.',
  },
  manager: {
    label: 'Manager',
    explanation:
      'Strong at keeping things organised, safe and running well, with leadership behaviours the next area to grow.',
  },
  leader: {
    label: 'Leader',
    explanation:
      'Strong at bringing people along and leading change, with the day-to-day management tasks the next area to grow.',
  },
  'manager-and-leader': {
    label: 'Manager and leader',
    explanation: 'Effective both at keeping things running well and at inspiring people and change.',
  },
} as const satisfies Record<ProfileQuadrant, { label: string; explanation: string }>;

/**
 * 2.5 is the midpoint of the 1-4 scale: a section mean at or above it leans towards Effective
 * and Exemplary rather than Not yet demonstrated and Developing. A score exactly on the line
 * counts as the stronger side, so someone rated evenly 2s and 3s is not marked down.
 */
export const defaultQuadrantThreshold = 2.5;

export function profileQuadrant(management: number, leadership: number, threshold?: number): ProfileQuadrant;
export function profileQuadrant(
  management: number | null,
  leadership: number | null,
  threshold?: number,
): ProfileQuadrant | null;
export function profileQuadrant(
  management: number | null,
  leadership: number | null,
  threshold = defaultQuadrantThreshold,
): ProfileQuadrant | null {
  // Without both scores the person cannot be placed; the picture shows them as not yet rated.
  if (management === null || leadership === null) return null;
  const strongManagement = management >= threshold;
  const strongLeadership = leadership >= threshold;
  if (strongManagement && strongLeadership) return 'manager-and-leader';
  if (strongManagement) return 'manager';
  if (strongLeadership) return 'leader';
  return 'developing';
}
