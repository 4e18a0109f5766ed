/**
 * The backup:* channels over main's backup service (electron/services/backup/): making a
 * backup as a job the renderer streams its database export into, listing and checking
 * backups, handing a verified backup's database back for a restore, and copying off this PC.
 * Every backup and restore is logged with ids and hashes only; a refusal from the service is
 * already a sentence for the manager.
 */
import { backupReasonLabels } from '../../shared/backup/backupContract';
import type { AuditLog } from '../services/audit/auditLog';
import { summaryOf } from '../services/backup/backupCatalogue';
import { BackupRefusal } from '../services/backup/backupRefusal';
import type { BackupService } from '../services/backup/backupService';
import type { Vault } from '../services/vault/vault';
import type { Handlers } from './handlerTypes';
import { logAfterTheFact } from './logAfterTheFact';
import { UserFacingError } from './userFacingError';
import { countOf } from '../../shared/text/countOf';

type BackupChannel = Extract<keyof Handlers, `backup:${string}`>;

const entityId = 'backups';

/** Runs a step; the service's plain refusals reach the manager as they are. */
async function plain<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof BackupRefusal) throw new UserFacingError(error.message);
    throw error;
  }
}

export function createBackupHandlers(
  backups: BackupService,
  { vault, audit }: { vault: Vault; audit: AuditLog },
): Pick<Handlers, BackupChannel> {
  return {
    'backup:status': () =>
      plain(async () => {
        const copies = (await audit.factEvents()).filter(
          (event) => event.facts?.kind === 'backup' && event.facts.destination === 'folder',
        );
        let sealedInVault = 0;
        for (const seal of await vault.listSealed())
          if (!(await vault.isDestroyed(seal.documentId))) sealedInVault += 1;
        return {
          newest: await backups.newestVerified(),
          dailyDue: await backups.dailyDue(),
          lastCopiedOffAt: copies.at(-1)?.at ?? null,
          folder: await backups.folder(),
          sealedInVault,
        };
      }),

    'backup:list': () => plain(() => backups.list()),

    'backup:begin': ({ jobId, reason, schemaVersion }) =>
      plain(async () => ({ started: await backups.jobs.begin(jobId, reason, schemaVersion) })),

    'backup:writeChunk': ({ jobId, text }) =>
      plain(async () => ({ bytes: await backups.jobs.write(jobId, text) })),

    'backup:finish': ({ jobId, actor }) =>
      plain(async () => {
        const finished = await backups.jobs.finish(jobId);
        if (finished.outcome === 'cancelled') return finished;
        const summary = summaryOf(finished.backup, `this-pc:${finished.backup.fileName}`, 'this-pc');
        const { counts } = summary;
        const warning = await logAfterTheFact(audit, {
          actor,
          action: 'backup',
          entityId,
          fingerprint: null,
          detail: `Made a backup on this PC (${backupReasonLabels[finished.reason].toLowerCase()}): ${countOf(counts.staff + counts.leavers, 'person', 'people')}, ${countOf(counts.appraisals, 'appraisal', 'appraisals')}, ${counts.signed} signed.`,
          facts: { kind: 'backup', reason: finished.reason, destination: 'this-pc', sha256: finished.sha256 },
        });
        return { outcome: 'saved' as const, backup: summary, warning };
      }),

    'backup:cancel': ({ jobId }) => plain(async () => ({ cancelling: await backups.jobs.cancel(jobId) })),

    'backup:chooseFile': () =>
      plain(async () => {
        const backupId = await backups.chooseFile();
        return backupId === null ? { chosen: false as const } : { chosen: true as const, backupId };
      }),

    'backup:check': ({ backupId }) => plain(() => backups.check(backupId)),

    'backup:readDatabase': ({ backupId, offset }) => plain(() => backups.readDatabase(backupId, offset)),

    'backup:restored': ({ backupId, safetyBackupId, actor }) =>
      plain(async () => {
        const restored = await backups.restored(backupId, safetyBackupId);
        const notLogged = await logAfterTheFact(audit, {
          actor,
          action: 'restore',
          entityId,
          fingerprint: null,
          detail: `Restored the records from a backup${restored.vaultFilesCopied > 0 ? `; ${restored.vaultFilesCopied} signed documents were copied back into the vault` : ''}.`,
          facts: { kind: 'restore', sha256: restored.sha256, safetySha256: restored.safetySha256 },
        });
        const warning = [restored.warning, notLogged].filter((text) => text !== null).join(' ');
        return {
          auditLog: restored.auditLog,
          vaultFilesCopied: restored.vaultFilesCopied,
          warning: warning === '' ? null : warning,
        };
      }),

    'backup:chooseFolder': ({ actor }) =>
      plain(async () => {
        const path = await backups.chooseFolder();
        if (path === null) return { chosen: false as const };
        // The path is not logged: a folder's name can carry a person's name.
        await logAfterTheFact(audit, {
          actor,
          action: 'backup',
          entityId: 'backup-folder',
          fingerprint: null,
          detail: 'Chose the folder off this PC that backups are copied to.',
        });
        return { chosen: true as const, path };
      }),

    'backup:copyOff': ({ backupId, actor }) =>
      plain(async () => {
        const copied = await backups.copyOff(backupId);
        const notLogged = await logAfterTheFact(audit, {
          actor,
          action: 'backup',
          entityId,
          fingerprint: null,
          detail: `Copied a backup off this PC, with ${copied.vaultFilesCopied} new signed-document files for the vault's copy.`,
          facts: { kind: 'backup', reason: copied.reason, destination: 'folder', sha256: copied.sha256 },
        });
        if (notLogged !== null)
          throw new UserFacingError(
            `The backup was copied to ${copied.folder}, but the activity log could not record it, so the dashboard will not show it. If this keeps happening, restart Care Appraisals.`,
          );
        return { folder: copied.folder, vaultFilesCopied: copied.vaultFilesCopied };
      }),
  };
}
