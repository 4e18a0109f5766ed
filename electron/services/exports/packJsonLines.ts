/**
 * The long lists in a pack (records.json's records, audit-log.json's events) are written one
 * item per line inside an ordinary JSON object, so any JSON reader opens them and this one can
 * read them a line at a time. What it returns is exactly what parsing the whole text would give
 * for that list; text in any other layout (an older pack, or one edited by hand) is parsed
 * whole, and text that is not JSON gives null.
 */

/** Items of the array under `key` in the top-level object, or null when there is none. */
export function jsonArrayItems(text: string, key: string): unknown[] | null {
  return itemsByLine(text, key) ?? itemsOfWhole(text, key);
}

const notJson = Symbol('not JSON');

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return notJson;
  }
}

function itemsOfWhole(text: string, key: string): unknown[] | null {
  const whole = parse(text);
  if (typeof whole !== 'object' || whole === null || !(key in whole)) return null;
  const list = (whole as Record<string, unknown>)[key];
  return Array.isArray(list) ? list : null;
}

function itemsByLine(text: string, key: string): unknown[] | null {
  const lines = text.split('\n');
  const opener = lines[0] ?? '';
  // The opening line with the list left empty must itself be a whole JSON object.
  if (!opener.endsWith(`"${key}":[`) || itemsOfWhole(`${opener}]}`, key) === null) return null;
  let end = lines.length;
  while (end > 1 && lines[end - 1] === '') end -= 1;
  if (end < 2 || lines[end - 1] !== ']}') return null;
  const items: unknown[] = [];
  for (let i = 1; i < end - 1; i++) {
    const line = lines[i] ?? '';
    const last = i === end - 2;
    if (!last && !line.endsWith(',')) return null;
    const item = parse(last ? line : line.slice(0, -1));
    if (item === notJson) return null;
    items.push(item);
  }
  return items;
}
