import { describe, expect, it } from 'vitest';
import { readablePdfNames, type PdfNameSource } from '../../../shared/exports/readablePdfName';

const uuid = '91da4c2e-7b1f-4a3c-9e55-0c6d2f1b8a90';

function nameOf(source: PdfNameSource): string {
  return readablePdfNames([source]).get(source.documentId) ?? '';
}

/** What Windows refuses in a file name, or quietly changes. */
function safeOnWindows(path: string): boolean {
  const file = path.replace(/^pdf\//, '');
  const stem = file.replace(/\.pdf$/, '');
  return (
    path.startsWith('pdf/') &&
    file.endsWith('.pdf') &&
    // eslint-disable-next-line no-control-regex -- control characters are what is being looked for
    !/[<>:"/\\|?*\u0000-\u001f\u007f]/.test(file) &&
    !/[. ]$/.test(stem) &&
    !/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(stem) &&
    /^[\x20-\x7e]+$/.test(file)
  );
}

describe('readablePdfNames', () => {
  it('gives the meeting date, the name without accents, the version and the start of the id', () => {
    expect(nameOf({ documentId: `${uuid}-v1`, staffName: 'Łucja Wąsowska', meetingDate: '2026-03-12' })).toBe(
      'pdf/2026-03-12 Lucja Wasowska v1 91da.pdf',
    );
  });

  it('spells Polish, Romanian and Vietnamese names in plain letters', () => {
    const names = [
      ['Ștefan Țurcanu', 'Stefan Turcanu'],
      ['Nguyễn Thị Hoa', 'Nguyen Thi Hoa'],
      ['Đặng Văn Đức', 'Dang Van Duc'],
      ['Chiamaka Okonkwo-Ìbèkwè', 'Chiamaka Okonkwo-Ibekwe'],
      ['María José Núñez', 'Maria Jose Nunez'],
      ['Zofia Żółć-Łęcka', 'Zofia Zolc-Lecka'],
    ] as const;
    for (const [staffName, plain] of names) {
      const name = nameOf({ documentId: `${uuid}-v2`, staffName, meetingDate: '2025-11-04' });
      expect(name).toBe(`pdf/2025-11-04 ${plain} v2 91da.pdf`);
      expect(safeOnWindows(name)).toBe(true);
    }
  });

  it('leaves out what Windows refuses: reserved characters, control characters, a trailing dot', () => {
    const name = nameOf({
      documentId: `${uuid}-v3`,
      staffName: 'Jo<h>n: "Jack"/Smith\\Jr|? *\u0007\t.',
      meetingDate: '2026-01-05',
    });
    expect(name).toBe('pdf/2026-01-05 Jo h n Jack Smith Jr v3 91da.pdf');
    expect(safeOnWindows(name)).toBe(true);
  });

  it('never makes a reserved device name, even from a name like CON or a record with no date', () => {
    for (const staffName of ['CON', 'nul', 'Com1', 'LPT9.', '']) {
      for (const meetingDate of ['2026-02-02', 'not a date']) {
        const name = nameOf({ documentId: 'ab-v1', staffName, meetingDate });
        expect(safeOnWindows(name), name).toBe(true);
      }
    }
    expect(nameOf({ documentId: 'ab-v1', staffName: 'CON', meetingDate: '2026-02-02' })).toBe(
      'pdf/2026-02-02 CON v1 ab.pdf',
    );
  });

  it('drops letters with no plain spelling and keeps the rest of the name', () => {
    expect(nameOf({ documentId: `${uuid}-v1`, staffName: '王芳 (Fang) 😀', meetingDate: '2026-03-12' })).toBe(
      'pdf/2026-03-12 (Fang) v1 91da.pdf',
    );
    expect(nameOf({ documentId: `${uuid}-v1`, staffName: '王芳', meetingDate: '2026-03-12' })).toBe(
      'pdf/2026-03-12 v1 91da.pdf',
    );
  });

  it('keeps a long name short', () => {
    const name = nameOf({
      documentId: `${uuid}-v1`,
      staffName: 'Ana '.repeat(40),
      meetingDate: '2026-03-12',
    });
    expect(name.length).toBeLessThanOrEqual(80);
    expect(safeOnWindows(name)).toBe(true);
  });

  it('keeps more of the id where two names would be the same, ignoring case as Windows does', () => {
    const names = readablePdfNames([
      { documentId: '91da4c2e-aaaa-v1', staffName: 'Ștefan Țurcanu', meetingDate: '2026-03-12' },
      { documentId: '91da4c9f-bbbb-v1', staffName: 'STEFAN TURCANU', meetingDate: '2026-03-12' },
      { documentId: '91da4c9f-cccc-v2', staffName: 'Stefan Turcanu', meetingDate: '2026-03-12' },
      { documentId: '5e0f0000-dddd-v1', staffName: 'Stefan Turcanu', meetingDate: '2026-03-12' },
    ]);
    expect([...names.values()]).toEqual([
      'pdf/2026-03-12 Stefan Turcanu v1 91da4c2.pdf',
      'pdf/2026-03-12 STEFAN TURCANU v1 91da4c9.pdf',
      // Not clashing with anything: four characters are enough.
      'pdf/2026-03-12 Stefan Turcanu v2 91da.pdf',
      'pdf/2026-03-12 Stefan Turcanu v1 5e0f.pdf',
    ]);
  });

  it('counts when even the whole ids cannot tell two apart', () => {
    const names = readablePdfNames([
      { documentId: 'a-b-v1', staffName: 'Hoa', meetingDate: '2026-03-12' },
      { documentId: 'ab-v1', staffName: 'Hoa', meetingDate: '2026-03-12' },
    ]);
    expect([...names.values()]).toEqual(['pdf/2026-03-12 Hoa v1 ab.pdf', 'pdf/2026-03-12 Hoa v1 ab (2).pdf']);
  });
});
