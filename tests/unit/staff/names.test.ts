import { describe, expect, it } from 'vitest';
import { nameKey, nameMatches, normalizeName } from '../../../shared/staff/names';

const productNames = [
  'Łucja Wąsowska',
  'Ștefan Țurcanu',
  'Chiamaka Okonkwo-Ìbèkwè',
  'María José Núñez',
  'Nguyễn Thị Hoa',
];

describe('names', () => {
  it('stores a name typed in decomposed form as the composed (NFC) form, otherwise unchanged', () => {
    for (const name of productNames) {
      const typed = `  ${name.normalize('NFD')} `;
      expect(normalizeName(typed)).toBe(name);
      expect(normalizeName(typed)).not.toBe(typed);
    }
  });

  it('keeps inner spacing and punctuation exactly as typed', () => {
    expect(normalizeName("Mary-Jane O'Neil")).toBe("Mary-Jane O'Neil");
  });

  it('matches without accents, case or punctuation', () => {
    expect(nameKey('Łucja Wąsowska')).toBe('lucja wasowska');
    expect(nameKey('Ștefan Țurcanu')).toBe('stefan turcanu');
    expect(nameKey('Chiamaka Okonkwo-Ìbèkwè')).toBe('chiamaka okonkwo ibekwe');
    expect(nameKey('Nguyễn Thị Hoa')).toBe('nguyen thi hoa');
  });

  it('finds people by the start of any of their names', () => {
    expect(nameMatches('María José Núñez', 'nunez')).toBe(true);
    expect(nameMatches('María José Núñez', 'jose mar')).toBe(true);
    expect(nameMatches('Łucja Wąsowska', 'lucja')).toBe(true);
    expect(nameMatches('Łucja Wąsowska', 'owska')).toBe(false);
    expect(nameMatches('Nguyễn Thị Hoa', '   ')).toBe(true);
  });
});
