/**
 * A backup's sealed records against the vault: each must be in the vault with the fingerprint
 * the backup names, or in the vault's copy beside the backup (the folder off this PC mirrors
 * it), where its files are checked against their fingerprint and seal. After a restore, files
 * the vault lacks are copied in from that copy through the vault's own write-once writer,
 * which checks them again. A document destroyed after retention is not missing: it is gone
 * on purpose and never comes back.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Hex } from '../../../shared/integrity/sha256';
import type { SealRecord, Vault } from '../vault/vault';
import { sealRecordSchema } from '../vault/vaultTypes';
import { vaultFileName } from '../vault/vaultNames';
import type { SealedInBackup } from './databaseFacts';

interface MirrorFiles {
  canonicalJson: string;
  pdf: Buffer;
  seal: SealRecord;
}

/** The document's files from the mirror when all three are there and check out; otherwise null. */
async function readMirrored(mirror: string, sealed: SealedInBackup): Promise<MirrorFiles | null> {
  try {
    const path = (kind: 'json' | 'pdf' | 'seal.json') =>
      join(mirror, vaultFileName(sealed.documentId, sealed.fingerprint, kind));
    const seal = sealRecordSchema.safeParse(JSON.parse(await readFile(path('seal.json'), 'utf8')));
    if (!seal.success || seal.data.fingerprint !== sealed.fingerprint) return null;
    const canonicalJson = await readFile(path('json'), 'utf8');
    const pdf = await readFile(path('pdf'));
    if (sha256Hex(canonicalJson) !== sealed.fingerprint || sha256Hex(pdf) !== seal.data.pdfSha256)
      return null;
    return { canonicalJson, pdf, seal: seal.data };
  } catch {
    return null;
  }
}

/** The sealed records neither the vault nor the mirror holds intact (destroyed ones left out). */
export async function missingSealed(
  vault: Vault,
  sealed: readonly SealedInBackup[],
  mirror: string | null,
): Promise<SealedInBackup[]> {
  const inVault = new Map((await vault.listSealed()).map((seal) => [seal.documentId, seal.fingerprint]));
  const missing: SealedInBackup[] = [];
  for (const record of sealed) {
    if (inVault.get(record.documentId) === record.fingerprint) continue;
    if (await vault.isDestroyed(record.documentId)) continue;
    if (mirror !== null && (await readMirrored(mirror, record)) !== null) continue;
    missing.push(record);
  }
  return missing;
}

/** Copies into the vault what it lacks and the mirror holds; returns how many documents came in. */
export async function copyMissingSealed(
  vault: Vault,
  sealed: readonly SealedInBackup[],
  mirror: string | null,
): Promise<number> {
  if (mirror === null) return 0;
  const inVault = new Map((await vault.listSealed()).map((seal) => [seal.documentId, seal.fingerprint]));
  let copied = 0;
  for (const record of sealed) {
    if (inVault.has(record.documentId) || (await vault.isDestroyed(record.documentId))) continue;
    const files = await readMirrored(mirror, record);
    if (files === null) continue;
    await vault.writeSealed(files);
    if ((await vault.check(record.documentId, record.fingerprint)).status === 'intact') copied += 1;
  }
  return copied;
}
