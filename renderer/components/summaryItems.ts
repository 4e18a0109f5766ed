/** Turns react-hook-form's errors into error-summary lines, in the order the fields appear. */
import type { FieldErrors, FieldValues } from 'react-hook-form';
import type { ErrorSummaryItem } from './ErrorSummary';

export function summaryItems<Values extends FieldValues>(
  fieldOrder: readonly (keyof Values & string)[],
  errors: FieldErrors<Values>,
): ErrorSummaryItem[] {
  return fieldOrder.flatMap((field) => {
    const message = errors[field]?.message;
    return typeof message === 'string' ? [{ fieldId: field, message }] : [];
  });
}
