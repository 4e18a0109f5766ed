/** Reading a pack's long lists a line at a time gives exactly what parsing the whole text gives. */
import { describe, expect, it } from 'vitest';
import { jsonArrayItems } from '../../../electron/services/exports/packJsonLines';

const lined = (items: unknown[]) =>
  `{"format":"x","count":${items.length},"records":[${items.map((item, i) => `${i === 0 ? '' : ','}\n${JSON.stringify(item)}`).join('')}\n]}\n`;

describe('a list written one item per line', () => {
  const items = [{ documentId: 'a-v1', text: 'line\nbreak "quoted"' }, { documentId: 'b-v1' }, 3];

  it('reads each item as the whole parse would', () => {
    const text = lined(items);
    expect(jsonArrayItems(text, 'records')).toEqual(items);
    expect(jsonArrayItems(text, 'records')).toEqual((JSON.parse(text) as { records: unknown[] }).records);
  });

  it('reads an empty list', () => {
    expect(jsonArrayItems(lined([]), 'records')).toEqual([]);
  });

  it('reads an older pack written with indentation, by parsing it whole', () => {
    const text = JSON.stringify({ format: 'x', records: items }, null, 1);
    expect(jsonArrayItems(text, 'records')).toEqual(items);
  });

  it('gives null for text that is not JSON any more, whichever line was edited', () => {
    const text = lined(items);
    expect(jsonArrayItems(text.replace('"b-v1"}', '"b-v1"'), 'records')).toBeNull();
    expect(jsonArrayItems(text.replace('{"format"', '{format'), 'records')).toBeNull();
    expect(jsonArrayItems(`${text}trailing`, 'records')).toBeNull();
  });

  it('gives null when the list is not there or is not a list', () => {
    expect(jsonArrayItems('{"events":[]}', 'records')).toBeNull();
    expect(jsonArrayItems('{"records":{}}', 'records')).toBeNull();
    expect(jsonArrayItems('', 'records')).toBeNull();
  });
});
