import { describe, expect, it } from 'vitest';
import { csvByteOrderMark, defuseFormula, toCsv } from '../../../shared/csv/csv';

describe('CSV quoting (RFC 4180)', () => {
  it('quotes fields holding a comma, a quote, CR or LF, doubling quotes; CRLF between records; BOM first', () => {
    const csv = toCsv(
      ['Name', 'Note'],
      [
        ['Okonkwo, Chiamaka', 'said "fine"'],
        ['a\rb', 'c\nd'],
      ],
    );
    expect(csv.startsWith(csvByteOrderMark)).toBe(true);
    expect(csv).toBe(
      `${csvByteOrderMark}Name,Note\r\n"Okonkwo, Chiamaka","said ""fine"""\r\n"a\rb","c\nd"\r\n`,
    );
  });

  it('keeps names in any script exactly (Łucja Wąsowska round-trips through UTF-8)', () => {
    const bytes = new TextEncoder().encode(toCsv(['Name'], [['Łucja Wąsowska']]));
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(
      `${csvByteOrderMark}Name\r\nŁucja Wąsowska\r\n`,
    );
  });
});

describe('formula injection', () => {
  it.each([
    ['=HYPERLINK("x")'],
    ['+SUM(A1)'],
    ['-2+3'],
    ['@SUM(A1)'],
    ['\tcmd'],
    ['\rcmd'],
    ['   =1+1'],
    ['\u00A0=1+1'],
    ['\n=1+1'],
  ])('defuses %j', (value) => {
    expect(defuseFormula(value)).toBe(`'${value}`);
  });

  it.each([['-5'], ['2.5'], ['+44 7700 900123'], ['Nguyễn Thị Hoa'], ['']])('leaves %j readable', (value) => {
    expect(defuseFormula(value)).toBe(value);
  });

  it('defuses inside a whole file too', () => {
    expect(toCsv(['x'], [['=1+1'], ['-5']])).toBe(`${csvByteOrderMark}x\r\n'=1+1\r\n-5\r\n`);
  });
});
