/**
 * One party's signature on an appraisal. The appraisee signs first; the appraiser's
 * countersignature seals the record. A drawn signature keeps its PNG (so the sealed record
 * and the vault copy are complete on their own) and that PNG's SHA-256.
 */
import { z } from 'zod';
import { isIsoDate } from '../dates';
import { sha256HexPattern } from '../integrity/sha256';

export const signingParties = ['appraisee', 'appraiser'] as const;
export type SigningParty = (typeof signingParties)[number];

export const signatureMethods = ['drawn', 'typed', 'paper'] as const;
export type SignatureMethod = (typeof signatureMethods)[number];

export const signatureMethodLabels = {
  drawn: 'Signed on screen',
  typed: 'Typed name',
  paper: 'Signed on paper',
} as const satisfies Record<SignatureMethod, string>;

/** 300 KB of PNG is far more than a signature drawn at 3× on a wide screen needs. */
export const maxSignatureImageBase64Length = 400_000;

const signatureImageSchema = z.object({
  /** The PNG bytes, base64 (no data: prefix). */
  pngBase64: z
    .string()
    .min(1)
    .max(maxSignatureImageBase64Length, 'The drawn signature is too large to keep.')
    // Whole groups of four with padding only at the end, as canvas.toDataURL writes it.
    .regex(
      /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,
      'The drawn signature is not a valid image.',
    ),
  sha256: z.string().regex(sha256HexPattern),
  /** The size it was drawn at, in CSS pixels, so it prints with the same proportions. */
  width: z.number().positive().max(4000),
  height: z.number().positive().max(4000),
});
export type SignatureImage = z.infer<typeof signatureImageSchema>;

/** Checked, not trimmed: spaces alone are no name, but what was typed is kept as typed. */
const notBlank = (message: string) =>
  z
    .string()
    .max(200)
    .refine((v) => v.trim() !== '', message);

export const signatureSchema = z
  .object({
    party: z.enum(signingParties),
    fullName: notBlank('Enter the full name of the person signing.'),
    role: notBlank('Enter the role of the person signing.'),
    /** When the signature was recorded in the app. */
    signedAt: z.iso.datetime({ offset: true }),
    method: z.enum(signatureMethods),
    /** Drawn signatures only. */
    image: signatureImageSchema.nullable(),
    /** Typed-name attestations only: the name exactly as typed. */
    typedName: z.string().max(200),
    /** Paper signatures only: the date written on the paper copy (ISO). */
    paperSignedOn: z.string().refine((v) => v === '' || isIsoDate(v), 'Enter a real date.'),
    /** The statement the signer confirmed, word for word, as shown on screen and printed. */
    statement: z.string().min(1).max(2000),
  })
  .superRefine((signature, ctx) => {
    const problem = methodProblem(signature);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['method'] });
  });
export type Signature = z.infer<typeof signatureSchema>;

function methodProblem(s: {
  method: SignatureMethod;
  image: SignatureImage | null;
  typedName: string;
  paperSignedOn: string;
}): string | null {
  if (s.method === 'drawn' && s.image === null) return 'A drawn signature needs its image.';
  if (s.method !== 'drawn' && s.image !== null) return 'Only a drawn signature has an image.';
  if (s.method === 'typed' && s.typedName.trim() === '') return 'Type the full name to sign.';
  if (s.method !== 'typed' && s.typedName !== '') return 'Only a typed signature has a typed name.';
  if (s.method === 'paper' && s.paperSignedOn === '') return 'Enter the date it was signed on paper.';
  if (s.method !== 'paper' && s.paperSignedOn !== '') return 'Only a paper signature has a paper date.';
  return null;
}

export const appraisalSignaturesSchema = z
  .object({
    appraisee: signatureSchema.nullable(),
    appraiser: signatureSchema.nullable(),
  })
  .superRefine((signatures, ctx) => {
    // A signature in the wrong place would print under the other party's heading.
    if (signatures.appraisee && signatures.appraisee.party !== 'appraisee')
      ctx.addIssue({
        code: 'custom',
        path: ['appraisee', 'party'],
        message: "This is the appraiser's signature, not the member of staff's.",
      });
    if (signatures.appraiser && signatures.appraiser.party !== 'appraiser')
      ctx.addIssue({
        code: 'custom',
        path: ['appraiser', 'party'],
        message: "This is the member of staff's signature, not the appraiser's.",
      });
  });
export type AppraisalSignatures = z.infer<typeof appraisalSignaturesSchema>;

export const noSignatures: AppraisalSignatures = { appraisee: null, appraiser: null };
