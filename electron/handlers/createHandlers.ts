/**
 * The handler factory: one function per IPC channel, built from its dependencies so the
 * same handlers run in Electron, in unit tests and in the browser harness. Nothing here
 * imports `electron`; the glue passes in what it needs.
 */
import { basename } from 'node:path';
import { writeFileAtomic } from '../services/atomicFile';
import { openAuditLog } from '../services/audit/auditLog';
import { createBackupService } from '../services/backup/backupService';
import { createFontLoader } from '../services/pdf/pdfFonts';
import type { KeyProtector } from '../services/signing/keyProtector';
import { openSigningKeys } from '../services/signing/signingKeyStore';
import { openVault } from '../services/vault/vault';
import { createAuditHandlers } from './auditHandlers';
import { createBackupHandlers } from './backupHandlers';
import { createDocumentHandlers } from './documentHandlers';
import { createExportHandlers } from './exportHandlers';
import { createRebuildHandlers } from './rebuildHandlers';
import { createReaderHandlers } from './readerHandlers';
import { createRecordsHandlers } from './recordsHandlers';
import { createSigningHandlers } from './signingHandlers';
import { decideExternalLink } from '../externalLinks';
import { UserFacingError } from './userFacingError';
import { runStartupCheck } from './startupCheck';
import type { DocumentServices, HandlerDeps, Handlers } from './handlerTypes';

export type { DocumentServices, HandlerDeps, Handlers, PrintTarget } from './handlerTypes';

/**
 * Main's stores in the data folder, opened once and shared by everything that reads them: the
 * vault, the audit log and the home's signing key (kept by `protector`; its changes are logged).
 */
export function openDataFolder(
  dataFolder: string,
  now: () => Date,
  protector: KeyProtector,
): DocumentServices {
  const audit = openAuditLog({ dataFolder, now });
  return {
    vault: openVault({ dataFolder, now }),
    audit,
    signing: openSigningKeys({ dataFolder, protector, now, audit }),
  };
}

export function createHandlers(
  deps: HandlerDeps,
  services: DocumentServices = openDataFolder(deps.dataFolder, () => deps.now(), deps.keyProtector),
): Handlers {
  // One font cache for sealing, drafts and exports alike.
  const loadFonts = createFontLoader(deps.fontsFolder);
  let startup: ReturnType<typeof runStartupCheck> | null = null;
  // One backup service: the backup handlers make backups, and destroying asks it for a recent one.
  const backups = createBackupService({
    dataFolder: deps.dataFolder,
    appVersion: deps.appVersion,
    now: () => deps.now(),
    vault: services.vault,
    audit: services.audit,
    chooseBackupFile: () => deps.chooseOpenPath({ kind: 'backup' }),
    chooseFolder: () => deps.chooseFolderPath(),
    ...(deps.backupWriteChunk === undefined ? {} : { writeChunk: deps.backupWriteChunk }),
  });
  return {
    ...createDocumentHandlers(deps, services, loadFonts),
    ...createReaderHandlers(deps, services),
    ...createAuditHandlers(services),
    ...createExportHandlers(deps, services, loadFonts),
    ...createRecordsHandlers(deps, services, backups),
    ...createBackupHandlers(backups, services),
    ...createRebuildHandlers(services),
    ...createSigningHandlers(services),
    // Once per run; a failed check may be tried again.
    'app:startupCheck': () => {
      startup ??= runStartupCheck(services).catch((error: unknown) => {
        startup = null;
        throw error;
      });
      return startup;
    },
    'app:info': () =>
      Promise.resolve({
        productName: deps.productName,
        version: deps.appVersion,
        dataFolder: deps.dataFolder,
        runtime: deps.runtime,
        electronVersion: deps.electronVersion,
        platform: deps.platform,
      }),
    'links:openExternal': async ({ url }) => {
      const decision = decideExternalLink(url);
      if (!decision.allow) throw new UserFacingError(decision.reason);
      await deps.openExternal(decision.url);
      return { opened: true };
    },
    'files:saveTextAs': async ({ suggestedName, kind, text }) => {
      const target = await deps.chooseSavePath({ suggestedName, kind });
      if (target === null) return { saved: false };
      try {
        await writeFileAtomic(target, text);
      } catch (error) {
        throw new UserFacingError(
          `The file could not be saved to ${target} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}). Nothing was changed there; try another folder.`,
        );
      }
      return { saved: true, fileName: basename(target), warning: null };
    },
  };
}
