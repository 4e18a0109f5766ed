/** Why a signed record needs amending: required, and short enough to print on the new version. */
import { z } from 'zod';
import { maxAmendmentReasonLength } from '../../db/amendmentRepository';

export const amendSchema = z.object({
  reason: z
    .string()
    .refine((v) => v.trim() !== '', 'Say why this record needs amending.')
    .refine(
      (v) => v.normalize('NFC').trim().length <= maxAmendmentReasonLength,
      `Keep the reason to ${maxAmendmentReasonLength} characters or fewer; the details belong in the record itself.`,
    ),
});

export type AmendFormValues = z.infer<typeof amendSchema>;
