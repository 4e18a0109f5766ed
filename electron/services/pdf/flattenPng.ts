/**
 * Turns any PNG (palette, grey, alpha, 16-bit, interlaced) into a plain 8-bit RGB PNG laid on
 * white paper, synchronously. pdfkit decodes transparent PNGs on zlib's thread pool and
 * numbers their soft masks when each decode finishes, so two transparent pictures (two drawn
 * signatures, or a signature and a logo) could come out in either order and change the bytes.
 * A flattened picture takes pdfkit's synchronous path; on paper it looks the same.
 */
import { inflateSync } from 'node:zlib';
import { encodePng } from './pngEncoder';

const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const channelsByColourType: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** Adam7 passes: start column and row, then column and row steps. */
const adam7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

interface PngInfo {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  interlaced: boolean;
  palette: Uint8Array;
  transparency: Uint8Array;
  data: Uint8Array;
}

/** `what` names the picture in the error, e.g. "The home logo". */
export function flattenPng(bytes: Uint8Array, what: string): Uint8Array {
  let info: PngInfo;
  let rgb: Uint8Array;
  try {
    info = readChunks(bytes);
    rgb = decodeToRgbOnWhite(info);
  } catch (error) {
    throw new Error(`${what} is not a PNG picture this app can read. Save it again as PNG or JPEG.`, {
      cause: error,
    });
  }
  return encodeRgbPng(info.width, info.height, rgb);
}

function readChunks(bytes: Uint8Array): PngInfo {
  if (!signature.every((byte, i) => bytes[i] === byte)) throw new Error('not a PNG');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const idat: Uint8Array[] = [];
  let header: DataView | null = null;
  let palette: Uint8Array = new Uint8Array(0);
  let transparency: Uint8Array = new Uint8Array(0);
  for (let at = 8; at + 8 <= bytes.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (data.length !== length) throw new Error('truncated chunk');
    if (type === 'IHDR') header = new DataView(data.buffer, data.byteOffset, data.byteLength);
    else if (type === 'PLTE') palette = data;
    else if (type === 'tRNS') transparency = data;
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  if (header === null || idat.length === 0) throw new Error('no image data');
  const colourType = header.getUint8(9);
  if (channelsByColourType[colourType] === undefined) throw new Error('unknown colour type');
  return {
    width: header.getUint32(0),
    height: header.getUint32(4),
    bitDepth: header.getUint8(8),
    colourType,
    interlaced: header.getUint8(12) === 1,
    palette,
    transparency,
    data: inflateSync(Buffer.concat(idat)),
  };
}

function decodeToRgbOnWhite(png: PngInfo): Uint8Array {
  const { width, height, bitDepth, colourType, data } = png;
  const channels = channelsByColourType[colourType] ?? 1;
  const bitsPerPixel = channels * bitDepth;
  const filterStep = Math.max(1, bitsPerPixel >> 3);
  const out = new Uint8Array(width * height * 3).fill(255);
  const passes = png.interlaced ? adam7 : ([[0, 0, 1, 1]] as const);
  const key =
    colourType === 0
      ? colourKey(png.transparency, 1)
      : colourType === 2
        ? colourKey(png.transparency, 3)
        : null;
  let offset = 0;
  for (const [x0, y0, dx, dy] of passes) {
    const passWidth = Math.ceil((width - x0) / dx);
    const passHeight = Math.ceil((height - y0) / dy);
    if (passWidth <= 0 || passHeight <= 0) continue;
    const rowBytes = Math.ceil((passWidth * bitsPerPixel) / 8);
    let previous = new Uint8Array(rowBytes);
    for (let row = 0; row < passHeight; row += 1) {
      const filter = data[offset] ?? 0;
      const line = Uint8Array.from(data.subarray(offset + 1, offset + 1 + rowBytes));
      if (line.length !== rowBytes) throw new Error('image data too short');
      unfilter(line, previous, filter, filterStep);
      offset += 1 + rowBytes;
      const rowStart = (y0 + row * dy) * width;
      if (bitDepth === 8 && colourType === 6) {
        // What signature pads and most logos save: straight 8-bit RGBA, done without per-pixel calls.
        for (let column = 0; column < passWidth; column += 1) {
          const source = column * 4;
          const alpha = line[source + 3] ?? 255;
          const target = (rowStart + x0 + column * dx) * 3;
          out[target] = onWhite(line[source] ?? 0, alpha);
          out[target + 1] = onWhite(line[source + 1] ?? 0, alpha);
          out[target + 2] = onWhite(line[source + 2] ?? 0, alpha);
        }
        previous = line;
        continue;
      }
      for (let column = 0; column < passWidth; column += 1) {
        const [r, g, b, a] = pixelAt(png, line, column, channels, key);
        const target = (rowStart + x0 + column * dx) * 3;
        out[target] = onWhite(r, a);
        out[target + 1] = onWhite(g, a);
        out[target + 2] = onWhite(b, a);
      }
      previous = line;
    }
  }
  return out;
}

function unfilter(line: Uint8Array, previous: Uint8Array, filter: number, step: number): void {
  for (let i = 0; i < line.length; i += 1) {
    const left = i >= step ? (line[i - step] ?? 0) : 0;
    const up = previous[i] ?? 0;
    const upLeft = i >= step ? (previous[i - step] ?? 0) : 0;
    let predictor = 0;
    if (filter === 1) predictor = left;
    else if (filter === 2) predictor = up;
    else if (filter === 3) predictor = (left + up) >> 1;
    else if (filter === 4) predictor = paeth(left, up, upLeft);
    else if (filter !== 0) throw new Error('unknown row filter');
    line[i] = ((line[i] ?? 0) + predictor) & 0xff;
  }
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** One sample at its own bit depth (1 to 16 bits), unscaled. */
function sample(line: Uint8Array, index: number, bitDepth: number): number {
  if (bitDepth === 8) return line[index] ?? 0;
  if (bitDepth === 16) return ((line[index * 2] ?? 0) << 8) | (line[index * 2 + 1] ?? 0);
  const bit = index * bitDepth;
  return ((line[bit >> 3] ?? 0) >> (8 - bitDepth - (bit & 7))) & ((1 << bitDepth) - 1);
}

/** The colour-key transparency (tRNS for grey and RGB): the one sample value drawn as clear. */
function colourKey(transparency: Uint8Array, samples: number): number[] | null {
  if (transparency.length !== samples * 2) return null;
  return Array.from(
    { length: samples },
    (_, k) => ((transparency[k * 2] ?? 0) << 8) | (transparency[k * 2 + 1] ?? 0),
  );
}

function to8(value: number, bitDepth: number): number {
  if (bitDepth === 8) return value;
  if (bitDepth === 16) return value >> 8;
  return Math.round((value * 255) / ((1 << bitDepth) - 1));
}

function pixelAt(
  png: PngInfo,
  line: Uint8Array,
  column: number,
  channels: number,
  key: number[] | null,
): [number, number, number, number] {
  const { bitDepth, colourType, palette, transparency } = png;
  const first = column * channels;
  const v0 = sample(line, first, bitDepth);
  if (colourType === 3) {
    return [
      palette[v0 * 3] ?? 0,
      palette[v0 * 3 + 1] ?? 0,
      palette[v0 * 3 + 2] ?? 0,
      transparency[v0] ?? 255,
    ];
  }
  const grey = to8(v0, bitDepth);
  if (colourType === 0) return [grey, grey, grey, key !== null && key[0] === v0 ? 0 : 255];
  if (colourType === 4) return [grey, grey, grey, to8(sample(line, first + 1, bitDepth), bitDepth)];
  const v1 = sample(line, first + 1, bitDepth);
  const v2 = sample(line, first + 2, bitDepth);
  const alpha =
    colourType === 6
      ? to8(sample(line, first + 3, bitDepth), bitDepth)
      : key !== null && key[0] === v0 && key[1] === v1 && key[2] === v2
        ? 0
        : 255;
  return [grey, to8(v1, bitDepth), to8(v2, bitDepth), alpha];
}

function onWhite(value: number, alpha: number): number {
  return Math.round((value * alpha + 255 * (255 - alpha)) / 255);
}

function encodeRgbPng(width: number, height: number, rgb: Uint8Array): Uint8Array {
  const rows = new Uint8Array(height * (1 + width * 3));
  for (let y = 0; y < height; y += 1)
    rows.set(rgb.subarray(y * width * 3, (y + 1) * width * 3), y * (1 + width * 3) + 1);
  return encodePng(width, height, 2, rows);
}

