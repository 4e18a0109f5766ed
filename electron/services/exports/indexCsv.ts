/** index.csv: the records list's CSV (shared/records) with where each PDF is in the pack. */
import { recordsCsv } from '../../../shared/records/recordsCsv';
import type { CatalogueEntry } from './sealedCatalogue';

export const pdfEntryName = (documentId: string) => `pdf/${documentId}.pdf`;

export function indexCsv(entries: readonly CatalogueEntry[]): string {
  return recordsCsv(entries, [{ header: 'PDF file', cell: (row) => pdfEntryName(row.documentId) }]);
}
