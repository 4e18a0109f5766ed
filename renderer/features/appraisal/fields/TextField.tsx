/** A labelled one-line text input bound to one text value of the draft. */
import type { ReactNode } from 'react';
import { FormField } from '../../../components/FormField';

interface TextFieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  optional?: boolean;
  value: string;
  onChange: (value: string) => void;
}

export function TextField({ id, label, hint, optional, value, onChange }: TextFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} optional={optional}>
      {(a11y) => (
        <input
          {...a11y}
          className="input input--medium"
          autoComplete="off"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
