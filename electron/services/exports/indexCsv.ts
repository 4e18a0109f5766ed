/** index.csv: one row per appraisal in a pack, for the inspector's spreadsheet. */
import { toCsv } from '../../../shared/csv/csv';
import type { CatalogueEntry } from './sealedCatalogue';

export const indexCsvHeader = [
  'Staff name',
  'Role',
  'Team',
  'Period start',
  'Period end',
  'Meeting date',
  'Appraiser',
  'Status',
  'Management score',
  'Leadership score',
  'Next due',
  'Fingerprint (SHA-256)',
  'PDF file',
] as const;

export const pdfEntryName = (documentId: string) => `pdf/${documentId}.pdf`;

const statusLabels = { signed: 'Signed', superseded: 'Superseded by an amendment' } as const;

export function indexCsv(entries: readonly CatalogueEntry[]): string {
  return toCsv(
    indexCsvHeader,
    entries.map((entry) => [
      entry.staffName,
      entry.role,
      entry.team,
      entry.periodStart,
      entry.periodEnd,
      entry.meetingDate,
      entry.appraiserName,
      statusLabels[entry.status],
      entry.managementScore,
      entry.leadershipScore,
      entry.nextDueDate,
      entry.seal.fingerprint,
      pdfEntryName(entry.seal.documentId),
    ]),
  );
}
