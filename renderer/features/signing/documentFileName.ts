/**
 * The name offered when saving a copy: `Appraisal - Nguyễn Thị Hoa - 2026-03-12 - v1.pdf`.
 * Only characters the save dialog's contract accepts: no folder separators, no characters
 * Windows refuses, no control characters, not starting with a dot, at most 120 characters.
 */
import type { Appraisal } from '../../../shared/appraisal/appraisal';

export function documentFileName(appraisal: Appraisal, draft = false): string {
  const name = appraisal.header.staffName
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const date = appraisal.header.meetingDate === '' ? 'undated' : appraisal.header.meetingDate;
  const tail = ` - ${date} - v${appraisal.version}${draft ? ' - DRAFT for signing' : ''}.pdf`;
  const room = 120 - 'Appraisal - '.length - tail.length;
  const person = Array.from(name).slice(0, Math.max(room, 1)).join('').trim() || 'staff member';
  return `Appraisal - ${person}${tail}`;
}
