/**
 * What the exports need to know about every sealed document in the vault, read a few records
 * ahead and kept small (no record text, no PDF): who, when, scores, and whether a later sealed
 * version replaced it. Each record is re-hashed as it is read (SHA-256 in node:crypto), so an
 * altered record is found before anything is exported.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { appraisalDocumentSchema, type AppraisalDocument } from '../../../shared/documents/appraisalDocument';
import type { Framework } from '../../../shared/framework/frameworkSchema';
import { recordRowOf, type RecordRow } from '../../../shared/records/recordRow';
import type { SealRecord, Vault } from '../vault/vault';
import { filesReadAhead, readAhead } from './readAhead';
import { createReadPool, type PooledBytes, type ReadPool } from './readPool';
import { recordParser, type RecordWithFramework } from './recordFramework';

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

/** Buffers for the files read ahead and a few being worked on; a record or PDF fits one. */
export const sealedFilesPool = () => createReadPool(filesReadAhead + 4, 256 * 1024);

const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const problems = {
  json: {
    missing: 'is missing its record file in the vault.',
    changed: 'was changed after it was sealed: its fingerprint no longer matches.',
  },
  pdf: {
    missing: 'is missing its PDF in the vault.',
    changed: 'has a PDF that was changed after it was sealed.',
  },
} as const;

const sealedHash = (seal: SealRecord, kind: 'json' | 'pdf') =>
  kind === 'json' ? seal.fingerprint : seal.pdfSha256;

/**
 * Reads a sealed record or PDF into a pooled buffer and checks it is byte for byte the one
 * sealed (SHA-256 in node:crypto); the caller releases it.
 */
export async function readSealedInto(
  pool: ReadPool,
  vault: Vault,
  seal: SealRecord,
  kind: 'json' | 'pdf',
): Promise<PooledBytes> {
  let read: PooledBytes;
  try {
    read = await pool.read(vault.sealedFilePath(seal, kind));
  } catch {
    throw new AlteredRecordError(seal.documentId, problems[kind].missing);
  }
  if (sha256Hex(read.bytes) !== sealedHash(seal, kind)) {
    read.release();
    throw new AlteredRecordError(seal.documentId, problems[kind].changed);
  }
  return read;
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
    throw new AlteredRecordError(seal.documentId, problems.json.missing);
  }
  if (sha256Hex(bytes) !== seal.fingerprint)
    throw new AlteredRecordError(seal.documentId, problems.json.changed);
  const text = bytes.toString('utf8');
  const parsed = appraisalDocumentSchema.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new AlteredRecordError(seal.documentId, 'cannot be read as an appraisal record.');
  return { text, document: parsed.data };
}

const { shape } = appraisalDocumentSchema;

/**
 * What the catalogue reads of a record, checked with the document's own schemas: the fields
 * of its row and what it supersedes, and its framework (recordFramework.ts: once per distinct
 * text). The rest (evidence, objectives, signatures) goes into a pack as the bytes that hash
 * to the seal, so checking it again here would only cost time; the whole document was checked
 * when it was sealed.
 */
const catalogueFactsSchema = z.object({
  appraisal: shape.appraisal.pick({
    id: true,
    staffId: true,
    version: true,
    header: true,
    ratings: true,
    nextDueDate: true,
  }),
  supersedes: shape.supersedes,
});

function factsReader(): (seal: SealRecord, bytes: Buffer) => CatalogueFacts {
  const parse = recordParser((framework) => shape.framework.safeParse(framework).data ?? null);
  return (seal, bytes) => {
    const notARecord = () =>
      new AlteredRecordError(seal.documentId, 'cannot be read as an appraisal record.');
    let record: RecordWithFramework;
    try {
      record = parse(bytes);
    } catch (error) {
      if (error instanceof SyntaxError) throw notARecord();
      throw error;
    }
    const parsed = catalogueFactsSchema.safeParse(record.rest);
    if (!parsed.success || record.framework === null) throw notARecord();
    return { ...parsed.data, framework: record.framework };
  };
}

type CatalogueFacts = z.infer<typeof catalogueFactsSchema> & { framework: Framework };

/**
 * Every sealed document, in document id order. `onRecord` sees each entry with its record's
 * bytes, checked against the seal, and is awaited before they are let go (keptRecords.ts keeps
 * the ones a pack will carry).
 */
export async function readCatalogue(
  vault: Vault,
  onProgress: (done: number, total: number) => Promise<void>,
  onRecord: (entry: CatalogueEntry, bytes: Buffer) => Promise<void>,
): Promise<CatalogueEntry[]> {
  const seals = await vault.listSealed();
  const factsOf = factsReader();
  const entries: CatalogueEntry[] = [];
  const pool = sealedFilesPool();
  const records = readAhead(seals, filesReadAhead, async (seal) => ({
    seal,
    record: await readSealedInto(pool, vault, seal, 'json'),
  }));
  for await (const { seal, record } of records) {
    try {
      const entry = entryOf(seal, factsOf(seal, record.bytes));
      entries.push(entry);
      await onRecord(entry, record.bytes);
    } finally {
      record.release();
    }
    await onProgress(entries.length, seals.length);
  }
  const replaced = new Set(entries.flatMap((entry) => entry.supersedesDocumentId ?? []));
  for (const entry of entries) if (replaced.has(entry.seal.documentId)) entry.status = 'superseded';
  return entries;
}

function entryOf(seal: SealRecord, { appraisal, framework, supersedes }: CatalogueFacts): CatalogueEntry {
  // The name as it was sealed: a pack stands on its own, without the register.
  const row = recordRowOf(
    { ...appraisal, status: 'signed', sealed: seal },
    framework,
    appraisal.header.staffName,
  );
  return { ...row, status: 'signed', seal, supersedesDocumentId: supersedes?.documentId ?? null };
}
