/**
 * Main's backup service: where backups live, what main knows of each (from its own check of
 * the file), the backup jobs, restoring, and copying off this PC. Nothing here imports
 * `electron`: the dialogs come in as functions. Backups are named to a window by opaque ids
 * (`this-pc:<name>`, `folder:<name>`, `chosen:<random>`), never by path.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { BackupCheck, BackupId, BackupSummary } from '../../../shared/backup/backupContract';
import type { AuditLog } from '../audit/auditLog';
import { auditLogPath } from '../audit/auditLog';
import { openZipReader } from '../exports/zipReader';
import type { Vault } from '../vault/vault';
import { createBackupCatalogue, summaryOf, type CheckedBackup } from './backupCatalogue';
import { backupsIn, hasBackupOn } from './backupFolder';
import { createBackupJobs } from './backupJobs';
import { auditLogPart } from './backupManifest';
import { parseBackupFileName } from './backupNames';
import { BackupRefusal } from './backupRefusal';
import { entryChunks } from './backupZipEntries';
import { createCopyOff, type BackupLocation } from './backupCopyOffService';
import { openDatabaseStream, type DatabaseStream } from './databaseStream';
import { restoreAuditLog, type RestoredAuditLog } from './restoreAuditLog';
import { copyMissingSealed, missingSealed } from './restoreVault';
import type { ZipFileOptions } from '../exports/zipFileWriter';
import { sha256OfFile } from './backupWriter';

export interface BackupServiceDeps {
  dataFolder: string;
  appVersion: string;
  now(): Date;
  vault: Vault;
  audit: AuditLog;
  /** Asks the manager for a backup file; null when they cancel. */
  chooseBackupFile(): Promise<string | null>;
  /** Asks the manager for a folder off this PC; null when they cancel. */
  chooseFolder(): Promise<string | null>;
  /** For tests: the step that writes a backup's bytes to disk (a full disk can be forced). */
  writeChunk?: ZipFileOptions['writeChunk'];
}

const gone = 'That backup is no longer there. Look at the list of backups again.';

export function createBackupService(deps: BackupServiceDeps) {
  const backupsFolder = join(deps.dataFolder, 'backups');
  const catalogue = createBackupCatalogue();
  const jobs = createBackupJobs({
    backupsFolder,
    auditLogPath: auditLogPath(deps.dataFolder),
    appVersion: deps.appVersion,
    now: () => deps.now(),
    catalogue,
    ...(deps.writeChunk === undefined ? {} : { writeChunk: deps.writeChunk }),
  });
  const copyOff = createCopyOff({ backupsFolder, vault: deps.vault, now: () => deps.now(), catalogue });
  const chosen = new Map<string, string>();
  let reading: { backupId: string; stream: DatabaseStream } | null = null;

  /** The file behind an id, and the vault copy that travels with it (if any). */
  async function locate(backupId: BackupId): Promise<BackupLocation> {
    const colon = backupId.indexOf(':');
    const kind = backupId.slice(0, colon);
    const name = backupId.slice(colon + 1);
    if (kind === 'chosen') {
      const path = chosen.get(backupId);
      if (path === undefined) throw new BackupRefusal('Choose the backup file again.');
      return copyOff.chosenLocation(path);
    }
    if (parseBackupFileName(name) === null) throw new BackupRefusal(gone);
    if (kind === 'this-pc') return copyOff.thisPcLocation(join(backupsFolder, name));
    return copyOff.folderLocation(name);
  }

  async function checked(location: BackupLocation): Promise<CheckedBackup> {
    const found = await catalogue.check(location.path);
    if (found === null) throw new BackupRefusal(gone);
    return found;
  }

  async function restorable(backupId: BackupId) {
    const location = await locate(backupId);
    const backup = await checked(location);
    const [refusal] = backup.refusals;
    if (refusal !== undefined) throw new BackupRefusal(refusal);
    if (backup.facts === null || backup.manifest === null) throw new BackupRefusal(gone);
    return { location, backup, facts: backup.facts };
  }

  /** The newest backup on this PC that passed its check. */
  async function newestVerified(): Promise<BackupSummary | null> {
    for (const { name } of (await backupsIn(backupsFolder)).reverse()) {
      const found = await catalogue.check(join(backupsFolder, name));
      if (found !== null && found.problems.length === 0 && found.facts !== null)
        return summaryOf(found, `this-pc:${name}`, 'this-pc');
    }
    return null;
  }

  /** This PC's backups, newest first, each as checked. */
  async function thisPc(): Promise<BackupSummary[]> {
    const summaries: BackupSummary[] = [];
    for (const { name } of (await backupsIn(backupsFolder)).reverse()) {
      const found = await catalogue.check(join(backupsFolder, name));
      if (found !== null) summaries.push(summaryOf(found, `this-pc:${name}`, 'this-pc'));
    }
    return summaries;
  }

  return {
    jobs,
    newestVerified,

    /** True when no backup has been made today (main's clock, this PC's backups folder). */
    dailyDue: async () => !(await hasBackupOn(backupsFolder, deps.now())),

    /** True when the newest verified backup on this PC was made within `withinMs` before now. */
    async verifiedWithin(withinMs: number): Promise<boolean> {
      const newest = await newestVerified();
      if (newest === null) return false;
      const age = deps.now().getTime() - Date.parse(newest.createdAt);
      return age >= 0 && age <= withinMs;
    },

    async list(): Promise<BackupSummary[]> {
      const all = [...(await thisPc()), ...(await copyOff.folderSummaries())];
      return all.sort((a, b) => (a.createdAt === b.createdAt ? 0 : a.createdAt < b.createdAt ? 1 : -1));
    },

    async folder() {
      return copyOff.folderState();
    },

    async chooseFile(): Promise<BackupId | null> {
      const path = await deps.chooseBackupFile();
      if (path === null) return null;
      const backupId = `chosen:${randomBytes(12).toString('hex')}`;
      chosen.set(backupId, path);
      return backupId;
    },

    async check(backupId: BackupId): Promise<BackupCheck> {
      const location = await locate(backupId);
      const backup = await checked(location);
      const summary = summaryOf(backup, backupId, location.location);
      const missing =
        backup.facts === null ? [] : await missingSealed(deps.vault, backup.facts.sealed, location.mirror);
      return {
        backup: summary,
        restorable: summary.verified && backup.refusals.length === 0,
        refusals: backup.refusals,
        missingSealed: missing.map(({ documentId, staffName }) => ({ documentId, staffName })),
      };
    },

    async readDatabase(backupId: BackupId, offset: number) {
      if (reading?.backupId !== backupId) {
        await reading?.stream.close();
        const { location } = await restorable(backupId);
        reading = { backupId, stream: openDatabaseStream(location.path) };
      }
      return reading.stream.read(offset);
    },

    /** After the renderer replaced its database: the audit log rule, then the vault's missing files. */
    async restored(
      backupId: BackupId,
      safetyBackupId: BackupId | null,
    ): Promise<RestoredAuditLog & { vaultFilesCopied: number; sha256: string; safetySha256: string | null }> {
      await reading?.stream.close();
      reading = null;
      const { location, facts } = await restorable(backupId);
      const sha256 = await sha256OfFile(location.path);
      const safetySha256 =
        safetyBackupId === null ? null : await sha256OfFile((await locate(safetyBackupId)).path);
      const log = await restoreAuditLog({
        audit: deps.audit,
        logPath: auditLogPath(deps.dataFolder),
        now: deps.now(),
        extract: (target) => extractPart(location.path, auditLogPart, target),
      });
      const vaultFilesCopied = await copyMissingSealed(deps.vault, facts.sealed, location.mirror);
      return { ...log, vaultFilesCopied, sha256, safetySha256 };
    },

    chooseFolder: async () => {
      const path = await deps.chooseFolder();
      if (path === null) return null;
      await copyOff.remember(path);
      return path;
    },

    async copyOff(backupId: BackupId) {
      const location = await locate(backupId);
      if (location.location !== 'this-pc')
        throw new BackupRefusal('Only a backup on this PC can be copied to the backup folder.');
      const backup = await checked(location);
      if (backup.problems.length > 0 || backup.manifest === null)
        throw new BackupRefusal(backup.problems.join(' ') || gone);
      return { ...(await copyOff.copy(backup)), reason: backup.manifest.reason };
    },
  };
}
export type BackupService = ReturnType<typeof createBackupService>;

/** Streams one entry of a backup ZIP to a file. */
async function extractPart(path: string, part: string, target: string): Promise<void> {
  const zip = await openZipReader(path);
  const entry = zip.entries.find((candidate) => candidate.name === part);
  await zip.close();
  if (entry === undefined) throw new BackupRefusal(`The backup holds no ${part}.`);
  await pipeline(Readable.from(entryChunks(path, entry)), createWriteStream(target, { flags: 'wx' }));
}
