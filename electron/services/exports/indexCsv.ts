/** index.csv: the records list's CSV (shared/records) with where each PDF is in the pack. */
import { readablePdfNames } from '../../../shared/exports/readablePdfName';
import { recordsCsv } from '../../../shared/records/recordsCsv';
import type { CatalogueEntry } from './sealedCatalogue';

/** Where each entry's PDF goes in a pack, by document id (shared/exports/readablePdfName.ts). */
export type PdfNames = ReadonlyMap<string, string>;

export function pdfNamesOf(entries: readonly CatalogueEntry[]): PdfNames {
  return readablePdfNames(
    entries.map((entry) => ({
      documentId: entry.seal.documentId,
      staffName: entry.staffName,
      meetingDate: entry.meetingDate,
    })),
  );
}

/** The entry's PDF name in this pack; every entry written was named by pdfNamesOf. */
export function pdfNameIn(names: PdfNames, documentId: string): string {
  const name = names.get(documentId);
  if (name === undefined) throw new Error(`No file name was chosen for document ${documentId}.`);
  return name;
}

export function indexCsv(entries: readonly CatalogueEntry[], pdfNames: PdfNames): string {
  return recordsCsv(entries, [{ header: 'PDF file', cell: (row) => pdfNameIn(pdfNames, row.documentId) }]);
}
