/** The profile in words: the same numbers as the picture, for the screen and screen readers. */
import {
  formatScore,
  profileQuadrant,
  profileQuadrants,
  type ProfileScore,
} from '../../../shared/framework/profileScore';

export type ScorePair = Pick<ProfileScore, 'management' | 'leadership'>;

/** "Management 2.60 · Leadership 3.10 — Manager and leader" (no quadrant until both are rated). */
export function profileHeadline({ management, leadership }: ScorePair): string {
  const scores = `Management ${formatScore(management)} · Leadership ${formatScore(leadership)}`;
  const quadrant = profileQuadrant(management, leadership);
  return quadrant === null ? scores : `${scores} — ${profileQuadrants[quadrant].label}`;
}

export function quadrantExplanation({ management, leadership }: ScorePair): string | null {
  const quadrant = profileQuadrant(management, leadership);
  return quadrant === null ? null : profileQuadrants[quadrant].explanation;
}

/** One point in the picture, read aloud: "This appraisal: management 2.60, leadership 3.10, Manager and leader". */
export function spokenPoint(label: string, scores: ScorePair): string {
  const quadrant = profileQuadrant(scores.management, scores.leadership);
  const place = quadrant === null ? '' : `, ${profileQuadrants[quadrant].label}`;
  return `${label}: management ${formatScore(scores.management)}, leadership ${formatScore(scores.leadership)}${place}`;
}
