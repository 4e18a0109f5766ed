/**
 * Reads a list of files ahead of their use: up to `window` reads are in flight while the
 * caller works on the one before, and results come back in the list's order. Reading one
 * file at a time left main idle between each awaited open, read and close; a small window
 * keeps the disk and the thread pool busy while holding only `window` files in memory.
 */
/** How many files the exports read ahead of the one they are working on. */
export const filesReadAhead = 8;

export async function* readAhead<T, R>(
  items: readonly T[],
  window: number,
  read: (item: T) => Promise<R>,
): AsyncGenerator<R, void, undefined> {
  const inFlight: Promise<R>[] = [];
  const waiting = items.values();
  const fill = () => {
    while (inFlight.length < window) {
      const next = waiting.next();
      if (next.done === true) return;
      const reading = read(next.value);
      // Awaited in turn below; marked so one failing while an earlier one is awaited (or after
      // the caller stopped early) is not reported as unhandled.
      reading.catch(() => undefined);
      inFlight.push(reading);
    }
  };
  fill();
  for (let reading = inFlight.shift(); reading !== undefined; reading = inFlight.shift()) {
    const result = await reading;
    fill();
    yield result;
  }
}
