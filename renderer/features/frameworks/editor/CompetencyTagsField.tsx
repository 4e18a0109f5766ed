/**
 * The CQC quality statements and regulations a competency is evidence for, as checkboxes
 * grouped the way CQC groups them. Tucked inside its own <details> because it is changed
 * rarely and is long; the chosen tags are always listed above it.
 */
import {
  cqcKeyQuestions,
  cqcQualityStatementsByKeyQuestion,
} from '../../../../shared/framework/cqcQualityStatements';
import type { Competency, CompetencyTags } from '../../../../shared/framework/frameworkSchema';
import { regulations } from '../../../../shared/framework/regulations';

interface CompetencyTagsFieldProps {
  draftKey: string;
  tags: CompetencyTags;
  onChange: (change: (competency: Competency) => Competency) => void;
}

/** Adds or removes one tag, leaving the others in the order they were. */
function toggled<Tag extends string>(tags: readonly Tag[], tag: Tag, on: boolean): Tag[] {
  return on ? [...tags.filter((t) => t !== tag), tag] : tags.filter((t) => t !== tag);
}

export function CompetencyTagsField({ draftKey, tags, onChange }: CompetencyTagsFieldProps) {
  const chosen = [...tags.cqcQualityStatements, ...tags.regulations];
  const checkbox = (id: string, label: string, checked: boolean, set: (on: boolean) => void) => (
    <div key={id} className="fw-checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => set(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
  return (
    <div className="fw-edit-tags">
      <p className="fw-edit-tags__chosen">
        <strong>Evidence for inspectors:</strong>{' '}
        {chosen.length === 0 ? 'none chosen yet.' : `${chosen.join('; ')}.`}
      </p>
      <details className="fw-tag-editor">
        <summary className="fw-tag-editor__summary">
          Choose the CQC quality statements and regulations
        </summary>
        <div className="fw-tag-editor__body">
          {cqcKeyQuestions.map((question) => (
            <fieldset key={question} className="fw-fieldset">
              <legend className="fw-fieldset__legend">CQC quality statements: {question}</legend>
              <div className="fw-checkboxes">
                {cqcQualityStatementsByKeyQuestion[question].map((statement, index) =>
                  checkbox(
                    `${draftKey}-cqc-${question}-${index}`,
                    statement,
                    tags.cqcQualityStatements.includes(statement),
                    (on) =>
                      onChange((c) => ({
                        ...c,
                        tags: {
                          ...c.tags,
                          cqcQualityStatements: toggled(c.tags.cqcQualityStatements, statement, on),
                        },
                      })),
                  ),
                )}
              </div>
            </fieldset>
          ))}
          <fieldset className="fw-fieldset">
            <legend className="fw-fieldset__legend">Regulations</legend>
            <div className="fw-checkboxes">
              {regulations.map((regulation, index) =>
                checkbox(
                  `${draftKey}-regulation-${index}`,
                  regulation,
                  tags.regulations.includes(regulation),
                  (on) =>
                    onChange((c) => ({
                      ...c,
                      tags: { ...c.tags, regulations: toggled(c.tags.regulations, regulation, on) },
                    })),
                ),
              )}
            </div>
          </fieldset>
        </div>
      </details>
    </div>
  );
}
