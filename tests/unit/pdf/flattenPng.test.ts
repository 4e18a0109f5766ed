/** Pictures are laid on white before pdfkit sees them: same look on paper, same bytes every time. */
import { inflateSync } from 'node:zlib';
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

describe('flattenPng', () => {
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
    const notPng = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    expect(() => flattenPng(notPng, 'The home logo')).toThrow(
      'The home logo is not a PNG picture this app can read. Save it again as PNG or JPEG.',
    );
  });
});
