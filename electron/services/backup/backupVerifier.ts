/**
 * Checks a backup file from end to end, as main trusts nothing it did not read itself: it is
 * a whole ZIP, its manifest is ours, every part's size and SHA-256 match the manifest, the
 * database export parses, and what main counts in it is what the manifest says. A schema
 * newer than this app reads is not a fault in the file, but it cannot be restored here.
 * Every finding is a sentence for the manager.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { currentSchemaVersion } from '../../../shared/backup/schemaVersion';
import { NotAZipError, openZipReader, type ZipReader } from '../exports/zipReader';
import {
  auditLogPart,
  backupFormat,
  backupFormatVersion,
  backupManifestSchema,
  databasePart,
  manifestPart,
  type BackupManifest,
} from './backupManifest';
import { entryChunks } from './backupZipEntries';
import { createDatabaseReader, DatabaseExportError, type DatabaseFacts } from './databaseFacts';

export interface BackupVerification {
  /** The manifest, when the file has one of ours that reads. */
  manifest: BackupManifest | null;
  /** What main read from the database export itself; null when it could not. */
  facts: DatabaseFacts | null;
  /** Why the file cannot be trusted (empty when every part matched and parsed). */
  problems: string[];
  /** Why it cannot be restored by this app even though it is intact (a newer schema). */
  refusals: string[];
}

const unchanged = ' Nothing was changed.';

const verificationMessages = {
  notWhole: (file: string) =>
    `${file} is not a complete backup file: it ends too soon or is not a ZIP at all (it may have been cut short while it was copied).${unchanged}`,
  foreign: (file: string) =>
    `${file} is not a Care Appraisals backup: it has no backup manifest. An inspection pack or another ZIP cannot be restored; choose a file named “care-appraisals-backup …”.${unchanged}`,
  newerFormat: (file: string) =>
    `${file} was made by a newer version of Care Appraisals, in a backup format this version cannot read. Update Care Appraisals on this PC, then restore it.${unchanged}`,
  damaged: (file: string, part: string) =>
    `${part} in ${file} was changed or damaged after the backup was made (it no longer matches its fingerprint), so the backup cannot be trusted.${unchanged}`,
  missingPart: (file: string, part: string) =>
    `${file} is missing ${part}, so it is not a whole backup.${unchanged}`,
  extraPart: (file: string, part: string) =>
    `${file} holds a file its manifest does not list (${part}), so it was changed after the backup was made.${unchanged}`,
  manifestDisagrees: (file: string) =>
    `The manifest of ${file} does not describe the records the backup holds, so it was changed after the backup was made.${unchanged}`,
  newerSchema: (schemaVersion: number) =>
    `This backup was made by a newer version of Care Appraisals (database version ${schemaVersion}; this version reads up to ${currentSchemaVersion}). Update Care Appraisals on this PC, then restore it.${unchanged}`,
} as const;

const failed = (problem: string): BackupVerification => ({
  manifest: null,
  facts: null,
  problems: [problem],
  refusals: [problem],
});

export async function verifyBackupFile(path: string, fileName = basename(path)): Promise<BackupVerification> {
  let zip: ZipReader;
  try {
    zip = await openZipReader(path);
  } catch (error) {
    if (error instanceof NotAZipError) return failed(verificationMessages.notWhole(fileName));
    throw error;
  }
  try {
    return await verifyOpened(path, fileName, zip);
  } finally {
    await zip.close();
  }
}

async function verifyOpened(path: string, fileName: string, zip: ZipReader): Promise<BackupVerification> {
  const manifestEntry = zip.entries.find((entry) => entry.name === manifestPart);
  if (manifestEntry === undefined || manifestEntry.size > 64 * 1024 * 1024)
    return failed(verificationMessages.foreign(fileName));
  let raw: unknown;
  try {
    raw = JSON.parse((await zip.read(manifestEntry)).toString('utf8'));
  } catch (error) {
    if (error instanceof NotAZipError) return failed(verificationMessages.damaged(fileName, manifestPart));
    return failed(verificationMessages.foreign(fileName));
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (format !== backupFormat) return failed(verificationMessages.foreign(fileName));
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > backupFormatVersion)
    return failed(verificationMessages.newerFormat(fileName));
  const parsed = backupManifestSchema.safeParse(raw);
  if (!parsed.success) return failed(verificationMessages.damaged(fileName, manifestPart));
  const manifest = parsed.data;

  const problems: string[] = [];
  const listed = new Set(manifest.parts.map((part) => part.name));
  for (const required of [databasePart, auditLogPart])
    if (!listed.has(required)) problems.push(verificationMessages.missingPart(fileName, required));
  for (const entry of zip.entries)
    if (entry.name !== manifestPart && !listed.has(entry.name))
      problems.push(verificationMessages.extraPart(fileName, entry.name));

  let facts: DatabaseFacts | null = null;
  for (const part of manifest.parts) {
    const entry = zip.entries.find((candidate) => candidate.name === part.name);
    if (entry === undefined) {
      problems.push(verificationMessages.missingPart(fileName, part.name));
      continue;
    }
    const reader = part.name === databasePart ? createDatabaseReader() : null;
    const hash = createHash('sha256');
    let bytes = 0;
    try {
      for await (const chunk of entryChunks(path, entry)) {
        hash.update(chunk);
        bytes += chunk.byteLength;
        await reader?.write(chunk);
      }
    } catch (error) {
      if (!(error instanceof NotAZipError)) throw error;
      problems.push(verificationMessages.damaged(fileName, part.name));
      continue;
    }
    if (bytes !== part.bytes || hash.digest('hex') !== part.sha256) {
      problems.push(verificationMessages.damaged(fileName, part.name));
      continue;
    }
    if (reader === null) continue;
    try {
      facts = reader.end();
    } catch (error) {
      if (!(error instanceof DatabaseExportError)) throw error;
      problems.push(`${error.message} The backup cannot be restored.${unchanged}`);
    }
  }
  if (facts !== null && !agrees(manifest, facts))
    problems.push(verificationMessages.manifestDisagrees(fileName));
  const refusals = [...problems];
  if (manifest.schemaVersion > currentSchemaVersion)
    refusals.push(verificationMessages.newerSchema(manifest.schemaVersion));
  return { manifest, facts, problems, refusals };
}

/** The manifest says what main counts in the database (a manifest edited to look better does not). */
function agrees(manifest: BackupManifest, facts: DatabaseFacts): boolean {
  const sameCounts = JSON.stringify(manifest.counts) === JSON.stringify(facts.counts);
  const sameNewest = JSON.stringify(manifest.newestSigned) === JSON.stringify(facts.newestSigned);
  const sameSealed =
    manifest.sealed.length === facts.sealed.length &&
    manifest.sealed.every((seal, i) => {
      const read = facts.sealed[i];
      return (
        read !== undefined && seal.documentId === read.documentId && seal.fingerprint === read.fingerprint
      );
    });
  return sameCounts && sameNewest && sameSealed;
}
