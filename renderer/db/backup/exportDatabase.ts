/**
 * The whole database as dexie-export-import's JSON, in a Blob. The export reads a few rows at a
 * time inside one read transaction (a consistent snapshot) and puts each piece of JSON into its
 * own Blob, which the browser may keep on disk: the JS heap holds one page of rows at a time,
 * never the whole database.
 */
import Dexie from 'dexie';
import { exportDB } from 'dexie-export-import';

/** Rows read and turned into JSON at a time: an appraisal with drawn signatures is ~10–60 KB. */
const exportRowsPerChunk = 100;

export interface ExportOptions {
  signal?: AbortSignal;
  /** Rows exported so far of the database's rows; called before each page and at the end. */
  onProgress?: (rows: number, totalRows: number) => void;
}

export async function exportDatabase(db: Dexie, options: ExportOptions = {}): Promise<Blob> {
  const { signal, onProgress } = options;
  signal?.throwIfAborted();
  return exportDB(db, {
    numRowsPerChunk: exportRowsPerChunk,
    prettyJson: false,
    progressCallback: (progress) => {
      // Thrown here, it aborts the export's transaction and rejects exportDB.
      signal?.throwIfAborted();
      onProgress?.(progress.completedRows, progress.totalRows ?? progress.completedRows);
      return true;
    },
  });
}

/**
 * Exports the stored database exactly as it is (for a backup before it is upgraded), opened in
 * Dexie's dynamic mode: no declared schema, so nothing is created, upgraded or deleted.
 */
export function exportStoredDatabase(name: string, options: ExportOptions = {}): Promise<Blob> {
  return exportThenClose(new Dexie(name), options);
}

/** Opens a connection of its own to export, and closes it whether or not the export worked. */
export async function exportThenClose(db: Dexie, options: ExportOptions): Promise<Blob> {
  try {
    await db.open();
    return await exportDatabase(db, options);
  } finally {
    db.close();
  }
}
