/**
 * The name offered when saving a copy: `Appraisal - Nguyễn Thị Hoa - 2026-03-12 - v1.pdf`.
 * Only characters the save dialog's contract accepts: no folder separators, no characters
 * Windows refuses, no control characters, not starting with a dot, at most 120 characters.
 */
import type { Appraisal } from '../../shared/appraisal/appraisal';

export function documentFileName(appraisal: Appraisal, draft = false): string {
  const name = appraisal.header.staffName
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const date = appraisal.header.meetingDate === '' ? 'undated' : appraisal.header.meetingDate;
  const tail = ` - ${date} - v${appraisal.version}${draft ? ' - DRAFT for signing' : ''}.pdf`;
  const room = 120 - 'Appraisal - '.length - tail.length;
  // The contract counts UTF-16 units; whole characters are kept so no surrogate pair is split.
  let person = '';
  for (const character of name) {
    if (person.length + character.length > room) break;
    person += character;
  }
  person = person.trim() || 'staff member';
  return `Appraisal - ${person}${tail}`;
}
