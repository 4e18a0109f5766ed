/** The one file-name rule: what the save dialog may be given, and names made safe for it. */
import { describe, expect, it } from 'vitest';
import { fileNamePart, isPlainFileName } from '../../../shared/files/fileNames';

describe('a plain file name', () => {
  it('accepts names with accents, spaces, hyphens and dots inside', () => {
    expect(isPlainFileName('Appraisal - Łucja Wąsowska - 2026-03-12 - v1.pdf')).toBe(true);
  });

  it.each([
    '',
    'a/b.pdf',
    'a\\b.pdf',
    'C:x.pdf',
    'why?.pdf',
    'a*b',
    '"q".pdf',
    '<a>.pdf',
    'a|b',
    'tab\there',
    '.hidden',
    'x'.repeat(121),
  ])('refuses %j', (name) => {
    expect(isPlainFileName(name)).toBe(false);
  });
});

describe('a name made safe for a file name', () => {
  it('turns forbidden characters into single spaces and keeps the name readable', () => {
    expect(fileNamePart('Willow Bank: "Nursing" / Residential', 60, 'Care home')).toBe(
      'Willow Bank Nursing Residential',
    );
  });

  it('keeps whole characters within the room, never half a surrogate pair', () => {
    expect(fileNamePart('ab😀cd', 3, 'x')).toBe('ab');
    expect(fileNamePart('ab😀cd', 4, 'x')).toBe('ab😀');
  });

  it('falls back when nothing is left, and never starts with a dot', () => {
    expect(fileNamePart('***', 60, 'staff member')).toBe('staff member');
    expect(fileNamePart('..secret', 60, 'x')).toBe('secret');
  });

  it('always gives a name the save dialog accepts', () => {
    for (const text of ['Nguyễn Thị Hoa', '../../etc/passwd', 'a\u0000b', ' . ', 'x'.repeat(500)])
      expect(
        isPlainFileName(`Subject access - ${fileNamePart(text, 60, 'staff member')} - 2026-03-12.zip`),
      ).toBe(true);
  });
});
