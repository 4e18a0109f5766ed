/**
 * A sealed record read for the catalogue, with its pinned framework parsed and checked once per
 * distinct text rather than once per record: the framework is about 70% of every record (each
 * carries its version whole) and the same bytes in every record sealed with that version.
 *
 * A sealed record is canonical JSON (RFC 8785: keys sorted, no spaces), so its framework is the
 * text between two markers that can only be structure, never text inside a string (a quote in
 * a JSON string is always escaped, and both begin with `,"`): the document's own
 * `,"formatVersion":1,"framework":` (nothing else in a record has a formatVersion) and its
 * last `,"home":{` (the top-level home follows the framework; nothing after it has a home).
 * The framework text must parse on its own and the rest, with `null` in its place, must parse
 * too: then the two are exactly what parsing the whole record gives. A record laid out any
 * other way is parsed whole.
 */
import { z } from 'zod';
import type { Framework } from '../../../shared/framework/frameworkSchema';

const frameworkStart = Buffer.from(',"formatVersion":1,"framework":', 'latin1');
const homeStart = Buffer.from(',"home":{', 'latin1');
const withFramework = z.object({ framework: z.unknown() });

export interface RecordWithFramework {
  /** The record as parsed; its `framework` is not to be read (it may be `null`). */
  rest: unknown;
  /** Null when the framework is not one (checkFramework said so). */
  framework: Framework | null;
}

/**
 * Parses records; `checkFramework` (null for what is not a framework) is called once for each
 * distinct framework text. Throws SyntaxError for a record that is not JSON.
 */
export function recordParser(
  checkFramework: (framework: unknown) => Framework | null,
): (bytes: Buffer) => RecordWithFramework {
  // Framework texts seen so far, compared byte for byte (no copy of each record's framework).
  const known: { text: Buffer; framework: Framework | null }[] = [];
  const parsedWhole = new Map<string, Framework | null>();

  const knownAt = (bytes: Buffer, start: number, end: number) =>
    known.find(
      ({ text }) =>
        text.byteLength === end - start && bytes.compare(text, 0, text.byteLength, start, end) === 0,
    );

  return (bytes) => {
    const split = frameworkAt(bytes);
    if (split !== null) {
      const { start, end } = split;
      const seen = knownAt(bytes, start, end);
      const parts = parseParts(bytes, start, end, seen === undefined);
      if (parts !== null) {
        if (seen !== undefined) return { rest: parts.rest, framework: seen.framework };
        const framework = checkFramework(parts.framework);
        known.push({ text: Buffer.from(bytes.subarray(start, end)), framework });
        return { rest: parts.rest, framework };
      }
    }
    const whole: unknown = JSON.parse(bytes.toString('utf8'));
    const parsed = withFramework.safeParse(whole);
    const framework = parsed.success ? parsed.data.framework : undefined;
    const key = framework === undefined ? '' : JSON.stringify(framework);
    let checked = parsedWhole.get(key);
    if (checked === undefined) {
      checked = checkFramework(framework);
      parsedWhole.set(key, checked);
    }
    return { rest: whole, framework: checked };
  };
}

/**
 * Where the framework's text starts and ends, when the record is laid out canonically (the
 * markers found; whether the text there parses is for the caller to find out).
 */
export function frameworkAt(bytes: Buffer): { start: number; end: number } | null {
  const marker = bytes.indexOf(frameworkStart);
  const home = bytes.lastIndexOf(homeStart);
  if (marker < 0 || home < 0) return null;
  const start = marker + frameworkStart.length;
  if (home <= start) return null;
  return { start, end: home };
}

/**
 * The record without its framework and (when not yet known) the framework, each parsed on its
 * own; null when either is not JSON on its own, so the record is parsed whole instead.
 */
function parseParts(
  bytes: Buffer,
  start: number,
  end: number,
  withFrameworkText: boolean,
): { rest: unknown; framework: unknown } | null {
  try {
    const framework: unknown = withFrameworkText ? JSON.parse(bytes.toString('utf8', start, end)) : null;
    const rest: unknown = JSON.parse(`${bytes.toString('utf8', 0, start)}null${bytes.toString('utf8', end)}`);
    return { rest, framework };
  } catch {
    return null;
  }
}
