/**
 * Runs a form's schema the way its form does (react-hook-form's zodResolver) and reads back the
 * errors, so a test sees which field each message reaches.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, FieldValues, ResolverSuccess } from 'react-hook-form';
import type { z } from 'zod';

export async function formErrors<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
  values: Input,
): Promise<FieldErrors<Input>> {
  const resolve = zodResolver(schema);
  const result = await resolve(values, undefined, { fields: {}, shouldUseNativeValidation: false });
  return result.errors;
}

/** Each message by the dotted path of its field ('typed.name'), in the schema's order. */
export async function messagesByField<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
  values: Input,
): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  const walk = (node: unknown, path: string) => {
    if (typeof node !== 'object' || node === null) return;
    if ('message' in node && typeof node.message === 'string') found[path] = node.message;
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'ref' && key !== 'message' && key !== 'type')
        walk(child, path === '' ? key : `${path}.${key}`);
    }
  };
  walk(await formErrors(schema, values), '');
  return found;
}

/** What the form's submit hands on when every check passes, or null when something is refused. */
export async function submitted<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
  values: Input,
): Promise<Output | null> {
  const result = await zodResolver(schema)(values, undefined, {
    fields: {},
    shouldUseNativeValidation: false,
  });
  // No errors means the resolver succeeded and `values` is the schema's output.
  return Object.keys(result.errors).length === 0 ? (result as ResolverSuccess<Output>).values : null;
}
