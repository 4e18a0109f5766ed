/**
 * The checks each submitted form makes before it calls its action, run through react-hook-form's
 * zodResolver as the form runs them: which message reaches which field, and what is handed on.
 */
import { describe, expect, it } from 'vitest';
import { notOnRegister } from '../../../renderer/features/appraisal/start/appraiserChoice';
import { startAppraisalSchema } from '../../../renderer/features/appraisal/start/startAppraisalSchema';
import { packRangeSchema } from '../../../renderer/features/audits/packRangeSchema';
import { amendSchema } from '../../../renderer/features/document/amendSchema';
import { copyFrameworkSchema } from '../../../renderer/features/frameworks/copyFrameworkSchema';
import { markLeaverSchema } from '../../../renderer/features/staff/markLeaverSchema';
import { summaryItems } from '../../../renderer/components/summaryItems';
import { builtInFramework } from '../../../shared/framework/builtin/builtInFramework';
import { validateFramework } from '../../../shared/framework/frameworkValidation';
import { homeSettingsFormSchema } from '../../../shared/settings/homeSettings';
import { retentionYearsFormSchema } from '../../../shared/settings/retentionYears';
import { destroyConfirmationSchema } from '../../../shared/staff/destroyConfirmation';
import { emptyStaffForm, staffFormSchema } from '../../../shared/staff/staffMember';
import { formErrors, messagesByField, submitted } from './formErrors';

describe('starting an appraisal', () => {
  const people = [
    { id: 'staff-1', fullName: 'Chiamaka Okonkwo-Ìbèkwè' },
    { id: 'staff-2', fullName: 'María José Núñez' },
  ];
  const schema = startAppraisalSchema(people);
  const fromRegister = {
    staffId: 'staff-1',
    appraiser: 'staff-2',
    appraiserName: 'María José Núñez',
    appraiserRole: 'Registered manager',
  };
  const fieldIds = (f: string) => ({ staffId: 'staffChoice', appraiser: 'appraiserChoice' })[f] ?? f;
  const order = ['staffId', 'appraiser', 'appraiserName', 'appraiserRole'] as const;

  it('asks for the person and the appraiser, and no more until an appraiser is chosen', async () => {
    const errors = await formErrors(schema, {
      staffId: '',
      appraiser: '',
      appraiserName: '',
      appraiserRole: '',
    });
    expect(summaryItems(order, errors, fieldIds)).toEqual([
      { fieldId: 'staffChoice', message: 'Choose the member of staff to appraise.' },
      { fieldId: 'appraiserChoice', message: 'Choose who is carrying out the appraisal.' },
    ]);
  });

  it('asks for the name and role of someone not on the register, in the order the form shows them', async () => {
    const errors = await formErrors(schema, {
      staffId: 'staff-1',
      appraiser: notOnRegister,
      appraiserName: ' ',
      appraiserRole: '',
    });
    expect(summaryItems(order, errors, fieldIds)).toEqual([
      { fieldId: 'appraiserName', message: "Enter the appraiser's name." },
      { fieldId: 'appraiserRole', message: "Enter the appraiser's role." },
    ]);
  });

  it('refuses the appraisee as their own appraiser, chosen or typed (accent-blind)', async () => {
    expect(await messagesByField(schema, { ...fromRegister, appraiser: 'staff-1' })).toEqual({
      appraiser:
        'Chiamaka Okonkwo-Ìbèkwè cannot appraise themselves. Choose who is carrying out the appraisal.',
    });
    expect(
      await messagesByField(schema, {
        ...fromRegister,
        appraiser: notOnRegister,
        appraiserName: 'chiamaka okonkwo ibekwe',
      }),
    ).toEqual({
      appraiserName:
        'Chiamaka Okonkwo-Ìbèkwè cannot appraise themselves. Choose who is carrying out the appraisal.',
    });
  });

  it('hands on the appraiser’s name and role without spaces around them', async () => {
    expect(
      await submitted(schema, {
        ...fromRegister,
        appraiser: notOnRegister,
        appraiserName: '  Dr Ama Mensah ',
      }),
    ).toEqual({ ...fromRegister, appraiser: notOnRegister, appraiserName: 'Dr Ama Mensah' });
    expect(await submitted(schema, fromRegister)).toEqual(fromRegister);
  });
});

describe('marking a leaver', () => {
  it('needs a leaving date, and a real one', async () => {
    expect(await messagesByField(markLeaverSchema, { leavingDate: '' })).toEqual({
      leavingDate: 'Enter the date they leave or left.',
    });
    expect(await messagesByField(markLeaverSchema, { leavingDate: '2025-02-30' })).toEqual({
      leavingDate: 'Enter the leaving date as a real date.',
    });
    expect(await submitted(markLeaverSchema, { leavingDate: '2025-01-31' })).toEqual({
      leavingDate: '2025-01-31',
    });
  });
});

describe('amending a signed record', () => {
  it('needs a reason, kept short enough to print', async () => {
    expect(await messagesByField(amendSchema, { reason: ' \n ' })).toEqual({
      reason: 'Say why this record needs amending.',
    });
    expect(await messagesByField(amendSchema, { reason: 'x'.repeat(1001) })).toEqual({
      reason: 'Keep the reason to 1000 characters or fewer; the details belong in the record itself.',
    });
  });

  it('hands on the reason exactly as typed (the repository tidies it)', async () => {
    expect(await submitted(amendSchema, { reason: ' Wrong meeting date. ' })).toEqual({
      reason: ' Wrong meeting date. ',
    });
  });
});

describe('destroying a leaver’s records', () => {
  const schema = destroyConfirmationSchema('Ștefan Țurcanu');

  it('refuses part of the name, another name, or nothing, saying what to type', async () => {
    for (const typedName of ['Ștefan', 'Stefan Turcan', '']) {
      expect(await messagesByField(schema, { typedName })).toEqual({
        typedName: 'Type Ștefan Țurcanu to confirm (accents and capital letters do not matter).',
      });
    }
  });

  it('accepts the full name in any letter case, with or without its accents, with spaces around it', async () => {
    expect(await messagesByField(schema, { typedName: 'ștefan țurcanu' })).toEqual({});
    expect(await messagesByField(schema, { typedName: 'Stefan Turcanu' })).toEqual({});
    expect(await messagesByField(schema, { typedName: '  Ștefan Țurcanu '.normalize('NFD') })).toEqual({});
  });
});

describe('copying a framework', () => {
  it('checks the name with the framework’s own rule, in the words the repository would use', async () => {
    for (const name of ['', '   ', 'Rosewood\nframework', 'R'.repeat(121)]) {
      const check = validateFramework({ ...builtInFramework, origin: 'home', name });
      const problems = check.ok ? [] : check.problems;
      expect(await messagesByField(copyFrameworkSchema, { name })).toEqual({ name: problems[0] });
    }
    expect(await messagesByField(copyFrameworkSchema, { name: '' })).toEqual({
      name: 'The framework name is empty.',
    });
    expect(await submitted(copyFrameworkSchema, { name: 'Rosewood House framework' })).toEqual({
      name: 'Rosewood House framework',
    });
  });
});

describe('the dates an inspection pack covers', () => {
  it('says once, for the pair and not for either date, when they are not real dates or the wrong way round', async () => {
    expect(await messagesByField(packRangeSchema, { from: '2025-04-01', to: '' })).toEqual({
      'root.range': 'Enter both dates as real dates, for example 01/04/2025.',
    });
    expect(await messagesByField(packRangeSchema, { from: '2026-04-02', to: '2026-04-01' })).toEqual({
      'root.range': 'The first date must not be after the last date.',
    });
    expect(await submitted(packRangeSchema, { from: '2026-04-01', to: '2026-04-01' })).toEqual({
      from: '2026-04-01',
      to: '2026-04-01',
    });
  });
});

describe('the retention period', () => {
  it('is a whole number of years from 1 to 50, read as a number', async () => {
    const typed = (years: string) => ({ retentionYearsAfterLeaving: years });
    expect(await messagesByField(retentionYearsFormSchema, typed('0'))).toEqual({
      retentionYearsAfterLeaving: 'Enter a number of years from 1 to 50.',
    });
    expect(await messagesByField(retentionYearsFormSchema, typed('six'))).toEqual({
      retentionYearsAfterLeaving: 'Enter the number of years as a whole number, for example 6.',
    });
    expect(await submitted(retentionYearsFormSchema, typed(' 8 '))).toEqual({
      retentionYearsAfterLeaving: 8,
    });
  });
});

describe('the forms on shared schemas, through the library resolver', () => {
  it('puts the staff form’s cross-field check on the leaving date', async () => {
    const values = {
      ...emptyStaffForm,
      fullName: 'Ana Lima',
      role: 'Carer',
      startDate: '2024-04-01',
      leavingDate: '2024-03-01',
    };
    expect(await messagesByField(staffFormSchema, values)).toEqual({
      leavingDate: 'The leaving date cannot be before the start date.',
    });
  });

  it('hands on the settings as the schema reads them', async () => {
    const values = {
      homeName: ' Rosewood House ',
      address: '',
      registeredManager: 'María José Núñez',
      cqcLocationId: '',
      appraisalIntervalMonths: '12',
    };
    expect(await submitted(homeSettingsFormSchema, values)).toMatchObject({
      homeName: 'Rosewood House',
      appraisalIntervalMonths: 12,
    });
    expect(await messagesByField(homeSettingsFormSchema, { ...values, homeName: ' ' })).toEqual({
      homeName: 'Enter the name of the care home.',
    });
  });
});
