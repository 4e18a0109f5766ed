/**
 * One competency in the editor: a collapsible panel (title and description always visible) with
 * its fields inside, and the buttons to move it up or down or remove it on its top row. The
 * buttons stay outside the <summary> so each is an ordinary, separately focusable control, and
 * come before the fields so the keyboard reaches them without passing every field.
 */
import type { Competency } from '../../../../shared/framework/frameworkSchema';
import { CompetencyFields } from './CompetencyFields';
import type { CompetencyDraft } from './draftForm';

export const summaryId = (key: string) => `${key}-summary`;
export const moveButtonId = (key: string, offset: -1 | 1) => `${key}-move-${offset < 0 ? 'up' : 'down'}`;

interface CompetencyEditorProps {
  draft: CompetencyDraft;
  number: number;
  count: number;
  open: boolean;
  hasProblems: boolean;
  errors: ReadonlyMap<string, string>;
  onToggle: (open: boolean) => void;
  onChange: (change: (competency: Competency) => Competency) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
  onFocusField: (fieldId: string) => void;
}

export function CompetencyEditor({
  draft,
  number,
  count,
  open,
  hasProblems,
  errors,
  onToggle,
  onChange,
  onMove,
  onRemove,
  onFocusField,
}: CompetencyEditorProps) {
  const { key, competency } = draft;
  const title = competency.title.trim() === '' ? 'New competency (no title yet)' : competency.title;
  return (
    <li className={hasProblems ? 'fw-edit-competency fw-edit-competency--problem' : 'fw-edit-competency'}>
      <div className="fw-edit-competency__tools" role="group" aria-label={`Move or remove ${title}`}>
        <button
          id={moveButtonId(key, -1)}
          type="button"
          className="button button--secondary button--small"
          disabled={number === 1}
          onClick={() => onMove(-1)}
        >
          <span aria-hidden="true">↑ </span>Move up<span className="visually-hidden"> {title}</span>
        </button>
        <button
          id={moveButtonId(key, 1)}
          type="button"
          className="button button--secondary button--small"
          disabled={number === count}
          onClick={() => onMove(1)}
        >
          <span aria-hidden="true">↓ </span>Move down<span className="visually-hidden"> {title}</span>
        </button>
        <button type="button" className="button button--danger-quiet button--small" onClick={onRemove}>
          Remove<span className="visually-hidden"> {title}</span>
        </button>
      </div>
      <details
        className="fw-competency__details"
        open={open}
        onToggle={(event) => {
          if (event.currentTarget.open !== open) onToggle(event.currentTarget.open);
        }}
      >
        <summary id={summaryId(key)} className="fw-competency__summary">
          <h3 className="fw-competency__title">
            <span className="fw-competency__number">{number}.</span> {title}
            {hasProblems && <span className="fw-problem-tag">Needs attention</span>}
          </h3>
          {competency.description !== '' && (
            <span className="fw-competency__description">{competency.description}</span>
          )}
        </summary>
        {open && (
          <CompetencyFields
            draftKey={key}
            competency={competency}
            errors={errors}
            onChange={onChange}
            onFocusField={onFocusField}
          />
        )}
      </details>
    </li>
  );
}
