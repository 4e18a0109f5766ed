/**
 * The signing form's field ids and the signature its values become. The checks are the shared
 * `signatureFormSchema`; this file is pure, so both are tested without a screen.
 */
import type { Signature, SignatureImage, SigningParty } from '../../../shared/signing/signature';
import type { SignatureFormValues } from '../../../shared/signing/signatureForm';
import { signingStatements } from '../../../shared/signing/signingWording';

/** Field ids, prefixed by party so both forms could share a page. */
export function signatureFieldIds(party: SigningParty) {
  return {
    fullName: `${party}-full-name`,
    role: `${party}-role`,
    method: `${party}-method-drawn`,
    pad: `${party}-signature-pad`,
    typedName: `${party}-typed-name`,
    typedConfirmed: `${party}-typed-confirmed`,
    paperSignedOn: `${party}-paper-date`,
  } as const;
}

/** Each checked field, in the order the form shows them (the error summary's order). */
export const signatureFieldPaths = [
  'fullName',
  'role',
  'drawn',
  'typed.name',
  'typed.confirmed',
  'paper.signedOn',
] as const;
export type SignatureFieldPath = (typeof signatureFieldPaths)[number];

/** The id of the control a checked field is shown by (the drawing's is the signature box). */
export function signatureFieldId(party: SigningParty, path: SignatureFieldPath): string {
  const ids = signatureFieldIds(party);
  const byPath = {
    fullName: ids.fullName,
    role: ids.role,
    drawn: ids.pad,
    'typed.name': ids.typedName,
    'typed.confirmed': ids.typedConfirmed,
    'paper.signedOn': ids.paperSignedOn,
  } as const satisfies Record<SignatureFieldPath, string>;
  return byPath[path];
}

export function toSignature(
  party: SigningParty,
  values: SignatureFormValues,
  image: SignatureImage | null,
  now: Date,
): Signature {
  return {
    party,
    fullName: values.fullName.normalize('NFC').trim(),
    role: values.role.normalize('NFC').trim(),
    signedAt: now.toISOString(),
    method: values.method,
    image: values.method === 'drawn' ? image : null,
    typedName: values.method === 'typed' ? values.typed.name.normalize('NFC').trim() : '',
    paperSignedOn: values.method === 'paper' ? values.paper.signedOn : '',
    statement: signingStatements[party],
  };
}
