/** The framework's own name and description, at the top of the editor. */
import { FormField } from '../../../components/FormField';
import type { FrameworkDraftForm } from './draftForm';
import { fieldIds } from './draftProblems';

interface FrameworkDetailsFieldsProps {
  form: FrameworkDraftForm;
  errors: ReadonlyMap<string, string>;
  onChange: (form: FrameworkDraftForm) => void;
}

export function FrameworkDetailsFields({ form, errors, onChange }: FrameworkDetailsFieldsProps) {
  return (
    <fieldset className="panel fw-fieldset fw-edit-details">
      <legend className="fw-fieldset__legend fw-fieldset__legend--panel">About this framework</legend>
      <FormField
        id={fieldIds.name}
        label="Name"
        hint="Shown on appraisals and printed documents."
        error={errors.get(fieldIds.name)}
      >
        {(a11y) => (
          <input
            {...a11y}
            className="input"
            value={form.name}
            onChange={(event) => onChange({ ...form, name: event.target.value })}
          />
        )}
      </FormField>
      <FormField
        id={fieldIds.description}
        label="Description"
        hint="What the framework is for and how to use the levels."
        error={errors.get(fieldIds.description)}
      >
        {(a11y) => (
          <textarea
            {...a11y}
            className="input"
            rows={4}
            value={form.description}
            onChange={(event) => onChange({ ...form, description: event.target.value })}
          />
        )}
      </FormField>
    </fieldset>
  );
}
