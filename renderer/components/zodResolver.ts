/**
 * Connects a shared zod schema to react-hook-form: the form shows exactly the messages the
 * repositories would refuse with. A few lines here instead of another dependency.
 */
import type { FieldError, FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

export function zodResolver<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
): Resolver<Input, unknown, Output> {
  return async (values) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) return { values: result.data, errors: {} };
    return { values: {}, errors: fieldErrorsFrom<Input>(result.error) };
  };
}

function fieldErrorsFrom<Input extends FieldValues>(error: z.ZodError): FieldErrors<Input> {
  const errors: Record<string, FieldError> = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : 'root';
    errors[field] ??= { type: issue.code, message: issue.message };
  }
  // Our forms are flat objects of strings, so each field's error is a single FieldError;
  // TypeScript cannot see that FieldErrors<Input> has that shape for a generic Input.
  return errors as FieldErrors<Input>;
}
