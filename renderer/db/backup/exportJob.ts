/**
 * One export of the database for a backup, handed on as text pieces: what the export worker
 * runs (exportWorker.ts), and what runs in the caller's own thread where there are no workers
 * (the unit tests, in Node). The database is opened afresh by name, so it can be exported from
 * a thread that has no connection of its own.
 */
import { AppDatabase } from '../database';
import { exportStoredDatabase, exportThenClose, type ExportOptions } from './exportDatabase';
import { forEachTextPiece } from './exportPieces';

export interface ExportRequest {
  databaseName: string;
  /**
   * True: exported exactly as stored, without opening it as this version of the app would (a
   * backup before an upgrade, or of a database too new to open). False: opened at this app's
   * schema, as the window has it open.
   */
  asItIs: boolean;
  /** The longest piece of text handed on at a time. */
  pieceLength: number;
}

/** Given each piece in turn, with the export's bytes read so far and its size. */
export type OnExportPiece = (text: string, bytesRead: number, totalBytes: number) => Promise<void>;

export async function exportInPieces(
  request: ExportRequest,
  options: ExportOptions,
  onPiece: OnExportPiece,
): Promise<void> {
  const exported = request.asItIs
    ? await exportStoredDatabase(request.databaseName, options)
    : await exportThenClose(new AppDatabase(request.databaseName), options);
  options.signal?.throwIfAborted();
  await forEachTextPiece(exported, request.pieceLength, (text, bytesRead) =>
    onPiece(text, bytesRead, exported.size),
  );
}
