/**
 * The shapes the handler factory and each group of handlers share: what the handlers depend on
 * (passed in by Electron, the harness or a test), what they return, and main's two stores.
 * Kept apart from the factory so no handler file imports the factory that imports it.
 */
import type { FileHandle } from 'node:fs/promises';
import type { z } from 'zod';
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
import type { AuditLog } from '../services/audit/auditLog';
import type { KeyProtector } from '../services/signing/keyProtector';
import type { SigningKeys } from '../services/signing/signingKeys';
import type { Vault } from '../services/vault/vault';

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
  chooseOpenPath(options: { kind: 'zip' | 'backup' }): Promise<string | null>;
  /** Asks the manager for a folder off this PC to copy backups to; null when they cancel (scripted in tests). */
  chooseFolderPath(): Promise<string | null>;
  /** For tests only: the step that writes a backup's bytes to disk, so a full disk can be forced. */
  backupWriteChunk?: (handle: FileHandle, chunk: Uint8Array) => Promise<void>;
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
  /** Where copies opened in the system's PDF application are written (a temporary folder). */
  readerCopiesFolder: string;
  /**
   * Opens a file in the system's default application for it (recorded in tests): null when it
   * opened, else the system's reason.
   */
  openInPdfReader(filePath: string): Promise<string | null>;
  /** Sends a PDF to the system's printing; false when the manager cancels (recorded in tests). */
  printPdf(target: PrintTarget): Promise<boolean>;
  /**
   * Keeps the home's signing key encrypted on disk: safeStorage in the app, the test protector
   * (test keys, clearly marked) in the harness and tests.
   */
  keyProtector: KeyProtector;
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

/** Main's stores in the data folder: the write-once vault, the hash-chained audit log and the home's signing key. */
export interface DocumentServices {
  vault: Vault;
  audit: AuditLog;
  signing: SigningKeys;
}
