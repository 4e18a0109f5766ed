/**
 * Making a backup: the database is exported a page of rows at a time into a Blob, in a worker
 * (exportOffThread.ts), then streamed to main in text pieces (`backup:begin`,
 * `backup:writeChunk`…, `backup:finish`). Main adds the audit log and the manifest, and checks
 * the file before calling it good. Cancelled (the signal) or failed part way, the job is
 * cancelled in main, which leaves no file behind.
 */
import {
  maxBackupChunkLength,
  type BackupReason,
  type BackupResult,
} from '../../shared/backup/backupContract';
import { bridge } from '../api';
import type { AppDatabase } from '../db/database';
import type { ExportRequest } from '../db/backup/exportJob';
import { exportOffThread } from '../db/backup/exportOffThread';
import { homeActor } from './actors';
import { rememberInFlight } from './backupInFlight';

export interface BackUpOptions {
  signal?: AbortSignal;
  /**
   * How far the whole job is, as `done` thousandths of `total` (1000): the first half is the
   * export's rows, the second the pieces sent to main.
   */
  onProgress?: (done: number, total: number) => void;
}

const progressTotal = 1000;

/**
 * The text sent to main at a time: as much as it takes. Each piece is one message, which the
 * window copies in about a millisecond; smaller pieces only add round trips (a quarter the size
 * made the harness's backup of a large home 25–40% slower).
 */
const pieceLength = maxBackupChunkLength;

export async function backUp(
  db: AppDatabase,
  reason: BackupReason,
  options: BackUpOptions = {},
): Promise<BackupResult> {
  return sendBackup(
    reason,
    Math.floor(db.verno),
    { databaseName: db.name, asItIs: false, pieceLength },
    options,
  );
}

/**
 * Backs up the stored database exactly as it is, without opening it as this version of the app
 * would: before an upgrade (`schemaVersion` older than the app's), or before a restore replaces
 * a database this version cannot open (a newer one).
 */
export async function backUpAsItIs(
  name: string,
  schemaVersion: number,
  reason: 'before-upgrade' | 'before-restore',
): Promise<BackupResult> {
  return sendBackup(reason, schemaVersion, { databaseName: name, asItIs: true, pieceLength }, {});
}

/**
 * One backup at a time from this window: main refuses a second job while one runs, so "Back up
 * now" pressed during the daily backup (or a destroy's backup) waits for it instead of failing.
 */
let inFlight: Promise<unknown> = Promise.resolve();

function sendBackup(
  reason: BackupReason,
  schemaVersion: number,
  request: ExportRequest,
  options: BackUpOptions,
): Promise<BackupResult> {
  const next = inFlight.then(() => sendBackupNow(reason, schemaVersion, request, options));
  inFlight = next.catch(() => undefined);
  return next;
}

async function sendBackupNow(
  reason: BackupReason,
  schemaVersion: number,
  request: ExportRequest,
  { signal, onProgress }: BackUpOptions,
): Promise<BackupResult> {
  if (aborted(signal)) return { outcome: 'cancelled' };
  const jobId = crypto.randomUUID();
  // Remembered before main is asked, not once it answers: a page reloaded in between would
  // otherwise leave main holding a job nobody can name, and every backup refused meanwhile.
  // Not started, the job a page before a reload left (if any) is remembered again instead.
  const leftBehind = rememberInFlight(jobId);
  const begun = await bridge()
    .backup.begin({ jobId, reason, schemaVersion, actor: homeActor })
    .catch((error: unknown) => {
      rememberInFlight(leftBehind);
      throw error;
    });
  if (!begun.started) {
    rememberInFlight(leftBehind);
    return { outcome: 'not-due' };
  }
  try {
    const half = progressTotal / 2;
    const exportOptions = {
      signal,
      onProgress: (rows: number, totalRows: number) =>
        onProgress?.(totalRows === 0 ? half : Math.floor((rows / totalRows) * half), progressTotal),
    };
    await exportOffThread(request, exportOptions, async (text, bytesRead, totalBytes) => {
      signal?.throwIfAborted();
      await bridge().backup.writeChunk({ jobId, text });
      const sent = totalBytes === 0 ? 1 : bytesRead / totalBytes;
      onProgress?.(half + Math.floor(sent * half), progressTotal);
    });
    signal?.throwIfAborted();
    const finished = await bridge().backup.finish({ jobId, actor: homeActor });
    rememberInFlight(null);
    return finished;
  } catch (error) {
    // Main removes what it wrote so far; a failure to say so must not hide the first error.
    await bridge()
      .backup.cancel({ jobId })
      .catch(() => undefined);
    rememberInFlight(null);
    if (aborted(signal)) return { outcome: 'cancelled' };
    throw error;
  }
}

/** Read afresh each time: the manager may cancel while the backup is under way. */
function aborted(signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true;
}
