/**
 * A labelled native date input (dd/mm/yyyy on a UK PC) bound to an ISO date of the draft.
 * An incomplete date reads as '' from the input; the draft keeps '' until it is whole.
 */
import type { ReactNode } from 'react';
import { FormField } from '../../../components/FormField';

interface DateFieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  optional?: boolean;
  value: string;
  onChange: (value: string) => void;
  /** Advice shown under the field (e.g. a date already passed); never blocks. */
  warnings?: readonly string[];
}

export function DateField({ id, label, hint, optional, value, onChange, warnings = [] }: DateFieldProps) {
  const warningId = `${id}-warning`;
  return (
    <FormField id={id} label={label} hint={hint} optional={optional}>
      {(a11y) => (
        <>
          <input
            {...a11y}
            aria-describedby={
              [a11y['aria-describedby'], warnings.length > 0 ? warningId : undefined]
                .filter(Boolean)
                .join(' ') || undefined
            }
            type="date"
            className="input input--date"
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
          {warnings.length > 0 && (
            <div id={warningId} className="field-warning">
              {warnings.map((warning) => (
                <p key={warning}>
                  <span className="visually-hidden">Warning: </span>
                  {warning}
                </p>
              ))}
            </div>
          )}
        </>
      )}
    </FormField>
  );
}
