/** A labelled, auto-growing textarea bound to one text value of the draft. */
import type { ReactNode } from 'react';
import { FormField } from '../../../components/FormField';
import { AutoGrowTextarea } from './AutoGrowTextarea';

interface TextAreaFieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  optional?: boolean;
  value: string;
  onChange: (value: string) => void;
  /** Rows to show when empty; more for fields that usually hold a paragraph or two. */
  rows?: number;
}

export function TextAreaField({ id, label, hint, optional, value, onChange, rows = 3 }: TextAreaFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} optional={optional}>
      {(a11y) => <AutoGrowTextarea {...a11y} rows={rows} value={value} onValueChange={onChange} />}
    </FormField>
  );
}
