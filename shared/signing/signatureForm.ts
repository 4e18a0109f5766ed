/**
 * What a signing form checks before a signature is made: who signs (name and role), and that
 * the chosen way of signing is complete. A typed-name attestation must be the signer's full
 * name, compared as every typed name is (`typedNameConfirms`). Each problem names the field to fix, nested
 * where the field belongs to one way of signing ('typed.name', 'paper.signedOn').
 */
import { z } from 'zod';
import { isIsoDate } from '../dates';
import { typedNameConfirms } from '../staff/names';
import { signatureMethods } from './signature';

const filledIn = (message: string) => z.string().refine((v) => v.trim() !== '', message);

/** `today` is asked at each check, so a form left open past midnight still knows the date. */
export function signatureFormSchema(today: () => string) {
  return z
    .object({
      fullName: filledIn('Enter the full name of the person signing.'),
      role: filledIn('Enter the role of the person signing.'),
      method: z.enum(signatureMethods),
      /** Whether the box holds a drawing; read from the box when the form is sent. */
      drawn: z.boolean(),
      typed: z.object({ name: z.string(), confirmed: z.boolean() }),
      paper: z.object({ signedOn: z.string() }),
    })
    .superRefine((form, ctx) => {
      const problem = (path: string[], message: string) => ctx.addIssue({ code: 'custom', path, message });
      if (form.method === 'drawn' && !form.drawn) {
        problem(['drawn'], 'Draw the signature in the box, or choose another way to sign.');
      }
      if (form.method === 'typed') {
        const name = form.fullName.trim();
        if (!typedNameConfirms(form.typed.name, name)) {
          problem(
            ['typed', 'name'],
            name === ''
              ? 'Type the full name to sign.'
              : `Type the full name as shown: ${name} (accents and capital letters do not matter).`,
          );
        }
        if (!form.typed.confirmed) {
          problem(['typed', 'confirmed'], 'Tick the box to confirm this typed name is a signature.');
        }
      }
      if (form.method === 'paper') {
        if (!isIsoDate(form.paper.signedOn)) {
          problem(['paper', 'signedOn'], 'Enter the date written on the paper copy.');
        } else if (form.paper.signedOn > today()) {
          problem(['paper', 'signedOn'], 'The date signed on paper cannot be in the future.');
        }
      }
    });
}

export type SignatureFormValues = z.input<ReturnType<typeof signatureFormSchema>>;
