/**
 * The care home's own details: printed on every appraisal and used for due dates.
 * One record, kept under the key `home`.
 */
import { z } from 'zod';

const trimmed = (label: string, max: number) =>
  z
    .string()
    .transform((v) => v.normalize('NFC').trim())
    .pipe(z.string().max(max, `${label} must be ${max} characters or fewer.`));

/** CQC location IDs look like 1-123456789 (the digits vary in length). */
const cqcLocationIdPattern = /^1-\d{6,12}$/;

const logoSchema = z.object({
  mediaType: z.enum(['image/png', 'image/jpeg']),
  bytes: z.instanceof(Uint8Array),
  fileName: z.string(),
});
export type Logo = z.infer<typeof logoSchema>;

export const homeSettingsFormSchema = z.object({
  homeName: trimmed('Home name', 120).refine((v) => v !== '', 'Enter the name of the care home.'),
  address: trimmed('Address', 400),
  registeredManager: trimmed('Registered manager', 120).refine(
    (v) => v !== '',
    'Enter the name of the registered manager.',
  ),
  cqcLocationId: trimmed('CQC location ID', 20).refine(
    (v) => v === '' || cqcLocationIdPattern.test(v),
    'A CQC location ID looks like 1-123456789. Leave it empty if you do not have it to hand.',
  ),
  appraisalIntervalMonths: z
    .string()
    .trim()
    .refine((v) => /^\d+$/.test(v), 'Enter the number of months between appraisals, for example 12.')
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(1, 'Appraisals must be at least 1 month apart.')
        .max(36, 'Appraisals must be at most 36 months apart; CQC expects at least one a year.'),
    ),
});
export type HomeSettingsFormInput = z.input<typeof homeSettingsFormSchema>;
export type HomeSettingsFormValues = z.output<typeof homeSettingsFormSchema>;

export const homeSettingsSchema = z.object({
  key: z.literal('home'),
  homeName: z.string().min(1),
  address: z.string(),
  registeredManager: z.string().min(1),
  cqcLocationId: z.string(),
  logo: logoSchema.nullable(),
  appraisalIntervalMonths: z.number().int().min(1).max(36),
  /** Years after a member of staff leaves before their records may be destroyed. */
  retentionYearsAfterLeaving: z.number().int().min(1).max(50),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type HomeSettings = z.infer<typeof homeSettingsSchema>;

export const defaultAppraisalIntervalMonths = 12;
export const defaultRetentionYearsAfterLeaving = 6;
