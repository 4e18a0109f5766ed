/**
 * The part of a rating that scoring and suggestions need. The appraisal stores more beside it
 * (evidence notes, the self-assessment); anything with this shape can be passed in.
 */
import { isScaleLevel, type ScaleLevel } from './scale';

export type CompetencyRating = { level: ScaleLevel } | { notApplicable: true; reason: string };

/** Ratings by competency id; a competency not yet rated is absent or undefined. */
export type Ratings = Readonly<Record<string, CompetencyRating | undefined>>;

/**
 * The level that counts towards scores, or null for "not applicable" and "not rated yet".
 * Not applicable wins if a malformed record somehow carries both.
 */
export function ratedLevel(rating: CompetencyRating | undefined): ScaleLevel | null {
  if (rating === undefined || 'notApplicable' in rating) return null;
  return isScaleLevel(rating.level) ? rating.level : null;
}
