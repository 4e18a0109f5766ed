/**
 * Development suggestions for the appraisal's development plan, drawn from the person's
 * lowest-rated competencies. The manager accepts, edits or dismisses each one; this only
 * proposes. Deterministic: the same ratings always give the same list in the same order.
 */
import type { Framework, FrameworkSection, SectionId } from './frameworkSchema';
import { ratedLevel, type Ratings } from './ratings';
import type { ScaleLevel } from './scale';

export interface DevelopmentSuggestion {
  competencyId: string;
  competencyTitle: string;
  level: ScaleLevel;
  /** The competency's first development suggestion: the one its authors put first as most useful. */
  suggestion: string;
}

export type DevelopmentSuggestions = Record<SectionId, DevelopmentSuggestion[]>;

export interface SuggestDevelopmentOptions {
  /** At most this many suggestions per section (default 3, so the plan stays achievable). */
  maxPerSection?: number;
}

export function suggestDevelopment(
  framework: Framework,
  ratings: Ratings,
  { maxPerSection = 3 }: SuggestDevelopmentOptions = {},
): DevelopmentSuggestions {
  const limit = Math.max(0, Math.floor(maxPerSection));
  const [management, leadership] = framework.sections;
  return {
    management: suggestionsForSection(management, ratings, limit),
    leadership: suggestionsForSection(leadership, ratings, limit),
  };
}

function suggestionsForSection(
  section: FrameworkSection,
  ratings: Ratings,
  limit: number,
): DevelopmentSuggestion[] {
  const candidates: DevelopmentSuggestion[] = [];
  for (const competency of section.competencies) {
    const level = ratedLevel(ratings[competency.id]);
    const suggestion = competency.developmentSuggestions[0];
    // Exemplary needs no development suggestion; unrated and not applicable give no evidence of a gap.
    if (level === null || level === 4 || suggestion === undefined) continue;
    candidates.push({ competencyId: competency.id, competencyTitle: competency.title, level, suggestion });
  }
  // Gaps (levels 1 and 2) always come first; an Effective area is offered only to fill spare places.
  // Array.prototype.sort is stable, so equal levels keep the framework's order.
  return candidates.sort((a, b) => a.level - b.level).slice(0, limit);
}
