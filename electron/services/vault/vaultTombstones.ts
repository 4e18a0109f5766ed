/**
 * The vault's memory of what it destroyed: `vault/destroyed.jsonl`, one line per destroyed
 * document (id, fingerprint, when), appended and flushed before any file of it is removed.
 * A destroyed id can never be sealed again, so a record destroyed after retention cannot come
 * back with other contents under the same name.
 */
import { mkdir, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { documentIdPattern } from '../../../shared/documents/documentId';
import { sha256HexPattern } from '../../../shared/integrity/sha256';
import { syncFolder } from '../atomicFile';

const tombstonesFileName = 'destroyed.jsonl';

const tombstoneSchema = z
  .object({
    documentId: z.string().regex(documentIdPattern),
    fingerprint: z.string().regex(sha256HexPattern),
    destroyedAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type Tombstone = z.infer<typeof tombstoneSchema>;

/**
 * Every destroyed document id. A line that does not read (a torn last line) is skipped: the
 * destroy event in the audit log names the same documents, and the caller adds those too.
 */
export async function readTombstones(vaultFolder: string): Promise<Map<string, Tombstone>> {
  let text: string;
  try {
    text = await readFile(join(vaultFolder, tombstonesFileName), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
  const tombstones = new Map<string, Tombstone>();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      continue;
    }
    const parsed = tombstoneSchema.safeParse(value);
    if (parsed.success) tombstones.set(parsed.data.documentId, parsed.data);
  }
  return tombstones;
}

/** Appends tombstones and flushes them to disk before resolving. */
export async function appendTombstones(vaultFolder: string, entries: readonly Tombstone[]): Promise<void> {
  if (entries.length === 0) return;
  await mkdir(vaultFolder, { recursive: true });
  const file = join(vaultFolder, tombstonesFileName);
  const handle = await open(file, 'a');
  try {
    // A line torn by a power cut is completed by the newline that starts the next append.
    await handle.writeFile(`\n${entries.map((entry) => JSON.stringify(entry)).join('\n')}\n`, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await syncFolder(vaultFolder);
}
