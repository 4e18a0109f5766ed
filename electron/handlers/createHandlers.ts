/**
 * The handler factory: one function per IPC channel, built from its dependencies so the
 * same handlers run in Electron, in unit tests and in the browser harness. Nothing here
 * imports `electron`; the glue passes in what it needs.
 */
import type { z } from 'zod';
import { basename } from 'node:path';
import type {
  AppInfo,
  Channel,
  DocumentKind,
  EventName,
  EventPayloadOf,
  ResponseOf,
  SavedFileKind,
  ipcChannels,
} from '../../shared/ipc';
import { writeFileAtomic } from '../services/atomicFile';
import { openAuditLog } from '../services/audit/auditLog';
import { createFontLoader } from '../services/pdf/pdfFonts';
import { openVault } from '../services/vault/vault';
import { createAuditHandlers } from './auditHandlers';
import { createDocumentHandlers } from './documentHandlers';
import { createExportHandlers } from './exportHandlers';
import { createRecordsHandlers } from './recordsHandlers';
import { decideExternalLink } from '../externalLinks';
import { UserFacingError } from './userFacingError';
import { runStartupCheck } from './startupCheck';

export interface HandlerDeps {
  productName: string;
  appVersion: string;
  runtime: AppInfo['runtime'];
  electronVersion: string | null;
  platform: string;
  /** The app's data folder (Electron's userData, or a temp folder in the harness). */
  dataFolder: string;
  /** Opens an already-vetted https URL in the system browser (scripted in tests). */
  openExternal(url: string): Promise<void>;
  /** Asks the manager where to save a file; null when they cancel (scripted in tests). */
  chooseSavePath(options: { suggestedName: string; kind: SavedFileKind }): Promise<string | null>;
  /** Asks the manager to choose a file to open; null when they cancel (scripted in tests). */
  chooseOpenPath(options: { kind: 'zip' }): Promise<string | null>;
  /** Sends an event to the renderer (progress of long work). */
  emit<E extends EventName>(event: E, payload: EventPayloadOf<E>): void;
  /**
   * Called once an export has started (its job can be cancelled) and before any file is
   * written. The app leaves it out; the harness uses it to hold an export so a test can cancel
   * it mid-run instead of racing a pack that finishes in a second.
   */
  exportStarted?(jobId: string): Promise<void>;
  /** Where the PDF fonts are: build/fonts in development, resources/fonts when packaged. */
  fontsFolder: string;
  /** The clock for audit events and file stamps (fixed in tests). */
  now(): Date;
  /** Sends a PDF to the system's printing; false when the manager cancels (recorded in tests). */
  printPdf(target: PrintTarget): Promise<boolean>;
  /** The URL the renderer's viewer loads a document from; `cacheKey` changes when the file does. */
  documentUrl(documentId: string, kind: DocumentKind, cacheKey: string): string;
}

/** A PDF to print: which document, the file in the data folder, and the URL it is served at. */
export interface PrintTarget {
  documentId: string;
  kind: DocumentKind;
  filePath: string;
  url: string;
}

/** A handler receives the request as its schema parsed it. */
export type Handlers = {
  [C in Channel]: (request: z.output<(typeof ipcChannels)[C]['request']>) => Promise<ResponseOf<C>>;
};

export function createHandlers(deps: HandlerDeps): Handlers {
  const audit = openAuditLog({ dataFolder: deps.dataFolder, now: () => deps.now() });
  const vault = openVault({ dataFolder: deps.dataFolder, now: () => deps.now() });
  const services = { vault, audit };
  // One font cache for sealing, drafts and exports alike.
  const loadFonts = createFontLoader(deps.fontsFolder);
  let startup: ReturnType<typeof runStartupCheck> | null = null;
  return {
    ...createDocumentHandlers(deps, services, loadFonts),
    ...createAuditHandlers(services),
    ...createExportHandlers(deps, services, loadFonts),
    ...createRecordsHandlers(deps, services),
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
