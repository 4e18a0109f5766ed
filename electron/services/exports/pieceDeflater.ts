/**
 * Deflate for ZIP entries, in Node's own zlib on the libuv thread pool rather than in
 * JavaScript on main. Text is gathered into a reused 512 KiB buffer and given to one zlib
 * stream a piece at a time; every piece ends with a full flush (byte-aligned, no reference to
 * anything before it), so a piece deflated elsewhere can be put between two of them and the
 * whole is still one valid deflate stream of the bytes in order.
 *
 * records.json uses that for the pinned framework that every record carries whole (about 70%
 * of each record, the same bytes in every record of that framework version): it is deflated
 * once (deflatePiece) and that piece put in for each record, so zlib only sees the rest.
 */
import { promisify } from 'node:util';
import { constants, createDeflateRaw, deflateRaw } from 'node:zlib';

const deflate = promisify(deflateRaw);

const pieceBytes = 512 * 1024;

/**
 * zlib's level 1: on records.json (JSON text and the base64 PNGs of signatures) it is about
 * twice as fast as level 6 for a file about 15% larger; the pack's size is mostly its PDFs.
 */
const deflateLevel = 1;

/**
 * `bytes` deflated as one piece of a longer stream: byte-aligned, not final, self-contained.
 * At zlib's smallest (level 9): a piece is made once and put in many times (a framework in
 * every record of its version: 9.7 KB for one of 30 KB, against 11 KB at level 1).
 */
export function deflatePiece(bytes: Uint8Array): Promise<Buffer> {
  return deflate(bytes, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
}

export interface PieceDeflater {
  /** Takes a copy of the bytes: the caller may reuse its buffer when this resolves. */
  push(bytes: Uint8Array): Promise<void>;
  /**
   * Adds a piece made by deflatePiece, after everything pushed before it; it has been passed to
   * `output` when this resolves.
   */
  pushDeflated(piece: Uint8Array): Promise<void>;
  /** Deflates what is left and ends the stream; every output piece has been passed on. */
  end(): Promise<void>;
}

/** `output` receives the deflated bytes in order; each call is awaited before the next. */
export function createPieceDeflater(output: (bytes: Uint8Array) => Promise<void>): PieceDeflater {
  const zlib = createDeflateRaw({ level: deflateLevel, flush: constants.Z_FULL_FLUSH });
  const made: Buffer[] = [];
  let failed: { error: Error } | null = null;
  zlib.on('data', (chunk: Buffer) => made.push(chunk));
  zlib.on('error', (error) => {
    failed = { error };
  });
  const held = Buffer.allocUnsafeSlow(pieceBytes);
  let heldBytes = 0;

  /** Passes on what zlib has made so far. */
  async function passOn(): Promise<void> {
    if (failed !== null) throw failed.error;
    for (let chunk = made.shift(); chunk !== undefined; chunk = made.shift()) await output(chunk);
  }

  /** Deflates what is held, as one piece; `held` is free again when this resolves. */
  async function deflateHeld(): Promise<void> {
    if (heldBytes === 0) return;
    const piece = held.subarray(0, heldBytes);
    await new Promise<void>((resolve, reject) => {
      zlib.write(piece, (error) => {
        if (error === null || error === undefined) resolve();
        else reject(error);
      });
    });
    heldBytes = 0;
    await passOn();
  }

  return {
    async push(bytes) {
      for (let at = 0; at < bytes.byteLength;) {
        const take = Math.min(bytes.byteLength - at, pieceBytes - heldBytes);
        held.set(bytes.subarray(at, at + take), heldBytes);
        heldBytes += take;
        at += take;
        if (heldBytes === pieceBytes) await deflateHeld();
      }
    },
    async pushDeflated(piece) {
      await deflateHeld();
      await output(piece);
    },
    async end() {
      await deflateHeld();
      await new Promise<void>((resolve, reject) => {
        zlib.once('end', resolve);
        zlib.once('error', reject);
        zlib.end();
      });
      await passOn();
    },
  };
}
