/** One development suggestion from a low rating: accept it, edit it first, or dismiss it. */
import { useId, useState } from 'react';
import type { PendingSuggestion } from '../../../../shared/appraisal/development';
import { scaleLabel } from '../../../../shared/framework/scale';
import { AutoGrowTextarea } from '../fields/AutoGrowTextarea';
import { changeThenFocus } from '../editor/changeThenFocus';

interface SuggestionCardProps {
  suggestion: PendingSuggestion;
  onAccept: (action: string) => void;
  onDismiss: () => void;
}

export function SuggestionCard({ suggestion, onAccept, onDismiss }: SuggestionCardProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const titleId = useId();
  const editId = `suggestion-${suggestion.competencyId}-edit`;
  return (
    <li className="suggestion" aria-labelledby={titleId}>
      <p id={titleId} className="suggestion__source">
        <strong>{suggestion.competencyTitle}</strong>{' '}
        <span className="muted">
          (rated {suggestion.level} {scaleLabel(suggestion.level)})
        </span>
      </p>
      {editing === null ? (
        <>
          <p className="suggestion__text">{suggestion.suggestion}</p>
          <div className="inline-actions">
            <button
              type="button"
              className="button button--small"
              onClick={() => onAccept(suggestion.suggestion)}
            >
              Accept<span className="visually-hidden"> the suggestion for {suggestion.competencyTitle}</span>
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => changeThenFocus(editId, () => setEditing(suggestion.suggestion))}
            >
              Edit, then accept
              <span className="visually-hidden"> the suggestion for {suggestion.competencyTitle}</span>
            </button>
            <button type="button" className="button button--secondary button--small" onClick={onDismiss}>
              Dismiss<span className="visually-hidden"> the suggestion for {suggestion.competencyTitle}</span>
            </button>
          </div>
        </>
      ) : (
        <>
          <label htmlFor={editId} className="field__label">
            Action, in your words
          </label>
          <AutoGrowTextarea id={editId} rows={2} value={editing} onValueChange={setEditing} />
          <div className="inline-actions">
            <button
              type="button"
              className="button button--small"
              disabled={editing.trim() === ''}
              onClick={() => onAccept(editing)}
            >
              Add to the plan
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setEditing(null)}
            >
              Cancel editing
            </button>
          </div>
        </>
      )}
    </li>
  );
}
