/** Pictures are laid on white before pdfkit sees them: same look on paper, same bytes every time. */
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { flattenPng } from '../../../electron/services/pdf/flattenPng';
import { sampleSignaturePng } from '../../fixtures/sampleDocument';

/** Reads back the flattened PNG (8-bit RGB, filter 0 rows, as flattenPng writes it). */
function readRgb(png: Uint8Array): {
  width: number;
  height: number;
  colourType: number;
  at: (x: number, y: number) => number[];
} {
  const view = Buffer.from(png);
  const width = view.readUInt32BE(16);
  const height = view.readUInt32BE(20);
  const colourType = view[25] ?? -1;
  const idatLength = view.readUInt32BE(33);
  const rows = inflateSync(view.subarray(41, 41 + idatLength));
  const at = (x: number, y: number) => {
    const start = y * (1 + width * 3) + 1 + x * 3;
    return [rows[start] ?? -1, rows[start + 1] ?? -1, rows[start + 2] ?? -1];
  };
  return { width, height, colourType, at };
}

/** A tiny PNG writer for the less common kinds (rows given with their filter byte). */
function png(
  width: number,
  height: number,
  bitDepth: number,
  colourType: number,
  rows: number[],
  extra: [string, number[]][] = [],
  interlaced = false,
): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([bitDepth, colourType, 0, 0, interlaced ? 1 : 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    ...extra.map(([type, data]) => chunk(type, Uint8Array.from(data))),
    chunk('IDAT', deflateSync(Uint8Array.from(rows))),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

describe('flattenPng', () => {
  it('reads palette pictures with transparency, 2-bit grey and 16-bit grey with a clear colour', () => {
    // Palette: index 0 black, 1 red (half clear); 2 pixels, 8-bit indices, Up filter on a single row.
    const palette = readRgb(
      flattenPng(
        png(
          2,
          1,
          8,
          3,
          [2, 0, 1],
          [
            ['PLTE', [0, 0, 0, 255, 0, 0]],
            ['tRNS', [255, 128]],
          ],
        ),
        'x',
      ),
    );
    expect([palette.at(0, 0), palette.at(1, 0)]).toEqual([
      [0, 0, 0],
      [255, 127, 127],
    ]);
    // 2-bit grey: 0, 1, 2, 3 -> 0, 85, 170, 255 packed in one byte.
    const grey2 = readRgb(flattenPng(png(4, 1, 2, 0, [0, 0b00011011]), 'x'));
    expect([0, 1, 2, 3].map((x) => grey2.at(x, 0)[0])).toEqual([0, 85, 170, 255]);
    // 16-bit grey with tRNS key 0x1234: that pixel is clear (white), the other keeps its high byte.
    const grey16 = readRgb(
      flattenPng(png(2, 1, 16, 0, [0, 0x12, 0x34, 0x40, 0x00], [['tRNS', [0x12, 0x34]]]), 'x'),
    );
    expect([grey16.at(0, 0), grey16.at(1, 0)]).toEqual([
      [255, 255, 255],
      [64, 64, 64],
    ]);
  });

  it('reads an interlaced picture (Adam7) into its right places', () => {
    // 3 x 3 grey, pixel (x, y) = 10 * (3y + x + 1); rows by pass: 1, 4, 5, 6, 6, 7.
    const rows = [0, 10, 0, 30, 0, 70, 90, 0, 20, 0, 80, 0, 40, 50, 60];
    const flat = readRgb(flattenPng(png(3, 3, 8, 0, rows, [], true), 'x'));
    const greys = [0, 1, 2].flatMap((y) => [0, 1, 2].map((x) => flat.at(x, y)[0]));
    expect(greys).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90]);
  });

  it('prints a picture whose chunk checksum is off, as a browser shows it', () => {
    const damaged = Buffer.from(sampleSignaturePng());
    // The IHDR chunk's CRC: 8 (signature) + 4 (length) + 4 (type) + 13 (data).
    damaged[29] = (damaged[29] ?? 0) ^ 0xff;
    expect(Buffer.compare(flattenPng(damaged, 'x'), flattenPng(sampleSignaturePng(), 'x'))).toBe(0);
  });

  it('turns a transparent signature into RGB on white, keeping its size and its ink', () => {
    const flat = readRgb(flattenPng(sampleSignaturePng(), 'The drawn signature'));
    expect(flat.colourType).toBe(2);
    expect([flat.width, flat.height]).toEqual([360, 120]);
    expect(flat.at(0, 0)).toEqual([255, 255, 255]);
    const darkest = Math.min(
      ...Array.from(
        { length: flat.width * flat.height },
        (_, i) => flat.at(i % flat.width, Math.floor(i / flat.width))[0] ?? 255,
      ),
    );
    expect(darkest).toBeLessThan(40);
  });

  it('gives the same bytes every time', () => {
    expect(Buffer.compare(flattenPng(sampleSignaturePng(), 'x'), flattenPng(sampleSignaturePng(), 'x'))).toBe(
      0,
    );
  });

  it('refuses a file that is not a readable PNG, naming the picture', () => {
    const message = 'The home logo is not a PNG picture this app can read. Save it again as PNG or JPEG.';
    const notPng = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const signature = sampleSignaturePng();
    const cutShort = signature.subarray(0, signature.length >> 1);
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
    for (const bytes of [notPng, cutShort, jpeg, new Uint8Array(0)])
      expect(() => flattenPng(bytes, 'The home logo')).toThrow(message);
  });
});
