import { describe, expect, it } from 'vitest';
import { fileSize } from '../../../renderer/components/fileSize';
import {
  backupMoment,
  countsText,
  daysAgo,
  newestSignedText,
} from '../../../renderer/components/backupWording';

const counts = { staff: 12, leavers: 2, appraisals: 48, signed: 40, replaced: 3, drafts: 5, frameworks: 1 };

describe('how backups are described', () => {
  it('names the moment in words, with the time on this PC', () => {
    const moment = new Date(2026, 10, 30, 14, 20);
    expect(backupMoment(moment.toISOString())).toBe('Monday 30 November 2026 at 14:20');
    expect(backupMoment('not a date')).toBe('not a date');
  });

  it('gives sizes a manager compares at a glance', () => {
    expect(fileSize(512)).toBe('512 bytes');
    expect(fileSize(1536)).toBe('1.5 KB');
    expect(fileSize(250 * 1024)).toBe('250 KB');
    expect(fileSize(3.25 * 1024 * 1024)).toBe('3.3 MB');
    expect(fileSize(2 * 1024 * 1024 * 1024)).toBe('2.0 GB');
  });

  it('says what a backup holds, with the right plurals', () => {
    expect(countsText(counts)).toBe(
      '12 people and 2 leavers, 48 appraisals (40 signed, 3 replaced, 5 drafts)',
    );
    expect(
      countsText({ staff: 1, leavers: 0, appraisals: 1, signed: 0, replaced: 0, drafts: 1, frameworks: 0 }),
    ).toBe('1 person, 1 appraisal (0 signed, 1 draft)');
  });

  it('names the newest signed record by person and meeting date', () => {
    expect(
      newestSignedText({ staffName: 'Łucja Wąsowska', meetingDate: '2026-03-12', documentId: 'x-v1' }),
    ).toBe('Łucja Wąsowska, 12 March 2026');
    expect(newestSignedText(null)).toBe('None');
  });

  it('counts days on the calendar, not in 24-hour steps', () => {
    const now = new Date(2026, 10, 30, 9, 0);
    expect(daysAgo(new Date(2026, 10, 30, 8, 0).toISOString(), now)).toBe('today');
    expect(daysAgo(new Date(2026, 10, 29, 23, 50).toISOString(), now)).toBe('yesterday');
    expect(daysAgo(new Date(2026, 10, 22, 18, 0).toISOString(), now)).toBe('8 days ago');
  });
});
