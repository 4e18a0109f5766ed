/**
 * Running export jobs by the id the renderer gave them, so `export:cancel` can stop one.
 * Cancelling aborts the job's signal; the job notices within the file it is writing, removes
 * its partial file and answers `cancelled`.
 */
export interface ExportJobs {
  /** Registers a job; null when a job with that id is already running. */
  start(jobId: string): AbortSignal | null;
  finish(jobId: string): void;
  /** True when a running job was asked to stop. */
  cancel(jobId: string): boolean;
}

export function createExportJobs(): ExportJobs {
  const running = new Map<string, AbortController>();
  return {
    start(jobId) {
      if (running.has(jobId)) return null;
      const controller = new AbortController();
      running.set(jobId, controller);
      return controller.signal;
    },
    finish(jobId) {
      running.delete(jobId);
    },
    cancel(jobId) {
      const controller = running.get(jobId);
      if (controller === undefined || controller.signal.aborted) return false;
      controller.abort();
      return true;
    },
  };
}

/** Thrown inside a job when it has been cancelled; the handler turns it into `cancelled`. */
export class ExportCancelled extends Error {
  constructor() {
    super('The export was cancelled.');
    this.name = 'ExportCancelled';
  }
}

export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new ExportCancelled();
}
