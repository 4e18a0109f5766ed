/**
 * The sealed documents a pack carries, from one read of the vault's catalogue: the ones `chosen`
 * picks, with their record bytes (checked against the seal in that read) kept for records.json,
 * in meeting-date order and then document id, so the same records always list alike.
 */
import { throwIfCancelled } from './exportJobs';
import type { KeptRecords } from './keptRecords';
import { readCatalogue, type CatalogueEntry } from './sealedCatalogue';
import type { Vault } from '../vault/vault';

export async function readPackSelection(
  vault: Vault,
  kept: KeptRecords,
  chosen: (entry: CatalogueEntry) => boolean,
  reading: { signal: AbortSignal; onProgress: (done: number, total: number) => void },
): Promise<CatalogueEntry[]> {
  const catalogue = await readCatalogue(
    vault,
    async (done, total) => {
      reading.onProgress(done, total);
      throwIfCancelled(reading.signal);
      // A turn of the event loop between records, so main keeps answering the window.
      await new Promise<void>((resolve) => setImmediate(resolve));
    },
    (entry, bytes) => (chosen(entry) ? kept.keep(entry.seal.fingerprint, bytes) : Promise.resolve()),
  );
  return catalogue
    .filter(chosen)
    .sort(
      (a, b) =>
        a.meetingDate.localeCompare(b.meetingDate) || a.seal.documentId.localeCompare(b.seal.documentId),
    );
}
