import { describe, expect, it } from 'vitest';
import { documentFileName } from '../../../renderer/components/documentFileName';
import {
  namesMatch,
  signatureProblems,
  toSignature,
  type SignatureFormValues,
} from '../../../renderer/features/signing/signatureFormValues';
import { signatureSchema } from '../../../shared/signing/signature';
import { signingStatements } from '../../../shared/signing/signingWording';
import { completeAppraisal } from '../../fixtures/completeAppraisal';

const today = '2026-03-12';
const typed: SignatureFormValues = {
  fullName: 'Chiamaka Okonkwo-Ìbèkwè',
  role: 'Registered nurse',
  method: 'typed',
  typedName: 'chiamaka okonkwo-ìbèkwè',
  typedConfirmed: true,
  paperSignedOn: '',
};
const messages = (values: SignatureFormValues, drawn = false) =>
  signatureProblems('appraisee', values, { today, drawn }).map((p) => p.message);

describe('the signing form', () => {
  it('accepts a typed name in any case, with accents typed either way', () => {
    expect(namesMatch('  ŁUCJA WĄSOWSKA ', 'Łucja Wąsowska')).toBe(true);
    expect(namesMatch('Nguyễn Thị Hoa'.normalize('NFD'), 'Nguyễn Thị Hoa')).toBe(true);
    expect(namesMatch('Lucja Wasowska', 'Łucja Wąsowska')).toBe(false);
    expect(messages(typed)).toEqual([]);
  });

  it('refuses a typed name that is not the full name, and an unticked confirmation', () => {
    expect(messages({ ...typed, typedName: 'Chiamaka', typedConfirmed: false })).toEqual([
      'Type the full name exactly as shown: Chiamaka Okonkwo-Ìbèkwè.',
      'Tick the box to confirm this typed name is a signature.',
    ]);
  });

  it('refuses an empty drawing', () => {
    expect(messages({ ...typed, method: 'drawn' }, false)).toEqual([
      'Draw the signature in the box, or choose another way to sign.',
    ]);
    expect(messages({ ...typed, method: 'drawn' }, true)).toEqual([]);
  });

  it('needs the date signed on paper, not in the future', () => {
    const paper = { ...typed, method: 'paper' as const };
    expect(messages(paper)).toEqual(['Enter the date written on the paper copy.']);
    expect(messages({ ...paper, paperSignedOn: '2026-03-13' })).toEqual([
      'The date signed on paper cannot be in the future.',
    ]);
    expect(messages({ ...paper, paperSignedOn: today })).toEqual([]);
  });

  it('needs a name and a role', () => {
    expect(messages({ ...typed, fullName: ' ', role: '' })).toContain('Enter the role of the person signing.');
    expect(messages({ ...typed, fullName: ' ', role: '' })).toContain('Enter the full name of the person signing.');
  });

  it('becomes a valid signature carrying the statement word for word and only its method’s fields', () => {
    const signature = toSignature('appraisee', { ...typed, typedName: ' Chiamaka Okonkwo-Ìbèkwè ' }, null, new Date(0));
    expect(signatureSchema.parse(signature)).toMatchObject({
      method: 'typed',
      typedName: 'Chiamaka Okonkwo-Ìbèkwè',
      paperSignedOn: '',
      image: null,
      statement: signingStatements.appraisee,
    });
  });
});

describe('the suggested file name of a saved copy', () => {
  it('names the person, meeting date and version', () => {
    expect(documentFileName(completeAppraisal())).toBe('Appraisal - Nguyễn Thị Hoa - 2026-03-12 - v1.pdf');
  });

  it('drops characters a file name cannot have and stays within 120 characters', () => {
    const header = { ...completeAppraisal().header, staffName: `A/B: "C"\u0007 ${'é👩🏽‍⚕️'.repeat(60)}` };
    const name = documentFileName(completeAppraisal({ header, version: 2 }), true);
    expect(name).not.toMatch(/[\\/:*?"<>|\p{Cc}]/u);
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
    expect(name.endsWith(' - 2026-03-12 - v2 - DRAFT for signing.pdf')).toBe(true);
  });
});
