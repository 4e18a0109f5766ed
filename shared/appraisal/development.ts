/**
 * The development plan's suggestions: drawn from the lowest-rated competencies by
 * `suggestDevelopment`, less those the manager dismissed or already accepted. Accepting copies
 * the suggestion into an ordinary, editable plan item.
 */
import { suggestDevelopment, type DevelopmentSuggestion } from '../framework/developmentSuggestions';
import type { Framework, SectionId } from '../framework/frameworkSchema';
import type { Appraisal, DevelopmentItem } from './appraisal';
import { managerRatings } from './ratingsOf';

/** A suggestion with the section it came from, which becomes the plan item's area. */
export interface PendingSuggestion extends DevelopmentSuggestion {
  area: SectionId;
}

export type PendingSuggestions = Record<SectionId, PendingSuggestion[]>;

/**
 * The suggestions still to be accepted or dismissed, grouped as management or leadership.
 * The candidates are the same few per section as `suggestDevelopment` offers (the plan stays
 * achievable); dismissing one does not bring up a replacement, free entries cover the rest.
 */
export function pendingSuggestions(appraisal: Appraisal, framework: Framework): PendingSuggestions {
  const all = suggestDevelopment(framework, managerRatings(appraisal));
  const handled = new Set([
    ...appraisal.development.dismissedSuggestions,
    ...appraisal.development.items.flatMap((item) => (item.competencyId === null ? [] : [item.competencyId])),
  ]);
  const pending = (area: SectionId): PendingSuggestion[] =>
    all[area].filter((s) => !handled.has(s.competencyId)).map((s) => ({ ...s, area }));
  return { management: pending('management'), leadership: pending('leadership') };
}

/** Adds the suggestion to the plan once; accepting it again changes nothing. */
export function acceptSuggestion(
  appraisal: Appraisal,
  suggestion: PendingSuggestion,
  newId: string,
): Appraisal {
  const { items, dismissedSuggestions } = appraisal.development;
  if (items.some((item) => item.competencyId === suggestion.competencyId)) return appraisal;
  const item: DevelopmentItem = {
    id: newId,
    area: suggestion.area,
    competencyId: suggestion.competencyId,
    action: suggestion.suggestion,
    trainingNeed: '',
    byWhen: '',
  };
  return {
    ...appraisal,
    development: {
      items: [...items, item],
      // Accepting after a dismissal is a change of mind: it is no longer dismissed.
      dismissedSuggestions: dismissedSuggestions.filter((id) => id !== suggestion.competencyId),
    },
  };
}

export function dismissSuggestion(appraisal: Appraisal, competencyId: string): Appraisal {
  const { dismissedSuggestions } = appraisal.development;
  if (dismissedSuggestions.includes(competencyId)) return appraisal;
  return {
    ...appraisal,
    development: { ...appraisal.development, dismissedSuggestions: [...dismissedSuggestions, competencyId] },
  };
}

/** Offers a dismissed suggestion again. */
export function restoreSuggestion(appraisal: Appraisal, competencyId: string): Appraisal {
  const { dismissedSuggestions } = appraisal.development;
  if (!dismissedSuggestions.includes(competencyId)) return appraisal;
  return {
    ...appraisal,
    development: {
      ...appraisal.development,
      dismissedSuggestions: dismissedSuggestions.filter((id) => id !== competencyId),
    },
  };
}
