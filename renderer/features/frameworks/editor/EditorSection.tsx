/** One section in the editor: its competencies in order, and a button to add one at the end. */
import type { Competency, FrameworkSection, SectionId } from '../../../../shared/framework/frameworkSchema';
import { CompetencyEditor } from './CompetencyEditor';
import type { CompetencyDraft } from './draftForm';
import { fieldIds } from './draftProblems';

interface EditorSectionProps {
  section: Pick<FrameworkSection, 'id' | 'title' | 'summary'>;
  drafts: readonly CompetencyDraft[];
  openKeys: ReadonlySet<string>;
  problemKeys: ReadonlySet<string>;
  errors: ReadonlyMap<string, string>;
  onToggle: (key: string, open: boolean) => void;
  onChange: (key: string, change: (competency: Competency) => Competency) => void;
  onMove: (key: string, offset: -1 | 1) => void;
  onRemove: (draft: CompetencyDraft) => void;
  onAdd: (sectionId: SectionId) => void;
  onFocusField: (fieldId: string) => void;
}

export function EditorSection({
  section,
  drafts,
  openKeys,
  problemKeys,
  errors,
  onToggle,
  onChange,
  onMove,
  onRemove,
  onAdd,
  onFocusField,
}: EditorSectionProps) {
  const headingId = `edit-section-${section.id}`;
  const addError = errors.get(fieldIds.addCompetency(section.id));
  return (
    <section className="fw-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="fw-section__title">
        {section.title} <span className="fw-section__count">({drafts.length} competencies)</span>
      </h2>
      <p className="fw-section__summary">{section.summary}</p>
      <ol className="fw-competencies">
        {drafts.map((draft, index) => (
          <CompetencyEditor
            key={draft.key}
            draft={draft}
            number={index + 1}
            count={drafts.length}
            open={openKeys.has(draft.key)}
            hasProblems={problemKeys.has(draft.key)}
            errors={errors}
            onToggle={(open) => onToggle(draft.key, open)}
            onChange={(change) => onChange(draft.key, change)}
            onMove={(offset) => onMove(draft.key, offset)}
            onRemove={() => onRemove(draft)}
            onFocusField={onFocusField}
          />
        ))}
      </ol>
      {addError !== undefined && <p className="field__error">{addError}</p>}
      <button
        id={fieldIds.addCompetency(section.id)}
        type="button"
        className="button button--secondary"
        onClick={() => onAdd(section.id)}
      >
        Add a competency to {section.title}
      </button>
    </section>
  );
}
