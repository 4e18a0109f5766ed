/**
 * Lets main's event loop run (windows, IPC, timers) before the next step of a long render: a
 * PDF is drawn synchronously by pdfkit, so a 49-page document would otherwise hold main for
 * its whole length. setImmediate, not a timer, so a render on an idle loop is not slowed down.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
