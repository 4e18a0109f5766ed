/**
 * Confirming a destroy by typing a leaver's name follows the one rule for typed names: it
 * accepts exactly the names a typed-name signature accepts (PRODUCT.md: accent-, case- and
 * spacing-blind wherever a person types a name to confirm it).
 */
import { describe, expect, it } from 'vitest';
import { signatureFormSchema } from '../../../shared/signing/signatureForm';
import { destroyConfirmationSchema } from '../../../shared/staff/destroyConfirmation';

const fullName = 'Ștefan Țurcanu';

const confirmsDestroy = (typedName: string) =>
  destroyConfirmationSchema(fullName).safeParse({ typedName }).success;

const signsByTyping = (name: string) =>
  signatureFormSchema(() => '2026-03-12').safeParse({
    fullName,
    role: 'Deputy manager',
    method: 'typed',
    drawn: false,
    typed: { name, confirmed: true },
    paper: { signedOn: '' },
  }).success;

describe('typing a leaver’s name to destroy their records', () => {
  it('accepts "Stefan Turcanu" typed on a UK keyboard for Ștefan Țurcanu, as signing does', () => {
    expect(confirmsDestroy('Stefan Turcanu')).toBe(true);
    expect(signsByTyping('Stefan Turcanu')).toBe(true);
  });

  it('accepts and refuses exactly what a typed-name signature does', () => {
    const typed = [
      'Ștefan Țurcanu',
      'ștefan țurcanu',
      'STEFAN TURCANU',
      '  Stefan   Turcanu  ',
      'Ștefan Țurcanu'.normalize('NFD'),
      'Stefan',
      'Stefan Turcan',
      'Turcanu Stefan',
      'Stefan Turcanu Jr',
      '',
      '   ',
    ];
    expect(typed.map(confirmsDestroy)).toEqual(typed.map(signsByTyping));
    expect(typed.map(confirmsDestroy)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
