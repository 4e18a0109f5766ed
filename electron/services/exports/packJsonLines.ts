/**
 * The long lists in a pack (records.json's records, audit-log.json's events) are written one
 * item per line inside an ordinary JSON object, so any JSON reader opens them and this one can
 * read them a line at a time, straight from the bytes, without one huge string. What it returns
 * is exactly what parsing the whole text would give for that list; text in any other layout (an
 * older pack, or one edited by hand) is parsed whole, and text that is not JSON gives null.
 */

const newline = 0x0a;
const notJson = Symbol('not JSON');
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return notJson;
  }
}

/**
 * Items of the array under `key` in the top-level object, or null when there is none. Read a
 * line at a time with a turn of the event loop every few lines, so a long list never holds main.
 */
export async function jsonArrayItems(bytes: Uint8Array, key: string): Promise<unknown[] | null> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return (await itemsByLine(buffer, key)) ?? itemsOfWhole(buffer.toString('utf8'), key);
}

function itemsOfWhole(text: string, key: string): unknown[] | null {
  const whole = parse(text);
  if (typeof whole !== 'object' || whole === null || !(key in whole)) return null;
  const list = (whole as Record<string, unknown>)[key];
  return Array.isArray(list) ? list : null;
}

/** Where each line starts and ends, without the newlines; trailing empty lines left out. */
function lineBounds(buffer: Buffer): [number, number][] {
  const bounds: [number, number][] = [];
  let start = 0;
  while (start <= buffer.length) {
    const found = buffer.indexOf(newline, start);
    const end = found === -1 ? buffer.length : found;
    bounds.push([start, end]);
    if (found === -1) break;
    start = found + 1;
  }
  while (bounds.length > 1 && bounds.at(-1)?.[0] === bounds.at(-1)?.[1]) bounds.pop();
  return bounds;
}

async function itemsByLine(buffer: Buffer, key: string): Promise<unknown[] | null> {
  const bounds = lineBounds(buffer);
  const line = (index: number) => {
    const [start, end] = bounds[index] ?? [0, 0];
    return buffer.toString('utf8', start, end);
  };
  const opener = line(0);
  // The opening line with the list left empty must itself be a whole JSON object.
  if (!opener.endsWith(`"${key}":[`) || itemsOfWhole(`${opener}]}`, key) === null) return null;
  const last = bounds.length - 1;
  if (last < 1 || line(last) !== ']}') return null;
  const items: unknown[] = [];
  for (let i = 1; i < last; i++) {
    const text = line(i);
    const final = i === last - 1;
    if (!final && !text.endsWith(',')) return null;
    const item = parse(final ? text : text.slice(0, -1));
    if (item === notJson) return null;
    items.push(item);
    if (i % 20 === 0) await turn();
  }
  return items;
}
