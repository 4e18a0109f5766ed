/**
 * Destroying a leaver's records is confirmed by typing their full name: exactly, ignoring only
 * letter case, the Unicode form it was typed in (NFC) and spaces at either end.
 */
import { z } from 'zod';

export function confirmsFullName(typed: string, fullName: string): boolean {
  const fold = (text: string) => text.normalize('NFC').trim().toLocaleLowerCase('en-GB');
  return fold(typed) !== '' && fold(typed) === fold(fullName);
}

export function destroyConfirmationSchema(fullName: string) {
  return z.object({
    typedName: z
      .string()
      .refine((typed) => confirmsFullName(typed, fullName), `Type ${fullName} exactly as shown to confirm.`),
  });
}

export type DestroyConfirmationValues = z.infer<ReturnType<typeof destroyConfirmationSchema>>;
