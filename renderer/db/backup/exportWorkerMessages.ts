/** What the window and the export worker (exportWorker.ts) say to each other. */
import type { ExportRequest } from './exportJob';

export type ToExportWorker =
  | { kind: 'export'; request: ExportRequest }
  /** The last piece has been dealt with: send the next. One piece is in flight at a time. */
  | { kind: 'next' };

export type FromExportWorker =
  | { kind: 'progress'; rows: number; totalRows: number }
  | { kind: 'piece'; text: string; bytesRead: number; totalBytes: number }
  | { kind: 'done' }
  | { kind: 'failed'; message: string };
