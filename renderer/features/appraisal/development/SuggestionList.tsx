/** The suggestions still to decide on, grouped as management and leadership development. */
import type { PendingSuggestion, PendingSuggestions } from '../../../../shared/appraisal/development';
import type { Framework, SectionId } from '../../../../shared/framework/frameworkSchema';
import { SuggestionCard } from './SuggestionCard';

const groupTitles = {
  management: 'Management',
  leadership: 'Leadership',
} as const satisfies Record<SectionId, string>;

interface SuggestionListProps {
  suggestions: PendingSuggestions;
  framework: Framework;
  dismissed: readonly string[];
  anyRated: boolean;
  onAccept: (suggestion: PendingSuggestion, action: string) => void;
  onDismiss: (suggestion: PendingSuggestion) => void;
  onRestore: (competencyId: string) => void;
}

export function SuggestionList(props: SuggestionListProps) {
  const { suggestions, framework, dismissed, anyRated } = props;
  const titleOf = (id: string) =>
    framework.sections.flatMap((s) => s.competencies).find((c) => c.id === id)?.title ?? id;
  const total = suggestions.management.length + suggestions.leadership.length;

  return (
    <section className="step-group" aria-labelledby="suggestions-title">
      <h3 id="suggestions-title" tabIndex={-1}>
        Suggestions from the lowest-rated areas
      </h3>
      {!anyRated && (
        <p className="step-note">
          Suggestions appear here once you have rated the management tasks and leadership behaviours.
        </p>
      )}
      {anyRated && total === 0 && (
        <p className="step-note">No suggestions are waiting: each has been accepted or dismissed.</p>
      )}
      {(['management', 'leadership'] as const).map((area) =>
        suggestions[area].length === 0 ? null : (
          <div key={area} className="suggestion-group">
            <h4 className="suggestion-group__title">{groupTitles[area]}</h4>
            <ul className="suggestion-list">
              {suggestions[area].map((suggestion) => (
                <SuggestionCard
                  key={suggestion.competencyId}
                  suggestion={suggestion}
                  onAccept={(action) => props.onAccept(suggestion, action)}
                  onDismiss={() => props.onDismiss(suggestion)}
                />
              ))}
            </ul>
          </div>
        ),
      )}
      {dismissed.length > 0 && (
        <div className="dismissed">
          <h4 className="suggestion-group__title">Dismissed</h4>
          <ul className="dismissed__list">
            {dismissed.map((id) => (
              <li key={id}>
                {titleOf(id)}{' '}
                <button type="button" className="button-link" onClick={() => props.onRestore(id)}>
                  Offer again<span className="visually-hidden"> the suggestion for {titleOf(id)}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
