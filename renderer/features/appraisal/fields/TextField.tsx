/** A labelled one-line text input bound to one text value of the draft. */
import type { ReactNode } from 'react';
import { FormField } from '../../../components/FormField';

interface TextFieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  optional?: boolean;
  value: string;
  /** The record's own limit for this field, so typing stops where saving would refuse. */
  maxLength: number;
  onChange: (value: string) => void;
}

export function TextField({ id, label, hint, optional, value, maxLength, onChange }: TextFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} optional={optional}>
      {(a11y) => (
        <input
          {...a11y}
          className="input input--medium"
          autoComplete="off"
          maxLength={maxLength}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
