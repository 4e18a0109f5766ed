/**
 * The backup's export, in a worker of its own: reading every row and turning it into JSON takes
 * seconds on a large home, and in the window it held up typing and scrolling while the daily
 * backup ran. The window answers each piece once it has sent it to main (exportOffThread.ts),
 * and the worker reads on only while fewer than `piecesAhead` are unanswered, so no more than
 * two pieces are ever out at once; the window cancels by ending the worker.
 */
import { exportInPieces } from './exportJob';
import type { FromExportWorker, ToExportWorker } from './exportWorkerMessages';

/**
 * The worker's global scope, as far as this file uses it: the renderer is typed against the
 * DOM library, where `self` is a window.
 */
interface ExportWorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<ToExportWorker>) => void): void;
  postMessage(message: FromExportWorker): void;
}

const scope: ExportWorkerScope = self;

/**
 * Pieces sent and not yet dealt with by the window: the next is read while the window sends the
 * last one to main, and no more than this many wait in memory at a time.
 */
const piecesAhead = 2;
let unanswered = 0;
let roomForMore: (() => void) | null = null;

scope.addEventListener('message', ({ data: message }) => {
  if (message.kind === 'next') {
    unanswered -= 1;
    const go = roomForMore;
    roomForMore = null;
    go?.();
  } else {
    void exportAll(message);
  }
});

async function exportAll({ request }: Extract<ToExportWorker, { kind: 'export' }>): Promise<void> {
  try {
    await exportInPieces(
      request,
      { onProgress: (rows, totalRows) => scope.postMessage({ kind: 'progress', rows, totalRows }) },
      async (text, bytesRead, totalBytes) => {
        scope.postMessage({ kind: 'piece', text, bytesRead, totalBytes });
        unanswered += 1;
        if (unanswered >= piecesAhead) await new Promise<void>((resolve) => (roomForMore = resolve));
      },
    );
    scope.postMessage({ kind: 'done' });
  } catch (error) {
    scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
