/**
 * The vault: `<dataFolder>/vault/`, where each sealed appraisal is kept as its canonical JSON,
 * its PDF and a small seal record, write-once and named by document id and fingerprint.
 *
 * The seal record (`.seal.json`: documentId, fingerprint, pdfSha256, sealedAt, auditHead) is
 * written last, so it marks a complete seal. The PDF's hash lives there rather than in the
 * seal event's detail because the PDF prints the seal event's own hash (the chain head), so
 * the event cannot also hold the PDF's hash. Files of a document id without a seal record were
 * never acknowledged (a crash mid-seal); sealing again moves them to `vault/incomplete/`.
 *
 * Drafts printed for paper signing live in `<dataFolder>/drafts/` and are replaced freely.
 */
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { readdirOrEmpty } from '../folderEntries';
import { join } from 'node:path';
import { sha256Hex } from '../nativeSha256';
import { syncFolder, writeFileAtomic, writeFileOnce, type AtomicWriteOptions } from '../atomicFile';
import { createQueue } from '../audit/serialQueue';
import { draftFileName, parseVaultFileName, vaultFileName, type VaultFileKind } from './vaultNames';
import { checkSealedFiles, type SealedFilesCheck } from './vaultCheck';
import { sealRecordSchema, type SealRecord, type VaultFiles } from './vaultTypes';

export { type SealRecord } from './vaultTypes';
import { appendTombstones, readTombstones, type Tombstone } from './vaultTombstones';

export interface VaultDeps {
  dataFolder: string;
  now(): Date;
  /** For tests: forces failures in the write-once step. */
  writeOptions?: AtomicWriteOptions;
}

export interface SealedFilesInput {
  /** The document's canonical JSON (RFC 8785), exactly the text that was fingerprinted. */
  canonicalJson: string;
  pdf: Uint8Array;
  seal: SealRecord;
}

export interface Vault {
  readonly folder: string;
  /** The complete seal for this document id, or null when it was never (fully) sealed. */
  readSeal(documentId: string): Promise<SealRecord | null>;
  /** Writes the three files, write-once; an existing different file refuses the whole write. */
  writeSealed(input: SealedFilesInput): Promise<void>;
  /** Re-reads and re-hashes a document's files against what was sealed. */
  check(documentId: string, expectedFingerprint: string | null): Promise<SealedFilesCheck>;
  /** The path of a sealed PDF, or null when it is not there. */
  sealedPdfPath(documentId: string): Promise<string | null>;
  /**
   * Every complete seal in the vault, sorted by document id. Only the small seal records are
   * read, so listing thousands of documents stays cheap.
   */
  listSealed(): Promise<SealRecord[]>;
  /** The bytes of a sealed document's record (canonical JSON) or PDF, as they are on disk now. */
  readSealedFile(seal: SealRecord, kind: 'json' | 'pdf'): Promise<Buffer>;
  /** Where that file is, for a reader of its own (the exports read thousands into reused buffers). */
  sealedFilePath(seal: SealRecord, kind: 'json' | 'pdf'): string;
  /** True once the document was destroyed after retention: its id can never be sealed again. */
  isDestroyed(documentId: string): Promise<boolean>;
  /** Remembers these documents as destroyed (flushed to disk) before any of their files go. */
  recordDestroyed(documents: readonly { documentId: string; fingerprint: string }[]): Promise<void>;
  /**
   * Removes every file of these documents from the vault: the ONLY deletion the vault allows,
   * and only of documents already recorded as destroyed (records:destroy decides, from main's
   * own facts, and records them first). Returns how many of the documents still had files.
   */
  removeDestroyedFiles(documentIds: readonly string[]): Promise<number>;
  /** Every document id with any file in the vault (sealed or not), from one folder listing. */
  documentIdsWithFiles(): Promise<Set<string>>;
  /** Removes temp files left by writes a crash interrupted; returns how many. */
  removeTempFiles(): Promise<number>;
  writeDraft(documentId: string, pdf: Uint8Array): Promise<string>;
  draftPdfPath(documentId: string): string;
}

/** The names writeFileAtomic and writeFileOnce give their temp files (`.<name>.<hex>.tmp`). */
const isTempFileName = (name: string) => /^\..+\.[0-9a-f]{12}\.tmp$/.test(name);

/** The order a destroyed document's files are removed in: its seal record first. */
const removalOrder = ['seal.json', 'json', 'pdf'] as const satisfies readonly VaultFileKind[];

const vaultFolderName = 'vault';
const draftsFolderName = 'drafts';

export function openVault(deps: VaultDeps): Vault {
  const folder = join(deps.dataFolder, vaultFolderName);
  const draftsFolder = join(deps.dataFolder, draftsFolderName);
  const queue = createQueue();
  let tombstones: Promise<Map<string, Tombstone>> | null = null;
  const destroyed = () => {
    tombstones ??= readTombstones(folder).catch((error: unknown) => {
      tombstones = null;
      throw error;
    });
    return tombstones;
  };

  /**
   * Every vault file of one document id, grouped by fingerprint prefix. A vault of thousands of
   * documents lists tens of thousands of names; only those that start with the id and a dot
   * (ids have no dots) are sorted and read, not every name (sealing lists the vault twice).
   */
  async function filesOf(documentId: string): Promise<Map<string, VaultFiles>> {
    const groups = new Map<string, VaultFiles>();
    const prefix = `${documentId}.`;
    const names = (await readdirOrEmpty(folder)).filter((name) => name.startsWith(prefix));
    for (const name of names.sort()) {
      const parsed = parseVaultFileName(name);
      if (parsed === null || parsed.documentId !== documentId) continue;
      const group = groups.get(parsed.fingerprintPrefix) ?? {};
      group[parsed.kind] = join(folder, name);
      groups.set(parsed.fingerprintPrefix, group);
    }
    return groups;
  }

  async function readSealAt(path: string | undefined): Promise<SealRecord | null> {
    if (path === undefined) return null;
    try {
      const parsed = sealRecordSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  async function readSealNow(documentId: string): Promise<SealRecord | null> {
    return readSealIn(await filesOf(documentId));
  }

  async function readSealIn(groups: Map<string, VaultFiles>): Promise<SealRecord | null> {
    for (const files of groups.values()) {
      const seal = await readSealAt(files['seal.json']);
      if (seal !== null) return seal;
    }
    return null;
  }

  async function setAsideIncomplete(groups: Map<string, VaultFiles>): Promise<void> {
    const incomplete = [...groups.values()].filter((files) => files['seal.json'] === undefined);
    if (incomplete.length === 0) return;
    const aside = join(folder, 'incomplete');
    await mkdir(aside, { recursive: true });
    const stamp = deps.now().toISOString().replaceAll(':', '-');
    for (const files of incomplete)
      for (const path of Object.values(files)) {
        const name = path.slice(folder.length + 1);
        await rename(path, join(aside, `${name}.${stamp}`));
      }
  }

  const sealedFilePath = (seal: SealRecord, kind: 'json' | 'pdf') =>
    join(folder, vaultFileName(seal.documentId, seal.fingerprint, kind));

  return {
    folder,
    readSeal: (documentId) => queue.run(() => readSealNow(documentId)),
    writeSealed: (input) =>
      queue.run(async () => {
        const { documentId, fingerprint } = input.seal;
        if (sha256Hex(input.canonicalJson) !== fingerprint)
          throw new Error('The record does not match its fingerprint, so it was not sealed.');
        if (sha256Hex(input.pdf) !== input.seal.pdfSha256)
          throw new Error('The PDF does not match its recorded hash, so it was not sealed.');
        if ((await destroyed()).has(documentId))
          throw new Error(
            `Document ${documentId} was destroyed after its retention period, so it cannot be sealed again.`,
          );
        await mkdir(folder, { recursive: true });
        // One listing for both: nothing else writes the vault while this job runs.
        const groups = await filesOf(documentId);
        const existing = await readSealIn(groups);
        if (existing !== null && existing.fingerprint !== fingerprint)
          throw new Error(
            `Version ${documentId} was already sealed with different contents. A change to a sealed appraisal needs an amendment.`,
          );
        await setAsideIncomplete(groups);
        const path = (kind: VaultFileKind) => join(folder, vaultFileName(documentId, fingerprint, kind));
        const options = deps.writeOptions ?? {};
        const files: [string, Uint8Array][] = [
          [path('json'), Buffer.from(input.canonicalJson, 'utf8')],
          [path('pdf'), input.pdf],
          [path('seal.json'), Buffer.from(`${JSON.stringify(input.seal, null, 2)}\n`, 'utf8')],
        ];
        const written: string[] = [];
        try {
          for (const [target, bytes] of files)
            if ((await writeFileOnce(target, bytes, options)) === 'written') written.push(target);
        } catch (error) {
          // Without its seal record nothing was sealed: take back what this attempt wrote.
          for (const target of written) await rm(target, { force: true });
          throw error;
        }
      }),
    check: (documentId, expectedFingerprint) =>
      queue.run(async () => {
        const groups = await filesOf(documentId);
        const seals = new Map<string, SealRecord | null>();
        for (const [prefix, files] of groups) seals.set(prefix, await readSealAt(files['seal.json']));
        return checkSealedFiles({ documentId, expectedFingerprint, groups, seals });
      }),
    sealedPdfPath: (documentId) =>
      queue.run(async () => {
        const seal = await readSealNow(documentId);
        if (seal === null) return null;
        return (await filesOf(documentId)).get(seal.fingerprint.slice(0, 16))?.pdf ?? null;
      }),
    listSealed: () =>
      queue.run(async () => {
        const sealFiles = (await readdirOrEmpty(folder)).sort().flatMap((name) => {
          const parsed = parseVaultFileName(name);
          return parsed?.kind === 'seal.json' ? [{ path: join(folder, name), parsed }] : [];
        });
        const seals: SealRecord[] = [];
        // 16 at a time: read one by one, thousands of small files left main waiting on each.
        for (let at = 0; at < sealFiles.length; at += 16) {
          const batch = sealFiles.slice(at, at + 16);
          const read = await Promise.all(batch.map(({ path }) => readSealAt(path)));
          for (const [index, { parsed }] of batch.entries()) {
            const seal = read[index];
            // A seal record that names another document or fingerprint is not this file's seal.
            if (
              seal?.documentId === parsed.documentId &&
              seal.fingerprint.startsWith(parsed.fingerprintPrefix)
            )
              seals.push(seal);
          }
        }
        return seals;
      }),
    readSealedFile: (seal, kind) => readFile(sealedFilePath(seal, kind)),
    sealedFilePath,
    isDestroyed: async (documentId) => (await destroyed()).has(documentId),
    recordDestroyed: (documents) =>
      queue.run(async () => {
        const known = await destroyed();
        const destroyedAt = deps.now().toISOString();
        const fresh = documents
          .filter((document) => !known.has(document.documentId))
          .map((document) => ({ ...document, destroyedAt }));
        await appendTombstones(folder, fresh);
        for (const tombstone of fresh) known.set(tombstone.documentId, tombstone);
      }),
    removeDestroyedFiles: (documentIds) =>
      queue.run(async () => {
        const known = await destroyed();
        let removed = 0;
        for (const documentId of documentIds) {
          if (!known.has(documentId))
            throw new Error(`Document ${documentId} was not recorded as destroyed, so its files were kept.`);
          const groups = await filesOf(documentId);
          if (groups.size === 0) continue;
          // The seal record goes first: once it is gone the document is no longer listed as
          // sealed, so a removal that stops part-way never leaves a "sealed" document whose
          // record file is missing (which would stop every later destroy reading whose it is).
          for (const files of groups.values())
            for (const kind of removalOrder) {
              const path = files[kind];
              if (path !== undefined) await rm(path, { force: true });
            }
          removed += 1;
        }
        if (removed > 0) await syncFolder(folder);
        return removed;
      }),
    documentIdsWithFiles: () =>
      queue.run(async () => {
        const names = await readdirOrEmpty(folder);
        return new Set(names.flatMap((name) => parseVaultFileName(name)?.documentId ?? []));
      }),
    removeTempFiles: () =>
      queue.run(async () => {
        let removed = 0;
        for (const where of [folder, draftsFolder]) {
          for (const name of (await readdirOrEmpty(where)).filter(isTempFileName)) {
            await rm(join(where, name), { force: true });
            removed += 1;
          }
        }
        return removed;
      }),
    writeDraft: async (documentId, pdf) => {
      await mkdir(draftsFolder, { recursive: true });
      const path = join(draftsFolder, draftFileName(documentId));
      await writeFileAtomic(path, pdf, deps.writeOptions ?? {});
      return path;
    },
    draftPdfPath: (documentId) => join(draftsFolder, draftFileName(documentId)),
  };
}
