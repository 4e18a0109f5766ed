/**
 * Turns react-hook-form's errors into error-summary lines, in the order the fields appear.
 * A field may be nested ('typed.name'); `fieldId` gives the id of its control on the page
 * when that is not the field's own name.
 */
import { get, type FieldErrors, type FieldPath, type FieldValues } from 'react-hook-form';
import type { ErrorSummaryItem } from './ErrorSummary';

export function summaryItems<Values extends FieldValues, Field extends FieldPath<Values>>(
  fieldOrder: readonly Field[],
  errors: FieldErrors<Values>,
  fieldId: (field: Field) => string = (field) => field,
): ErrorSummaryItem[] {
  return fieldOrder.flatMap((field) => {
    const error: { message?: unknown } | undefined = get(errors, field);
    const message = error?.message;
    return typeof message === 'string' ? [{ fieldId: fieldId(field), message }] : [];
  });
}

/** Moves focus to the first field in the summary, for controls react-hook-form cannot focus. */
export function focusFirst(items: readonly ErrorSummaryItem[]): void {
  if (items[0] !== undefined) document.getElementById(items[0].fieldId)?.focus();
}
