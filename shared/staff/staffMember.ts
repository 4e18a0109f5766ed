/**
 * A member of staff on the register. `staffFormSchema` checks what the manager typed and
 * turns it into the stored shape; every message is plain English and names the field.
 */
import { z } from 'zod';
import { isIsoDate } from '../dates';
import { normalizeName } from './names';

const isoDate = z.string().refine(isIsoDate, 'Enter a real date.');
const isoDateTime = z.iso.datetime({ offset: true });

/** Letters from any script, plus the spaces, hyphens and apostrophes names use. */
const hasLetter = /\p{L}/u;
const noControlCharacters = /^[^\p{Cc}]*$/u;

const nameField = (label: string, required: boolean) =>
  z
    .string()
    .transform(normalizeName)
    .pipe(
      z
        .string()
        .max(120, `${label} must be 120 characters or fewer.`)
        .refine((v) => noControlCharacters.test(v), `${label} must be on one line.`)
        .refine((v) => (required ? v !== '' : true), `Enter the person's ${label.toLowerCase()}.`)
        .refine((v) => v === '' || hasLetter.test(v), `${label} must contain letters.`),
    );

const shortText = (label: string, max: number) =>
  z
    .string()
    .transform((v) => v.normalize('NFC').trim())
    .pipe(z.string().max(max, `${label} must be ${max} characters or fewer.`));

/** The stored shape, with the form's own limits so no field is unbounded anywhere it travels. */
export const staffMemberSchema = z.object({
  id: z.string().min(1).max(120),
  fullName: z.string().min(1).max(120),
  preferredName: z.string().max(120),
  role: z.string().min(1).max(80),
  team: z.string().max(80),
  startDate: isoDate,
  leavingDate: isoDate.nullable(),
  lineManagerId: z.string().max(120).nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

/** What the add/edit form holds: every field a string, as inputs give them. */
export const staffFormSchema = z
  .object({
    fullName: nameField('Full name', true),
    preferredName: nameField('Preferred name', false),
    role: shortText('Role', 80).refine((v) => v !== '', 'Choose a role from the list or type one.'),
    team: shortText('Team or unit', 80),
    startDate: z
      .string()
      .refine((v) => v !== '', 'Enter the date they started.')
      .refine(
        (v) => v === '' || isIsoDate(v),
        'Enter the start date as a real date, for example 01/04/2024.',
      ),
    leavingDate: z
      .string()
      .refine((v) => v === '' || isIsoDate(v), 'Enter the leaving date as a real date, or leave it empty.'),
    lineManagerId: z.string(),
  })
  .superRefine((form, ctx) => {
    if (form.leavingDate !== '' && form.startDate !== '' && form.leavingDate < form.startDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['leavingDate'],
        message: 'The leaving date cannot be before the start date.',
      });
    }
  });
export type StaffFormInput = z.input<typeof staffFormSchema>;
export type StaffFormValues = z.output<typeof staffFormSchema>;

export const emptyStaffForm: StaffFormInput = {
  fullName: '',
  preferredName: '',
  role: '',
  team: '',
  startDate: '',
  leavingDate: '',
  lineManagerId: '',
};

/** The stored fields a valid form sets (id and timestamps are the repository's). */
export function staffFieldsFromForm(values: StaffFormValues) {
  return {
    fullName: values.fullName,
    preferredName: values.preferredName,
    role: values.role,
    team: values.team,
    startDate: values.startDate,
    leavingDate: values.leavingDate === '' ? null : values.leavingDate,
    lineManagerId: values.lineManagerId === '' ? null : values.lineManagerId,
  } satisfies Omit<StaffMember, 'id' | 'createdAt' | 'updatedAt'>;
}

export function staffFormFromMember(member: StaffMember): StaffFormInput {
  return {
    fullName: member.fullName,
    preferredName: member.preferredName,
    role: member.role,
    team: member.team,
    startDate: member.startDate,
    leavingDate: member.leavingDate ?? '',
    lineManagerId: member.lineManagerId ?? '',
  };
}
