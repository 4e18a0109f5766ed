/**
 * Exports the database for a backup in a worker (exportWorker.ts), handing each text piece to
 * `onPiece` in the calling window: the reading and the JSON stay off the window's own thread, so
 * the manager can go on typing and scrolling while it runs. Where there are no workers (the unit
 * tests, in Node) the same export runs here instead.
 *
 * Cancelled (the signal), or failed in `onPiece`, the worker is ended at once; its read
 * transaction ends with it and nothing is left behind.
 */
import type { ExportOptions } from './exportDatabase';
import type { ExportRequest, OnExportPiece } from './exportJob';
import type { FromExportWorker, ToExportWorker } from './exportWorkerMessages';

export async function exportOffThread(
  request: ExportRequest,
  options: ExportOptions,
  onPiece: OnExportPiece,
): Promise<void> {
  if (typeof Worker === 'undefined') {
    const { exportInPieces } = await import('./exportJob');
    return exportInPieces(request, options, onPiece);
  }
  const { signal, onProgress } = options;
  signal?.throwIfAborted();
  const worker = new Worker(new URL('./exportWorker.ts', import.meta.url), {
    type: 'module',
    name: 'Care Appraisals backup export',
  });
  const send = (message: ToExportWorker) => worker.postMessage(message);
  let stopOnAbort: (() => void) | undefined;
  let handled = Promise.resolve();
  try {
    await new Promise<void>((resolve, reject) => {
      stopOnAbort = () => reject(abortReason(signal));
      signal?.addEventListener('abort', stopOnAbort, { once: true });
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        reject(new Error(`the export could not run (${event.message || 'its script did not load'})`));
      });
      worker.addEventListener('messageerror', () =>
        reject(new Error('the export sent something unreadable')),
      );
      worker.addEventListener('message', ({ data: message }: MessageEvent<FromExportWorker>) => {
        switch (message.kind) {
          case 'progress':
            onProgress?.(message.rows, message.totalRows);
            break;
          case 'piece':
            // In order, one at a time, however many the worker has sent ahead.
            handled = handled
              .then(() => onPiece(message.text, message.bytesRead, message.totalBytes))
              .then(() => send({ kind: 'next' }));
            handled.catch(reject);
            break;
          case 'done':
            handled.then(resolve, reject);
            break;
          case 'failed':
            reject(new Error(message.message));
            break;
        }
      });
      send({ kind: 'export', request });
    });
  } finally {
    worker.terminate();
    if (stopOnAbort !== undefined) signal?.removeEventListener('abort', stopOnAbort);
  }
}

function abortReason(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  return reason instanceof Error ? reason : new DOMException('The export was cancelled.', 'AbortError');
}
