/**
 * The meeting dates an inspection pack covers: both real dates, the first not after the last.
 * The one message is about the pair, so it is the form's (`root.range`), not either field's.
 */
import { z } from 'zod';
import { isIsoDate } from '../../../shared/dates';

export const packRangeSchema = z.object({ from: z.string(), to: z.string() }).superRefine((range, ctx) => {
  const problem = (message: string) => ctx.addIssue({ code: 'custom', path: ['root', 'range'], message });
  if (!isIsoDate(range.from) || !isIsoDate(range.to)) {
    problem('Enter both dates as real dates, for example 01/04/2025.');
  } else if (range.from > range.to) {
    problem('The first date must not be after the last date.');
  }
});

export type PackRangeValues = z.infer<typeof packRangeSchema>;
