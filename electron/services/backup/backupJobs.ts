/**
 * Backup jobs on this PC: one at a time, named by the renderer's job id. `begin` picks the
 * file name and opens the ZIP, `write` streams the export in, `finish` completes, verifies and
 * names the file and rotates the folder, `cancel` stops it. A job the window stopped feeding
 * (it was closed mid-backup) is given up when the next one begins, after two idle minutes.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupReason } from '../../../shared/backup/backupContract';
import { createExportJobs, ExportCancelled } from '../exports/exportJobs';
import type { ZipFileOptions } from '../exports/zipFileWriter';
import { createQueue } from '../audit/serialQueue';
import type { BackupCatalogue, CheckedBackup } from './backupCatalogue';
import { freshBackupName, hasBackupOn, removePartials, rotate } from './backupFolder';
import { BackupRefusal } from './backupRefusal';
import { BackupNotVerifiedError, openBackupWriter, type BackupWriter } from './backupWriter';
import { DatabaseExportError } from './databaseFacts';

export interface BackupJobsDeps {
  backupsFolder: string;
  auditLogPath: string;
  appVersion: string;
  now(): Date;
  catalogue: BackupCatalogue;
  /** For tests: the step that writes bytes to disk (a full disk can be forced). */
  writeChunk?: ZipFileOptions['writeChunk'];
}

export type FinishedBackup =
  | { outcome: 'saved'; backup: CheckedBackup; sha256: string; reason: BackupReason }
  | { outcome: 'cancelled' };

interface RunningJob {
  jobId: string;
  reason: BackupReason;
  target: string;
  writer: BackupWriter;
  lastActivity: number;
  /** Every step of one job runs in turn, so a cancel never lands in the middle of a write. */
  run: <T>(step: () => Promise<T>) => Promise<T>;
}

const idleLimitMs = 2 * 60 * 1000;
const leftOff = 'Nothing was left in the backups folder.';

export function createBackupJobs(deps: BackupJobsDeps) {
  const signals = createExportJobs();
  let running: RunningJob | null = null;
  /**
   * Jobs that ended without a file, so a late `finish` answers what happened; and jobs cancelled
   * before they had begun, so a late `begin` is refused. A window reloaded just after asking to
   * begin is gone before main answers; the reloaded page cancels that job by its id, which can
   * reach main before the begin has finished starting it.
   */
  const cancelled = new Set<string>();

  async function stop(job: RunningJob): Promise<void> {
    signals.cancel(job.jobId);
    signals.finish(job.jobId);
    if (running === job) running = null;
    await job.writer.abort();
  }

  function current(jobId: string): RunningJob {
    if (running?.jobId !== jobId)
      throw new BackupRefusal(
        'This backup is no longer running (it was cancelled or stopped). Start it again.',
      );
    running.lastActivity = Date.now();
    return running;
  }

  /** Turns a failed step into a plain refusal, after removing the temp file. */
  async function failed(job: RunningJob, error: unknown): Promise<never> {
    await stop(job);
    if (error instanceof ExportCancelled) {
      cancelled.add(job.jobId);
      throw new BackupRefusal('The backup was cancelled.');
    }
    if (error instanceof DatabaseExportError)
      throw new BackupRefusal(`The backup was not made: ${error.message} ${leftOff}`);
    if (error instanceof BackupNotVerifiedError)
      throw new BackupRefusal(
        `The backup was written but did not pass its check, so it was not kept. ${leftOff}`,
      );
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (typeof code === 'string')
      throw new BackupRefusal(
        `The backup could not be written (${code}). There may not be enough free space on this PC. ${leftOff}`,
      );
    throw error;
  }

  return {
    /** Starts a job; false for a daily backup when today already has one. */
    async begin(jobId: string, reason: BackupReason, schemaVersion: number): Promise<boolean> {
      if (running !== null && Date.now() - running.lastActivity > idleLimitMs) await stop(running);
      if (running !== null)
        throw new BackupRefusal('A backup is already being made. Wait for it to finish, then try again.');
      const createdAt = deps.now();
      if (reason === 'daily' && (await hasBackupOn(deps.backupsFolder, createdAt))) return false;
      const signal = signals.start(jobId);
      if (signal === null) throw new BackupRefusal('This backup is already running.');
      try {
        await mkdir(deps.backupsFolder, { recursive: true });
        await removePartials(deps.backupsFolder);
        const target = join(deps.backupsFolder, await freshBackupName(deps.backupsFolder, createdAt, reason));
        const writer = await openBackupWriter({
          target,
          reason,
          schemaVersion,
          appVersion: deps.appVersion,
          createdAt,
          auditLogPath: deps.auditLogPath,
          signal,
          ...(deps.writeChunk === undefined ? {} : { writeChunk: deps.writeChunk }),
        });
        if (cancelled.has(jobId)) {
          await writer.abort();
          throw new BackupRefusal('The backup was cancelled.');
        }
        const queue = createQueue();
        running = { jobId, reason, target, writer, lastActivity: Date.now(), run: (step) => queue.run(step) };
      } catch (error) {
        signals.finish(jobId);
        const code = (error as NodeJS.ErrnoException | null)?.code;
        if (typeof code === 'string')
          throw new BackupRefusal(`The backup could not be started (${code}). ${leftOff}`);
        throw error;
      }
      return true;
    },

    async write(jobId: string, text: string): Promise<number> {
      const job = current(jobId);
      return job.run(async () => {
        try {
          return await job.writer.write(text);
        } catch (error) {
          return failed(job, error);
        }
      });
    },

    async finish(jobId: string): Promise<FinishedBackup> {
      if (cancelled.delete(jobId)) return { outcome: 'cancelled' };
      const job = current(jobId);
      return job.run(async () => {
        let written;
        try {
          written = await job.writer.finish();
        } catch (error) {
          if (error instanceof ExportCancelled) {
            await stop(job);
            return { outcome: 'cancelled' as const };
          }
          return failed(job, error);
        }
        signals.finish(jobId);
        running = null;
        await deps.catalogue.remember(job.target, written.verification);
        const backup = await deps.catalogue.check(job.target);
        if (backup === null) throw new Error('The backup vanished as it was written.');
        await rotate(deps.backupsFolder, deps.now());
        return { outcome: 'saved' as const, backup, sha256: written.sha256, reason: job.reason };
      });
    },

    /** Stops a running job at once and removes its temp file. */
    async cancel(jobId: string): Promise<boolean> {
      if (running?.jobId !== jobId) {
        cancelled.add(jobId);
        return false;
      }
      const job = running;
      signals.cancel(jobId);
      cancelled.add(jobId);
      await job.run(() => stop(job));
      return true;
    },

    /** True while a backup is being written (nothing else may remove temp files then). */
    busy: () => running !== null,
  };
}
