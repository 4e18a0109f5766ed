/**
 * Destroying a leaver's records is confirmed by typing their full name, compared as every typed
 * name is (`typedNameConfirms`: accent-, case- and spacing-blind).
 */
import { z } from 'zod';
import { typedNameConfirms } from './names';

export function destroyConfirmationSchema(fullName: string) {
  return z.object({
    typedName: z
      .string()
      .refine(
        (typed) => typedNameConfirms(typed, fullName),
        `Type ${fullName} to confirm (accents and capital letters do not matter).`,
      ),
  });
}

export type DestroyConfirmationValues = z.infer<ReturnType<typeof destroyConfirmationSchema>>;
