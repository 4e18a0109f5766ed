import { describe, expect, it } from 'vitest';
import {
  emptyStaffForm,
  staffFieldsFromForm,
  staffFormSchema,
  type StaffFormInput,
} from '../../../shared/staff/staffMember';
import { isActiveOn } from '../../../shared/staff/activeOn';

const valid: StaffFormInput = {
  ...emptyStaffForm,
  fullName: 'Ștefan Țurcanu',
  role: 'Senior care assistant',
  team: 'Rose unit',
  startDate: '2023-05-02',
};

function messages(input: StaffFormInput): Record<string, string> {
  const result = staffFormSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('staff form', () => {
  it('accepts a complete entry and turns empty optional fields into nothing', () => {
    const parsed = staffFormSchema.parse(valid);
    expect(staffFieldsFromForm(parsed)).toEqual({
      fullName: 'Ștefan Țurcanu',
      preferredName: '',
      role: 'Senior care assistant',
      team: 'Rose unit',
      startDate: '2023-05-02',
      leavingDate: null,
      lineManagerId: null,
    });
  });

  it('explains each missing required field in plain English', () => {
    expect(messages(emptyStaffForm)).toEqual({
      fullName: "Enter the person's full name.",
      role: 'Choose a role from the list or type one.',
      startDate: 'Enter the date they started.',
    });
  });

  it('refuses a name with no letters, a name over two lines, and impossible dates', () => {
    expect(messages({ ...valid, fullName: '1234' }).fullName).toBe('Full name must contain letters.');
    expect(messages({ ...valid, fullName: 'Ann\nSmith' }).fullName).toBe('Full name must be on one line.');
    expect(messages({ ...valid, startDate: '2026-02-30' }).startDate).toMatch(/real date/);
  });

  it('refuses a leaving date before the start date', () => {
    expect(messages({ ...valid, leavingDate: '2023-05-01' }).leavingDate).toBe(
      'The leaving date cannot be before the start date.',
    );
  });

  it('counts someone working their notice as active until the leaving date has passed', () => {
    expect(isActiveOn({ leavingDate: null }, '2026-11-28')).toBe(true);
    expect(isActiveOn({ leavingDate: '2026-11-29' }, '2026-11-28')).toBe(true);
    expect(isActiveOn({ leavingDate: '2026-11-28' }, '2026-11-28')).toBe(false);
  });
});
