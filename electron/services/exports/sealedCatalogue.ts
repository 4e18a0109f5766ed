/**
 * What the exports need to know about every sealed document in the vault, read one record at a
 * time and kept small (no record text, no PDF): who, when, scores, and whether a later sealed
 * version replaced it. Each record is re-hashed as it is read, so an altered record is found
 * before anything is exported.
 */
import { appraisalDocumentSchema, type AppraisalDocument } from '../../../shared/documents/appraisalDocument';
import { recordRowOf, type RecordRow } from '../../../shared/records/recordRow';
import { sha256Hex } from '../../../shared/integrity/sha256';
import type { SealRecord, Vault } from '../vault/vault';

/** One sealed document as the exports list it: the shared records row, plus its seal. */
export interface CatalogueEntry extends RecordRow {
  status: 'signed' | 'superseded';
  seal: SealRecord;
  supersedesDocumentId: string | null;
}

/** A sealed document whose record no longer matches its seal; exports refuse to carry it. */
export class AlteredRecordError extends Error {
  readonly documentId: string;
  constructor(documentId: string, reason: string) {
    super(`Document ${documentId} ${reason}`);
    this.name = 'AlteredRecordError';
    this.documentId = documentId;
  }
}

/** Reads and checks one sealed record: its bytes must hash to the sealed fingerprint. */
export async function readSealedDocument(
  vault: Vault,
  seal: SealRecord,
): Promise<{ text: string; document: AppraisalDocument }> {
  let bytes: Buffer;
  try {
    bytes = await vault.readSealedFile(seal, 'json');
  } catch {
    throw new AlteredRecordError(seal.documentId, 'is missing its record file in the vault.');
  }
  if (sha256Hex(bytes) !== seal.fingerprint)
    throw new AlteredRecordError(
      seal.documentId,
      'was changed after it was sealed: its fingerprint no longer matches.',
    );
  const text = bytes.toString('utf8');
  const parsed = appraisalDocumentSchema.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new AlteredRecordError(seal.documentId, 'cannot be read as an appraisal record.');
  return { text, document: parsed.data };
}

/** Reads a sealed PDF and checks it is byte for byte the one sealed. */
export async function readSealedPdf(vault: Vault, seal: SealRecord): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await vault.readSealedFile(seal, 'pdf');
  } catch {
    throw new AlteredRecordError(seal.documentId, 'is missing its PDF in the vault.');
  }
  if (sha256Hex(bytes) !== seal.pdfSha256)
    throw new AlteredRecordError(seal.documentId, 'has a PDF that was changed after it was sealed.');
  return bytes;
}

export async function readCatalogue(
  vault: Vault,
  onProgress: (done: number, total: number) => Promise<void>,
): Promise<CatalogueEntry[]> {
  const seals = await vault.listSealed();
  const entries: CatalogueEntry[] = [];
  for (const [index, seal] of seals.entries()) {
    const { document } = await readSealedDocument(vault, seal);
    // The name as it was sealed: a pack stands on its own, without the register.
    const row = recordRowOf(
      { ...document.appraisal, status: 'signed', sealed: seal },
      document.framework,
      document.appraisal.header.staffName,
    );
    entries.push({
      ...row,
      status: 'signed',
      seal,
      supersedesDocumentId: document.supersedes?.documentId ?? null,
    });
    await onProgress(index + 1, seals.length);
  }
  const replaced = new Set(entries.flatMap((entry) => entry.supersedesDocumentId ?? []));
  for (const entry of entries) if (replaced.has(entry.seal.documentId)) entry.status = 'superseded';
  return entries;
}
