/**
 * The signing form's values, its checks (each problem names the field to fix) and the
 * signature it becomes. Pure, so the rules are tested without a screen.
 */
import { formatDate, isIsoDate } from '../../../shared/dates';
import type {
  Signature,
  SignatureImage,
  SignatureMethod,
  SigningParty,
} from '../../../shared/signing/signature';
import { signingStatements } from '../../../shared/signing/signingWording';

export interface SignatureFormValues {
  fullName: string;
  role: string;
  method: SignatureMethod;
  typedName: string;
  typedConfirmed: boolean;
  paperSignedOn: string;
}

export interface FieldProblem {
  fieldId: string;
  message: string;
}

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

/** The same name, ignoring case, spaces at either end and how accents were typed (NFC). */
export function namesMatch(typed: string, expected: string): boolean {
  const fold = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
  return fold(typed) === fold(expected);
}

export function signatureProblems(
  party: SigningParty,
  values: SignatureFormValues,
  context: { today: string; drawn: boolean },
): FieldProblem[] {
  const ids = signatureFieldIds(party);
  const problems: FieldProblem[] = [];
  const name = values.fullName.trim();
  if (name === '')
    problems.push({ fieldId: ids.fullName, message: 'Enter the full name of the person signing.' });
  if (values.role.trim() === '')
    problems.push({ fieldId: ids.role, message: 'Enter the role of the person signing.' });
  if (values.method === 'drawn' && !context.drawn) {
    problems.push({
      fieldId: ids.pad,
      message: 'Draw the signature in the box, or choose another way to sign.',
    });
  }
  if (values.method === 'typed') {
    if (!namesMatch(values.typedName, name)) {
      problems.push({
        fieldId: ids.typedName,
        message:
          name === '' ? 'Type the full name to sign.' : `Type the full name exactly as shown: ${name}.`,
      });
    }
    if (!values.typedConfirmed) {
      problems.push({
        fieldId: ids.typedConfirmed,
        message: 'Tick the box to confirm this typed name is a signature.',
      });
    }
  }
  if (values.method === 'paper') {
    if (!isIsoDate(values.paperSignedOn)) {
      problems.push({ fieldId: ids.paperSignedOn, message: 'Enter the date written on the paper copy.' });
    } else if (values.paperSignedOn > context.today) {
      problems.push({
        fieldId: ids.paperSignedOn,
        message: 'The date signed on paper cannot be in the future.',
      });
    }
  }
  return problems;
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
    typedName: values.method === 'typed' ? values.typedName.normalize('NFC').trim() : '',
    paperSignedOn: values.method === 'paper' ? values.paperSignedOn : '',
    statement: signingStatements[party],
  };
}

/** How a signature is described in the activity log and on screen. */
export function signatureDescription(signature: Signature): string {
  const who = signature.party === 'appraisee' ? 'Appraisee' : 'Appraiser';
  switch (signature.method) {
    case 'drawn':
      return `${who} ${signature.fullName} signed on screen`;
    case 'typed':
      return `${who} ${signature.fullName} signed by typing their name`;
    case 'paper':
      return `${who} ${signature.fullName} signed on paper on ${formatDate(signature.paperSignedOn)}`;
  }
}
