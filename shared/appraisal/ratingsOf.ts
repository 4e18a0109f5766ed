/**
 * The appraisal's ratings in the shape scoring and suggestions take (`shared/framework`):
 * a level, or "not applicable" with its reason; anything not yet rated is left out.
 */
import type { CompetencyRating, Ratings } from '../framework/ratings';
import type { Appraisal, CompetencyAssessment } from './appraisal';

/** What scoring reads of a rating (lists keep this much, without the evidence). */
export type RatingFacts = Pick<CompetencyAssessment, 'level' | 'notApplicable' | 'notApplicableReason'>;

export function managerRatings(appraisal: { ratings: Readonly<Record<string, RatingFacts>> }): Ratings {
  const ratings: Record<string, CompetencyRating> = {};
  for (const [competencyId, assessment] of Object.entries(appraisal.ratings)) {
    // N/A wins over a level, as in `ratedLevel`: the manager ticked it last to say it does not apply.
    if (assessment.notApplicable) {
      ratings[competencyId] = { notApplicable: true, reason: assessment.notApplicableReason };
    } else if (assessment.level !== null) {
      ratings[competencyId] = { level: assessment.level };
    }
  }
  return ratings;
}

/**
 * The appraisee's own levels. Empty when the self-assessment is not included, even if levels
 * were entered before it was switched off: what is not part of the record must not be shown.
 */
export function selfRatings(appraisal: Pick<Appraisal, 'selfAssessment'>): Ratings {
  if (!appraisal.selfAssessment.included) return {};
  const ratings: Record<string, CompetencyRating> = {};
  for (const [competencyId, level] of Object.entries(appraisal.selfAssessment.levels)) {
    if (level !== null) ratings[competencyId] = { level };
  }
  return ratings;
}
