/** The leaving date asked for when marking a leaver. Whether it may be that date is the action's to check. */
import { z } from 'zod';
import { isIsoDate } from '../../../shared/dates';

export const markLeaverSchema = z.object({
  leavingDate: z
    .string()
    .refine((v) => v !== '', 'Enter the date they leave or left.')
    .refine((v) => v === '' || isIsoDate(v), 'Enter the leaving date as a real date.'),
});

export type MarkLeaverFormValues = z.infer<typeof markLeaverSchema>;
