/**
 * Per-session state for the browser harness. Each e2e test names its own session, so it
 * gets a fresh data folder; `npm run web` uses the `default` session, kept for the life
 * of the dev server. Dialogs and the system browser are scripted: what the app asked for
 * is recorded so a test can read it back.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers, openDataFolder, type Handlers } from '../../electron/handlers/createHandlers';
import type { Vault } from '../../electron/services/vault/vault';
import type { DocumentKind } from '../../shared/ipc';
import { fakeHandlerDeps } from '../fixtures/handlerDeps';
import { harnessDocumentsPrefix } from './harnessProtocol';

export interface HarnessSession {
  id: string;
  dataFolder: string;
  handlers: Handlers;
  /** Every URL the app asked the system browser to open, in order. */
  openedLinks: string[];
  /** Answers for the next save dialogs, oldest first; empty means "save with the suggested name". */
  scriptedSaveAnswers: ('save' | 'cancel')[];
  /** Where scripted save dialogs put files. */
  savedFolder: string;
  /** Answers for the next open dialogs, oldest first: a file path, or 'cancel'; empty means cancel. */
  scriptedOpenAnswers: string[];
  /** Answers for the next "choose a backup to restore" dialogs, as `scriptedOpenAnswers`. */
  scriptedBackupFileAnswers: string[];
  /** Answers for the next "folder to copy backups to" dialogs: a folder path, or 'cancel'; empty means cancel. */
  scriptedFolderAnswers: string[];
  /** Answers for the next print dialogs, oldest first; empty means "print". */
  scriptedPrintAnswers: ('print' | 'cancel')[];
  /** Every document the app sent to the (pretend) printer, in order, whether printed or cancelled. */
  printed: { documentId: string; kind: DocumentKind; printed: boolean }[];
  /** Every copy the app opened in the (pretend) PDF reader, in order: its file name and bytes. */
  openedInReader: { path: string; bytes: Buffer }[];
  /** While set, a started export waits here until the test releases it (see `holdExports`). */
  exportHold: { held: boolean; release: (() => void)[] };
  /** Read-only view of the session's vault and drafts, for serving PDFs to the page. */
  vault: Vault;
}

/** Where the harness serves a session's PDFs (the app serves them at app://appraisals/documents/). */
function harnessDocumentUrl(
  session: string,
  documentId: string,
  kind: DocumentKind,
  cacheKey: string,
): string {
  const folder = kind === 'draft' ? 'drafts/' : '';
  return `${harnessDocumentsPrefix}${session}/${folder}${documentId}.pdf?v=${encodeURIComponent(cacheKey)}`;
}

const sessionIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

export function isValidSessionId(id: string): boolean {
  return sessionIdPattern.test(id);
}

/** Delivers a main-to-renderer event to a session's open pages (the SSE stream). */
export type SessionEmitter = (sessionId: string, event: string, payload: unknown) => void;

export function createSessionStore(options: {
  productName: string;
  appVersion: string;
  root?: string | undefined;
  emit?: SessionEmitter;
}) {
  const root = options.root ?? mkdtempSync(join(tmpdir(), 'care-appraisals-harness-'));
  const sessions = new Map<string, HarnessSession>();

  function get(id: string): HarnessSession {
    const existing = sessions.get(id);
    if (existing) return existing;
    const dataFolder = join(root, id);
    const exportHold: HarnessSession['exportHold'] = { held: false, release: [] };
    // The same fake shell as the unit tests, with the harness's own folders, a real clock, its
    // document URLs, events forwarded to the session's pages (not kept: `npm run web` runs for
    // hours) and a hold a test can put on exports.
    const fake = fakeHandlerDeps({
      dataFolder,
      savedFolder: join(dataFolder, '..', `${id}-saved`),
      now: () => new Date(),
      recordEmitted: false,
      overrides: {
        productName: options.productName,
        appVersion: options.appVersion,
        exportStarted: () =>
          exportHold.held
            ? new Promise<void>((resolve) => exportHold.release.push(resolve))
            : Promise.resolve(),
        documentUrl: (documentId, kind, cacheKey) => harnessDocumentUrl(id, documentId, kind, cacheKey),
      },
    });
    fake.emitListeners.push(({ event, payload }) => options.emit?.(id, event, payload));
    // One vault per session, shared by its handlers and the document route.
    const services = openDataFolder(dataFolder, () => new Date(), fake.deps.keyProtector);
    const session: HarnessSession = {
      id,
      dataFolder,
      openedLinks: fake.openedLinks,
      scriptedSaveAnswers: fake.saveAnswers,
      savedFolder: fake.savedFolder,
      scriptedPrintAnswers: fake.printAnswers,
      scriptedOpenAnswers: fake.openAnswers,
      scriptedBackupFileAnswers: fake.backupFileAnswers,
      scriptedFolderAnswers: fake.folderAnswers,
      printed: fake.printed,
      openedInReader: fake.openedInReader,
      exportHold,
      vault: services.vault,
      handlers: createHandlers(fake.deps, services),
    };
    sessions.set(id, session);
    return session;
  }

  return { root, get };
}
export type SessionStore = ReturnType<typeof createSessionStore>;

/** Holds started exports (true) or lets them, and any held one, run on (false). */
export function holdExports(session: HarnessSession, hold: boolean): void {
  session.exportHold.held = hold;
  if (!hold) for (const release of session.exportHold.release.splice(0)) release();
}
