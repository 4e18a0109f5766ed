/** The fields of one competency in the editor: title, description, the four levels, suggestions, tags. */
import type { Competency } from '../../../../shared/framework/frameworkSchema';
import { scaleLabels, scaleLevels } from '../../../../shared/framework/scale';
import { FormField } from '../../../components/FormField';
import { CompetencyTagsField } from './CompetencyTagsField';
import { canAddSuggestion } from './draftForm';
import { fieldIds } from './draftProblems';

interface CompetencyFieldsProps {
  draftKey: string;
  competency: Competency;
  errors: ReadonlyMap<string, string>;
  onChange: (change: (competency: Competency) => Competency) => void;
  onFocusField: (fieldId: string) => void;
}

export function CompetencyFields({
  draftKey,
  competency,
  errors,
  onChange,
  onFocusField,
}: CompetencyFieldsProps) {
  const suggestions = competency.developmentSuggestions;
  const setSuggestions = (next: string[]) => onChange((c) => ({ ...c, developmentSuggestions: next }));
  return (
    <div className="fw-edit-fields">
      <FormField id={fieldIds.title(draftKey)} label="Title" error={errors.get(fieldIds.title(draftKey))}>
        {(a11y) => (
          <input
            {...a11y}
            className="input"
            value={competency.title}
            onChange={(event) => onChange((c) => ({ ...c, title: event.target.value }))}
          />
        )}
      </FormField>
      <FormField
        id={fieldIds.competencyDescription(draftKey)}
        label="Description"
        hint="One line saying what this competency is about."
        error={errors.get(fieldIds.competencyDescription(draftKey))}
      >
        {(a11y) => (
          <textarea
            {...a11y}
            className="input"
            rows={2}
            value={competency.description}
            onChange={(event) => onChange((c) => ({ ...c, description: event.target.value }))}
          />
        )}
      </FormField>
      <fieldset className="fw-fieldset">
        <legend className="fw-fieldset__legend">What each level looks like</legend>
        <div className="fw-edit-levels">
          {scaleLevels.map((level) => (
            <FormField
              key={level}
              id={fieldIds.level(draftKey, level)}
              label={`${level} ${scaleLabels[level]}`}
              error={errors.get(fieldIds.level(draftKey, level))}
            >
              {(a11y) => (
                <textarea
                  {...a11y}
                  className="input"
                  rows={4}
                  value={competency.descriptors[level]}
                  onChange={(event) =>
                    onChange((c) => ({
                      ...c,
                      descriptors: { ...c.descriptors, [level]: event.target.value },
                    }))
                  }
                />
              )}
            </FormField>
          ))}
        </div>
      </fieldset>
      <fieldset className="fw-fieldset">
        <legend className="fw-fieldset__legend">Development suggestions</legend>
        <p className="field__hint">
          Offered in development plans when someone is rated low here. Between 1 and 6.
        </p>
        {suggestions.map((suggestion, index) => (
          <div key={index} className="fw-edit-suggestion">
            <FormField
              id={fieldIds.suggestion(draftKey, index)}
              label={`Suggestion ${index + 1}`}
              error={errors.get(fieldIds.suggestion(draftKey, index))}
            >
              {(a11y) => (
                <textarea
                  {...a11y}
                  className="input"
                  rows={2}
                  value={suggestion}
                  onChange={(event) =>
                    setSuggestions(suggestions.map((s, i) => (i === index ? event.target.value : s)))
                  }
                />
              )}
            </FormField>
            {suggestions.length > 1 && (
              <button
                type="button"
                className="button button--secondary button--small fw-edit-suggestion__remove"
                onClick={() => {
                  setSuggestions(suggestions.filter((_, i) => i !== index));
                  onFocusField(fieldIds.addSuggestion(draftKey));
                }}
              >
                Remove<span className="visually-hidden"> suggestion {index + 1}</span>
              </button>
            )}
          </div>
        ))}
        {errors.get(fieldIds.addSuggestion(draftKey)) !== undefined && (
          <p className="field__error">{errors.get(fieldIds.addSuggestion(draftKey))}</p>
        )}
        <button
          id={fieldIds.addSuggestion(draftKey)}
          type="button"
          className="button button--secondary button--small"
          disabled={!canAddSuggestion(competency)}
          onClick={() => {
            setSuggestions([...suggestions, '']);
            onFocusField(fieldIds.suggestion(draftKey, suggestions.length));
          }}
        >
          Add a suggestion
        </button>
      </fieldset>
      <CompetencyTagsField draftKey={draftKey} tags={competency.tags} onChange={onChange} />
    </div>
  );
}
