/**
 * Field validators whose messages are whole plain-English sentences about one named field
 * ("The title is empty."). They only check, never transform, so stored text is kept exactly.
 */
import { z } from 'zod';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const lineBreak = /[\r\n\u2028\u2029]/;

/** What to say when a value is missing or of the wrong JSON type. */
export const typeError = (label: string, expected: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `${label} is missing.` : `${label} should be ${expected}.`;

export const text = (label: string, max: number, lines: 'one line' | 'several lines') =>
  z
    .string({ error: typeError(label, 'text') })
    .refine((v) => v.trim() !== '', `${label} is empty.`)
    .refine((v) => v.length <= max, `${label} is longer than ${max} characters; please shorten it.`)
    .refine((v) => lines === 'several lines' || !lineBreak.test(v), `${label} must be on one line.`);

export const slug = (label: string, example: string) =>
  z.string({ error: typeError(label, 'text') }).refine((v) => slugPattern.test(v) && v.length <= 60, {
    error: (issue) =>
      `${label} ${JSON.stringify(issue.input)} can use only lower-case letters, numbers and single hyphens (up to 60 characters), for example "${example}".`,
  });

export const wholeNumber = (label: string) =>
  z
    .number({ error: typeError(label, 'a number') })
    .int({ error: `${label} should be a whole number.` })
    .positive({ error: `${label} should be 1 or more.` });

/** Extra fields are refused rather than dropped: a misspelt "descripton" must not vanish. */
export const strictObject = <Shape extends z.ZodRawShape>(
  shape: Shape,
  label: string,
  expected = 'a set of named fields in curly brackets',
) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `${label} has ${issue.keys.length === 1 ? 'a field' : 'fields'} this app does not recognise (${issue.keys
            .map((key) => `"${key}"`)
            .join(', ')}); check the spelling or remove ${issue.keys.length === 1 ? 'it' : 'them'}.`
        : typeError(label, expected)(issue),
  });
