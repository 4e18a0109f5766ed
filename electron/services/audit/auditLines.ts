/**
 * Reading the audit log a line at a time, by byte offset: the file is read in fixed chunks so
 * memory stays flat however long the log grows, and the reader hands the event loop back
 * regularly so main keeps answering the window while a long log is read.
 */
import { open, type FileHandle } from 'node:fs/promises';

/** One complete line (its newline excluded), where it starts in the file and its 1-based number. */
export interface LogLine {
  text: string;
  offset: number;
  length: number;
  number: number;
}

export interface LineScan {
  /** Bytes up to and including the last newline: the complete lines. */
  end: number;
  /** The file's size when read; anything past `end` is a last line without its newline. */
  size: number;
  lines: number;
  /** False when there is no file yet. */
  exists: boolean;
}

const chunkBytes = 64 * 1024;
/** Hand the event loop back after this many lines or this long, whichever comes first. */
const linesPerTurn = 1000;
const msPerTurn = 20;
const newline = 0x0a;

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Calls `onLine` for every complete line of `file`, in order. A last line without its newline
 * is not given to `onLine`; the result's `end` and `size` say how many bytes it holds.
 */
export async function forEachLine(file: string, onLine: (line: LogLine) => void): Promise<LineScan> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { end: 0, size: 0, lines: 0, exists: false };
    throw error;
  }
  try {
    return { ...(await scanHandle(handle, onLine)), exists: true };
  } finally {
    await handle.close();
  }
}

async function scanHandle(handle: FileHandle, onLine: (line: LogLine) => void) {
  const chunk = Buffer.alloc(chunkBytes);
  // Bytes of a line that began in an earlier chunk (most lines fit in one; a long one may not).
  let carry: Buffer[] = [];
  let carryBytes = 0;
  let position = 0;
  let end = 0;
  let lines = 0;
  let turnLines = 0;
  let turnStarted = performance.now();
  for (;;) {
    const { bytesRead } = await handle.read(chunk, 0, chunkBytes, position);
    if (bytesRead === 0) break;
    let start = 0;
    for (
      let at = chunk.indexOf(newline, 0);
      at !== -1 && at < bytesRead;
      at = chunk.indexOf(newline, start)
    ) {
      const text =
        carryBytes === 0
          ? chunk.toString('utf8', start, at)
          : Buffer.concat([...carry, chunk.subarray(start, at)]).toString('utf8');
      const length = carryBytes + at - start;
      lines += 1;
      onLine({ text, offset: end, length, number: lines });
      end += length + 1;
      carry = [];
      carryBytes = 0;
      start = at + 1;
      turnLines += 1;
      if (turnLines >= linesPerTurn || performance.now() - turnStarted >= msPerTurn) {
        await yieldToEventLoop();
        turnLines = 0;
        turnStarted = performance.now();
      }
    }
    if (start < bytesRead) {
      // Copied: `chunk` is reused for the next read.
      carry.push(Buffer.from(chunk.subarray(start, bytesRead)));
      carryBytes += bytesRead - start;
    }
    position += bytesRead;
  }
  return { end, size: position, lines };
}

/** The text of one line the index points at, or null if the file no longer holds that many bytes. */
export async function readLinesAt(
  file: string,
  spans: readonly { offset: number; length: number }[],
): Promise<(string | null)[]> {
  if (spans.length === 0) return [];
  const handle = await open(file, 'r');
  try {
    const texts: (string | null)[] = [];
    for (const [index, { offset, length }] of spans.entries()) {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, offset);
      texts.push(bytesRead === length ? buffer.toString('utf8') : null);
      if ((index + 1) % linesPerTurn === 0) await yieldToEventLoop();
    }
    return texts;
  } finally {
    await handle.close();
  }
}
