/**
 * Reads the vault page by page for "Rebuild records from the signed documents": every sealed
 * document that was not destroyed, in document-id order, each record re-hashed against its
 * seal (readSealedDocument, the same check the exports make) before it is sent. A record that
 * fails is left out and said, never sent half-trusted.
 */
import type { AppraisalDocument } from '../../../shared/documents/appraisalDocument';
import { AlteredRecordError, readSealedDocument } from '../exports/sealedCatalogue';
import { yieldToEventLoop } from '../pdf/yieldToEventLoop';
import type { SealRecord, Vault } from '../vault/vault';

export interface SealedPage {
  documents: { seal: SealRecord; document: AppraisalDocument }[];
  skipped: { documentId: string; reason: string }[];
  /** The last document id this page looked at, while more remain; null at the end. */
  next: string | null;
}

/** Seals grouped by document id, in plain code-unit order (the cursor compares the same way). */
export interface SealedListing {
  ids: string[];
  seals: Map<string, SealRecord[]>;
}

export async function listSealedById(vault: Vault): Promise<SealedListing> {
  const seals = new Map<string, SealRecord[]>();
  for (const seal of await vault.listSealed()) {
    const same = seals.get(seal.documentId) ?? [];
    same.push(seal);
    seals.set(seal.documentId, same);
  }
  // Not the listing's file-name order: `a-v1.` sorts after `a-v1-b-v1.` by name, before it by id.
  const ids = [...seals.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { ids, seals };
}

/** Complete sealed documents the vault holds that were not destroyed. */
export async function countSealed(vault: Vault): Promise<number> {
  let count = 0;
  for (const documentId of (await listSealedById(vault)).ids)
    if (!(await vault.isDestroyed(documentId))) count += 1;
  return count;
}

export async function readSealedPage(
  vault: Vault,
  listing: SealedListing,
  after: string | null,
  limit: number,
): Promise<SealedPage> {
  const start = after === null ? 0 : listing.ids.findIndex((id) => id > after);
  const ids = start === -1 ? [] : listing.ids.slice(start, start + limit);
  const page: SealedPage = { documents: [], skipped: [], next: null };
  for (const documentId of ids) {
    // Reading and parsing one record takes a few milliseconds: let main's other work in between.
    await yieldToEventLoop();
    if (await vault.isDestroyed(documentId)) continue;
    const seals = listing.seals.get(documentId) ?? [];
    const [seal] = seals;
    if (seal === undefined) continue;
    if (seals.length > 1) {
      page.skipped.push({
        documentId,
        reason: `There is more than one sealed copy of document ${documentId} in the vault, so it is not known which one was signed.`,
      });
      continue;
    }
    const read = await readChecked(vault, seal);
    if ('reason' in read) page.skipped.push({ documentId, reason: read.reason });
    else page.documents.push({ seal, document: read.document });
  }
  const last = ids.at(-1);
  page.next = last !== undefined && last !== listing.ids.at(-1) ? last : null;
  return page;
}

async function readChecked(
  vault: Vault,
  seal: SealRecord,
): Promise<{ document: AppraisalDocument } | { reason: string }> {
  try {
    const { document } = await readSealedDocument(vault, seal);
    // The seal names the document by its file name; the record must say it is that document.
    if (document.documentId !== seal.documentId)
      return { reason: `Document ${seal.documentId} holds the record of another document.` };
    return { document };
  } catch (error) {
    if (error instanceof AlteredRecordError) return { reason: error.message };
    if (error instanceof SyntaxError)
      return { reason: `Document ${seal.documentId} cannot be read as an appraisal record.` };
    throw error;
  }
}
