/**
 * The name offered when saving a copy: `Appraisal - Nguyễn Thị Hoa - 2026-03-12 - v1.pdf`,
 * within the one file-name rule (shared/files/fileNames.ts) the save dialog's contract checks.
 */
import type { Appraisal } from '../../shared/appraisal/appraisal';
import { fileNamePart, maxFileNameLength } from '../../shared/files/fileNames';

export function documentFileName(appraisal: Appraisal, draft = false): string {
  const date = appraisal.header.meetingDate === '' ? 'undated' : appraisal.header.meetingDate;
  const tail = ` - ${date} - v${appraisal.version}${draft ? ' - DRAFT for signing' : ''}.pdf`;
  const room = maxFileNameLength - 'Appraisal - '.length - tail.length;
  return `Appraisal - ${fileNamePart(appraisal.header.staffName, room, 'staff member')}${tail}`;
}
