/**
 * The records a pack will carry, kept from the catalogue's one read (checked against the seal
 * there) until records.json takes them in its own order, so no record is read from the vault
 * twice. They wait in a temp file beside the pack's own, so memory holds a few records however
 * many there are; each record's framework (about 70% of it, the same bytes in every record of
 * that framework version) is kept once in memory instead, with its deflated piece made the
 * first time records.json asks for it. The temp file is removed when the pack ends, made or not.
 */
import { randomBytes } from 'node:crypto';
import { open, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { deflatePiece } from './pieceDeflater';
import { filesReadAhead } from './readAhead';
import { bufferPool, type PooledBytes } from './readPool';
import { frameworkAt } from './recordFramework';

/** A framework's bytes and their piece (pieceDeflater.ts), made once. */
interface KeptFramework {
  text: Buffer;
  piece(): Promise<Buffer>;
}

/** A kept record: its bytes are `before`, then the framework's, then `after`. */
export interface KeptRecord {
  before: Uint8Array;
  framework: KeptFramework | null;
  after: Uint8Array;
  release: () => void;
}

export interface KeptRecords {
  /** Keeps a copy of a record's bytes, which hash to `fingerprint`; the caller may reuse its buffer. */
  keep(fingerprint: string, bytes: Buffer): Promise<void>;
  /** The record kept under this fingerprint (the caller releases it); only after every keep. */
  take(fingerprint: string): Promise<KeptRecord>;
  /** Closes and removes the temp file; safe after any failure. */
  remove(): Promise<void>;
}

const writeBytes = 256 * 1024;

/** `target`: the pack being made; the temp file goes beside it. */
export async function openKeptRecords(target: string): Promise<KeptRecords> {
  const temp = join(
    dirname(target),
    `.${basename(target)}.${randomBytes(6).toString('hex')}.records.partial`,
  );
  const handle = await open(temp, 'wx+');
  const placed = new Map<
    string,
    { offset: number; before: number; after: number; framework: KeptFramework | null }
  >();
  const frameworks: KeptFramework[] = [];
  const buffers = bufferPool(filesReadAhead + 4, 64 * 1024);
  let filling = Buffer.allocUnsafeSlow(writeBytes);
  let spare = Buffer.allocUnsafeSlow(writeBytes);
  let gathered = 0;
  /** Where the next record goes in the file, and where the gathered bytes go. */
  let end = 0;
  let gatheredAt = 0;
  let writing: Promise<unknown> = Promise.resolve();
  let closed = false;

  function frameworkOf(bytes: Buffer, start: number, finish: number): KeptFramework {
    const length = finish - start;
    const known = frameworks.find(
      ({ text }) => text.byteLength === length && bytes.compare(text, 0, length, start, finish) === 0,
    );
    if (known !== undefined) return known;
    let piece: Promise<Buffer> | null = null;
    const text = Buffer.from(bytes.subarray(start, finish));
    const framework = { text, piece: () => (piece ??= deflatePiece(text)) };
    frameworks.push(framework);
    return framework;
  }

  /** Starts writing what is gathered, once the write before it is done. */
  async function flush(): Promise<void> {
    await writing;
    if (gathered === 0) return;
    const chunk = filling.subarray(0, gathered);
    const position = gatheredAt;
    [filling, spare] = [spare, filling];
    gatheredAt += gathered;
    gathered = 0;
    writing = handle.write(chunk, 0, chunk.byteLength, position);
    // Awaited by the next flush; marked so a failure is never reported as unhandled first.
    writing.catch(() => undefined);
  }

  async function put(bytes: Uint8Array): Promise<void> {
    end += bytes.byteLength;
    for (let at = 0; at < bytes.byteLength;) {
      const take = Math.min(bytes.byteLength - at, writeBytes - gathered);
      filling.set(bytes.subarray(at, at + take), gathered);
      gathered += take;
      at += take;
      if (gathered === writeBytes) await flush();
    }
  }

  let settled: Promise<unknown> | null = null;

  return {
    async keep(fingerprint, bytes) {
      if (placed.has(fingerprint)) return;
      const at = frameworkAt(bytes);
      const offset = end;
      if (at === null) {
        placed.set(fingerprint, { offset, before: bytes.byteLength, after: 0, framework: null });
        await put(bytes);
        return;
      }
      const framework = frameworkOf(bytes, at.start, at.end);
      placed.set(fingerprint, {
        offset,
        before: at.start,
        after: bytes.byteLength - at.end,
        framework,
      });
      await put(bytes.subarray(0, at.start));
      await put(bytes.subarray(at.end));
    },
    async take(fingerprint) {
      settled ??= flush().then(() => writing);
      await settled;
      const where = placed.get(fingerprint);
      if (where === undefined) throw new Error('A record was asked for that the catalogue did not keep.');
      const length = where.before + where.after;
      const read: PooledBytes = buffers.take(length);
      const { bytesRead } = await handle.read(read.bytes, 0, length, where.offset);
      if (bytesRead !== length) {
        read.release();
        throw new Error('A kept record could not be read back.');
      }
      return {
        before: read.bytes.subarray(0, where.before),
        framework: where.framework,
        after: read.bytes.subarray(where.before),
        release: read.release,
      };
    },
    async remove() {
      await writing.catch(() => undefined);
      if (!closed) {
        closed = true;
        await handle.close().catch(() => undefined);
      }
      await rm(temp, { force: true });
    },
  };
}
