/**
 * A minimal PNG encoder for 8-bit truecolour (2) or truecolour with alpha (6) images whose rows
 * are already filtered (each row starts with its filter byte). Enough for flattening pictures
 * onto white before pdfkit sees them, and for test fixtures; not a general image library.
 */
import { crc32, deflateSync } from 'node:zlib';

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function encodePng(
  width: number,
  height: number,
  colourType: 2 | 6,
  filteredRows: Uint8Array,
  compressionLevel = 6,
): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, colourType, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from(pngSignature),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(filteredRows, { level: compressionLevel })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  typeAndData.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  return out;
}
