/**
 * `backup:readDatabase`: a verified backup's database export handed back to the renderer in
 * pieces of at most `maxBackupChunkLength` characters, by character offset. One inflating
 * stream is kept open with its position, so reading the pieces in order inflates the entry
 * once, never whole; a piece asked for again (a retry) starts the stream over and skips to it.
 * A piece never ends between the two halves of a surrogate pair.
 */
import { StringDecoder } from 'node:string_decoder';
import { maxBackupChunkLength } from '../../../shared/backup/backupContract';
import { openZipReader } from '../exports/zipReader';
import { databasePart } from './backupManifest';
import { entryChunks } from './backupZipEntries';

export interface DatabaseStream {
  read(offset: number): Promise<{ text: string; nextOffset: number | null }>;
  close(): Promise<void>;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

export function openDatabaseStream(path: string, pieceLength = maxBackupChunkLength): DatabaseStream {
  let chunks: AsyncGenerator<Buffer> | null = null;
  let decoder = new StringDecoder('utf8');
  let pending = '';
  let position = 0;
  let ended = false;

  async function restart(): Promise<void> {
    await chunks?.return(undefined);
    const zip = await openZipReader(path);
    const entry = zip.entries.find((candidate) => candidate.name === databasePart);
    await zip.close();
    if (entry === undefined) throw new Error('The backup holds no database.');
    chunks = entryChunks(path, entry);
    decoder = new StringDecoder('utf8');
    pending = '';
    position = 0;
    ended = false;
  }

  /** Reads on until `pending` holds more than `length` characters or the entry ends. */
  async function fill(length: number): Promise<void> {
    while (!ended && pending.length <= length) {
      const next = await chunks?.next();
      if (next === undefined || next.done === true) {
        pending += decoder.end();
        ended = true;
      } else pending += decoder.write(next.value);
    }
  }

  /** Takes up to `length` characters off the front, never half a surrogate pair (unless skipping). */
  function take(length: number, skipping = false): string {
    let cut = Math.min(length, pending.length);
    if (!skipping && cut < pending.length && cut > 1 && isHighSurrogate(pending.charCodeAt(cut - 1)))
      cut -= 1;
    const text = pending.slice(0, cut);
    pending = pending.slice(cut);
    position += cut;
    return text;
  }

  async function readAt(offset: number): Promise<{ text: string; nextOffset: number | null }> {
    if (chunks === null || offset < position) await restart();
    while (position < offset) {
      await fill(pieceLength);
      if (pending.length === 0) break;
      take(Math.min(pieceLength, offset - position), true);
    }
    if (position !== offset) return { text: '', nextOffset: null };
    await fill(pieceLength);
    const text = take(pieceLength);
    return { text, nextOffset: ended && pending.length === 0 ? null : position };
  }

  // Two readers of the same backup (a screen opened twice) each get whole, correct pieces: reads
  // take turns, because each moves the one shared stream.
  let turn: Promise<unknown> = Promise.resolve();
  return {
    read(offset) {
      const next = turn.then(() => readAt(offset));
      turn = next.catch(() => undefined);
      return next;
    },
    async close() {
      await chunks?.return(undefined);
      chunks = null;
    },
  };
}
