/** One way to take accents off, for name matching and for plain-letter ids and file names. */
import { describe, expect, it } from 'vitest';
import { slugFrom } from '../../../renderer/db/frameworkRules';
import { nameKey } from '../../../shared/staff/names';
import { foldAccents } from '../../../shared/text/foldAccents';

describe('text without its accents', () => {
  it.each([
    ['Łucja Wąsowska', 'Lucja Wasowska'],
    ['Ștefan Țurcanu', 'Stefan Turcanu'],
    ['Chiamaka Okonkwo-Ìbèkwè', 'Chiamaka Okonkwo-Ibekwe'],
    ['María José Núñez', 'Maria Jose Nunez'],
    ['Nguyễn Thị Hoa', 'Nguyen Thi Hoa'],
    ['Søren Åberg-Straße', 'Soren Aberg-Strasse'],
    ['ØLAND ÆBLE', 'OLAND AEBLE'],
  ])('%s → %s', (name, plain) => {
    expect(foldAccents(name)).toBe(plain);
  });

  it('gives the register search and framework ids the same letters', () => {
    expect(nameKey('Łąka Søndergård')).toBe('laka sondergard');
    expect(slugFrom('Łąka Søndergård')).toBe('laka-sondergard');
  });
});
