/**
 * The records as CSV, one line per appraisal: the records list's "Save as CSV" and the
 * inspection pack's index.csv (which adds where each PDF is in the pack). Dates stay ISO
 * (YYYY-MM-DD) so every spreadsheet reads them as dates, whatever its locale.
 */
import { toCsv } from '../csv/csv';
import { formatScore } from '../framework/profileScore';
import { appraisalStatusLabels, type RecordRow } from './recordRow';

const recordsCsvHeader = [
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

/** A further column some CSVs carry, e.g. the PDF's place in a pack. */
export interface ExtraColumn {
  header: string;
  cell(row: RecordRow): string;
}

export function recordsCsv(rows: readonly RecordRow[], extra: readonly ExtraColumn[] = []): string {
  return toCsv(
    [...recordsCsvHeader, ...extra.map((column) => column.header)],
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
      ...extra.map((column) => column.cell(row)),
    ]),
  );
}
