/** The records list as a CSV for the provider's own spreadsheets: the rows on screen, in order. */
import { appraisalStatusLabels } from '../../components/recordLabels';
import { toCsv } from '../../../shared/csv/csv';
import { formatScore } from '../../../shared/framework/profileScore';
import type { RecordRow } from '../../db/recordsQueries';

const header = [
  'Staff member',
  'Role',
  'Team',
  'Period start',
  'Period end',
  'Meeting date',
  'Appraiser',
  'Status',
  'Version',
  'Management score',
  'Leadership score',
  'Next due',
  'Fingerprint (SHA-256)',
] as const;

/** Dates stay ISO (YYYY-MM-DD) so every spreadsheet reads them as dates, whatever its locale. */
export function recordsCsv(rows: readonly RecordRow[]): string {
  return toCsv(
    header,
    rows.map((row) => [
      row.staffName,
      row.role,
      row.team,
      row.periodStart,
      row.periodEnd,
      row.meetingDate,
      row.appraiserName,
      appraisalStatusLabels[row.status],
      row.version,
      row.management === null ? '' : formatScore(row.management),
      row.leadership === null ? '' : formatScore(row.leadership),
      row.nextDueDate,
      row.fingerprint,
    ]),
  );
}
