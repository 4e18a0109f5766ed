/** Reading a pack's long lists a line at a time gives exactly what parsing the whole text gives. */
import { describe, expect, it } from 'vitest';
import { jsonArrayItems } from '../../../electron/services/exports/packJsonLines';

const lined = (items: unknown[]) =>
  `{"format":"x","count":${items.length},"records":[${items.map((item, i) => `${i === 0 ? '' : ','}\n${JSON.stringify(item)}`).join('')}\n]}\n`;

describe('a list written one item per line', () => {
  const items = [{ documentId: 'a-v1', text: 'line\nbreak "quoted"' }, { documentId: 'b-v1' }, 3];

  it('reads each item as the whole parse would', async () => {
    const text = lined(items);
    expect(await jsonArrayItems(Buffer.from(text), 'records')).toEqual(items);
    expect(await jsonArrayItems(Buffer.from(text), 'records')).toEqual(
      (JSON.parse(text) as { records: unknown[] }).records,
    );
  });

  it('reads an empty list', async () => {
    expect(await jsonArrayItems(Buffer.from(lined([])), 'records')).toEqual([]);
  });

  it('reads an older pack written with indentation, by parsing it whole', async () => {
    const text = JSON.stringify({ format: 'x', records: items }, null, 1);
    expect(await jsonArrayItems(Buffer.from(text), 'records')).toEqual(items);
  });

  it('gives null for text that is not JSON any more, whichever line was edited', async () => {
    const text = lined(items);
    expect(await jsonArrayItems(Buffer.from(text.replace('"b-v1"}', '"b-v1"')), 'records')).toBeNull();
    expect(await jsonArrayItems(Buffer.from(text.replace('{"format"', '{format')), 'records')).toBeNull();
    expect(await jsonArrayItems(Buffer.from(`${text}trailing`), 'records')).toBeNull();
  });

  it('gives null when the list is not there or is not a list', async () => {
    expect(await jsonArrayItems(Buffer.from('{"events":[]}'), 'records')).toBeNull();
    expect(await jsonArrayItems(Buffer.from('{"records":{}}'), 'records')).toBeNull();
    expect(await jsonArrayItems(Buffer.from(''), 'records')).toBeNull();
  });
});
