/**
 * How many years after leaving a leaver's records are kept, as typed in Settings: a whole
 * number from 1 to 50. Main refuses any other number (`records:setRetentionYears`).
 */
import { z } from 'zod';

export const minRetentionYears = 1;
export const maxRetentionYears = 50;

const wholeNumber = /^\d+$/;

/** What was typed, read as a number of years. */
const typedRetentionYearsSchema = z
  .string()
  .trim()
  .regex(wholeNumber, 'Enter the number of years as a whole number, for example 6.')
  .refine(
    (typed) =>
      !wholeNumber.test(typed) || (Number(typed) >= minRetentionYears && Number(typed) <= maxRetentionYears),
    `Enter a number of years from ${minRetentionYears} to ${maxRetentionYears}.`,
  )
  .transform(Number);

export const retentionYearsFormSchema = z.object({ retentionYearsAfterLeaving: typedRetentionYearsSchema });
export type RetentionYearsFormInput = z.input<typeof retentionYearsFormSchema>;
export type RetentionYearsFormValues = z.output<typeof retentionYearsFormSchema>;
