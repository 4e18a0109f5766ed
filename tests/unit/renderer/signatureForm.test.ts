import { typedNameConfirms } from '../../../shared/staff/names';
import { describe, expect, it } from 'vitest';
import { documentFileName } from '../../../renderer/components/documentFileName';
import { summaryItems } from '../../../renderer/components/summaryItems';
import {
  signatureFieldId,
  signatureFieldPaths,
  toSignature,
} from '../../../renderer/features/signing/signatureFormValues';
import { signatureSchema } from '../../../shared/signing/signature';
import { signatureFormSchema, type SignatureFormValues } from '../../../shared/signing/signatureForm';
import { signingStatements } from '../../../shared/signing/signingWording';
import { completeAppraisal } from '../../fixtures/completeAppraisal';
import { formErrors, messagesByField } from './formErrors';

const today = '2026-03-12';
const schema = signatureFormSchema(() => today);
const typed: SignatureFormValues = {
  fullName: 'Chiamaka Okonkwo-Ìbèkwè',
  role: 'Registered nurse',
  method: 'typed',
  drawn: false,
  typed: { name: 'chiamaka okonkwo-ìbèkwè', confirmed: true },
  paper: { signedOn: '' },
};
const messages = (values: SignatureFormValues) => messagesByField(schema, values);

describe('the signing form', () => {
  it('accepts a typed name in any case, with accents typed either way or not at all', async () => {
    expect(typedNameConfirms('  ŁUCJA WĄSOWSKA ', 'Łucja Wąsowska')).toBe(true);
    expect(typedNameConfirms('Nguyễn Thị Hoa'.normalize('NFD'), 'Nguyễn Thị Hoa')).toBe(true);
    expect(typedNameConfirms('Nguyen Thi Hoa', 'Nguyễn Thị Hoa')).toBe(true);
    expect(typedNameConfirms('Lucja Wasowski', 'Łucja Wąsowska')).toBe(false);
    expect(await messages(typed)).toEqual({});
  });

  it('refuses a typed name that is not the full name, and an unticked confirmation, each at its own field', async () => {
    const values = { ...typed, typed: { name: 'Chiamaka', confirmed: false } };
    expect(await messages(values)).toEqual({
      'typed.name':
        'Type the full name as shown: Chiamaka Okonkwo-Ìbèkwè (accents and capital letters do not matter).',
      'typed.confirmed': 'Tick the box to confirm this typed name is a signature.',
    });
    // The nested path reaches the field inside `typed`, not `typed` as a whole.
    const errors = await formErrors(schema, values);
    expect(errors.typed?.name?.message).toBe(
      'Type the full name as shown: Chiamaka Okonkwo-Ìbèkwè (accents and capital letters do not matter).',
    );
    expect(errors.typed?.message).toBeUndefined();
  });

  it('refuses an empty drawing', async () => {
    expect(await messages({ ...typed, method: 'drawn' })).toEqual({
      drawn: 'Draw the signature in the box, or choose another way to sign.',
    });
    expect(await messages({ ...typed, method: 'drawn', drawn: true })).toEqual({});
  });

  it('needs the date signed on paper, not in the future', async () => {
    const paper = { ...typed, method: 'paper' as const };
    expect(await messages(paper)).toEqual({ 'paper.signedOn': 'Enter the date written on the paper copy.' });
    expect(await messages({ ...paper, paper: { signedOn: '2026-03-13' } })).toEqual({
      'paper.signedOn': 'The date signed on paper cannot be in the future.',
    });
    expect(await messages({ ...paper, paper: { signedOn: today } })).toEqual({});
  });

  it('asks the clock at each check, so a form left open past midnight accepts the new day', async () => {
    let now = '2026-03-12';
    const open = signatureFormSchema(() => now);
    const paper = { ...typed, method: 'paper' as const, paper: { signedOn: '2026-03-13' } };
    expect(await messagesByField(open, paper)).toEqual({
      'paper.signedOn': 'The date signed on paper cannot be in the future.',
    });
    now = '2026-03-13';
    expect(await messagesByField(open, paper)).toEqual({});
  });

  it('checks only the chosen way of signing', async () => {
    const leftOver = {
      ...typed,
      typed: { name: 'someone else', confirmed: false },
      paper: { signedOn: 'x' },
    };
    expect(await messages({ ...leftOver, method: 'drawn', drawn: true })).toEqual({});
  });

  it('needs a name and a role; with no name, the typed name is asked for plainly', async () => {
    expect(
      await messages({ ...typed, fullName: ' ', role: '', typed: { name: 'Chiamaka', confirmed: true } }),
    ).toEqual({
      fullName: 'Enter the full name of the person signing.',
      role: 'Enter the role of the person signing.',
      'typed.name': 'Type the full name to sign.',
    });
  });

  it('lists its problems in the order the form shows them, each linked to its control', async () => {
    const values = { ...typed, role: '', typed: { name: '', confirmed: false } };
    const items = summaryItems(signatureFieldPaths, await formErrors(schema, values), (path) =>
      signatureFieldId('appraiser', path),
    );
    expect(items).toEqual([
      { fieldId: 'appraiser-role', message: 'Enter the role of the person signing.' },
      {
        fieldId: 'appraiser-typed-name',
        message:
          'Type the full name as shown: Chiamaka Okonkwo-Ìbèkwè (accents and capital letters do not matter).',
      },
      {
        fieldId: 'appraiser-typed-confirmed',
        message: 'Tick the box to confirm this typed name is a signature.',
      },
    ]);
    const drawnItems = summaryItems(
      signatureFieldPaths,
      await formErrors(schema, { ...typed, method: 'drawn' }),
      (path) => signatureFieldId('appraisee', path),
    );
    expect(drawnItems.map((item) => item.fieldId)).toEqual(['appraisee-signature-pad']);
  });

  it('becomes a valid signature carrying the statement word for word and only its method’s fields', () => {
    const values = { ...typed, typed: { name: ' Chiamaka Okonkwo-Ìbèkwè ', confirmed: true } };
    const signature = toSignature('appraisee', values, null, new Date(0));
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
