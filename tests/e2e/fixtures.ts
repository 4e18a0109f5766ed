/**
 * The e2e `test`: each test gets a fresh browser context (so a fresh IndexedDB) and its own
 * harness session (so a fresh data folder), plus helpers to read what the scripted shell did.
 */
import { test as base, expect } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { harnessControlPrefix, harnessSessionStorageKey } from '../harness/harnessProtocol';

interface Harness {
  session: string;
  /** URLs the app asked the system browser to open. */
  openedLinks(): Promise<string[]>;
  /** This test's data folder (vault, audit log), so a test can tamper with files as a person might. */
  dataFolder(): Promise<string>;
  /** Sends a main-to-renderer event, as the native menu would. */
  emit(event: string, payload: unknown): Promise<void>;
  /** Scripts the next save dialogs: "save" accepts the suggested name, "cancel" cancels. */
  scriptSaveDialog(...answers: ('save' | 'cancel')[]): Promise<void>;
  /** Files the app saved through the (scripted) save dialog: as text, and byte for byte. */
  savedFiles(): Promise<SavedFile[]>;
  /** Where scripted save dialogs put files (a saved pack is `join(savedFolder(), name)`). */
  savedFolder(): Promise<string>;
  /**
   * Scripts the next open dialogs: each answer is a file path on this machine (e.g. a saved pack,
   * or a tampered copy the test wrote) or "cancel". Unscripted, the dialog is cancelled.
   */
  scriptOpenDialog(...answers: string[]): Promise<void>;
  /** Scripts the next "choose a backup to restore" dialogs: a file path on this machine, or "cancel". */
  scriptBackupFileDialog(...answers: string[]): Promise<void>;
  /** Scripts the next "folder to copy backups to" dialogs: a folder path (made if missing), or "cancel". */
  scriptFolderDialog(...answers: string[]): Promise<void>;
  /** true: a started export waits (so a test can cancel it mid-run); false: it, and any held one, runs on. */
  holdExports(hold: boolean): Promise<void>;
  /** Scripts the next print dialogs: "print" prints, "cancel" cancels. Unscripted, it prints. */
  scriptPrintDialog(...answers: ('print' | 'cancel')[]): Promise<void>;
  /** Every document the app sent to the printer, in order, and whether it was printed. */
  printed(): Promise<PrintedDocument[]>;
  /** Every copy the app opened in the (pretend) PDF reader, in order: its file name and bytes. */
  openedInReader(): Promise<{ name: string; bytes: Buffer }[]>;
}

export interface SavedFile {
  name: string;
  text: string;
  bytes: Buffer;
}

interface PrintedDocument {
  documentId: string;
  kind: 'sealed' | 'draft';
  printed: boolean;
}

export const test = base.extend<{ harness: Harness }>({
  // Automatic, so every test has its own session even when it never mentions `harness`.
  harness: [
    async ({ page, request, baseURL }, use) => {
      const session = randomUUID().replaceAll('-', '');
      // The harness takes a control that changes anything only from its own origin, as a page would send it.
      const headers = { origin: new URL(baseURL ?? '').origin };
      await page.addInitScript(
        ([key, value]) => {
          localStorage.setItem(key, value);
        },
        [harnessSessionStorageKey, session] as const,
      );
      await use({
        session,
        async openedLinks() {
          const response = await request.get(`${harnessControlPrefix}opened-links?session=${session}`);
          // The harness answers this control with the recorded list of URLs.
          return (await response.json()) as string[];
        },
        async dataFolder() {
          const response = await request.get(`${harnessControlPrefix}data-folder?session=${session}`);
          // The harness answers this control with the session's data folder.
          return ((await response.json()) as { dataFolder: string }).dataFolder;
        },
        async emit(event, payload) {
          const response = await request.post(`${harnessControlPrefix}emit`, {
            headers,
            data: { session, event, payload },
          });
          expect(response.ok(), `harness refused event ${event}`).toBe(true);
        },
        async scriptSaveDialog(...answers) {
          const response = await request.post(`${harnessControlPrefix}save-dialog`, {
            headers,
            data: { session, answers },
          });
          expect(response.ok(), 'harness refused the save-dialog script').toBe(true);
        },
        async savedFiles() {
          const response = await request.get(`${harnessControlPrefix}saved-files?session=${session}`);
          // The harness answers this control with the files in the session's save folder.
          const files = (await response.json()) as { name: string; text: string; base64: string }[];
          return files.map(({ name, text, base64 }) => ({
            name,
            text,
            bytes: Buffer.from(base64, 'base64'),
          }));
        },
        async savedFolder() {
          const response = await request.get(`${harnessControlPrefix}data-folder?session=${session}`);
          // The harness answers this control with the session's folders.
          return ((await response.json()) as { savedFolder: string }).savedFolder;
        },
        async holdExports(hold) {
          const response = await request.post(`${harnessControlPrefix}hold-exports`, {
            headers,
            data: { session, hold },
          });
          expect(response.ok(), 'harness refused to hold exports').toBe(true);
        },
        async scriptOpenDialog(...answers) {
          const response = await request.post(`${harnessControlPrefix}open-dialog`, {
            headers,
            data: { session, answers },
          });
          expect(response.ok(), 'harness refused the open-dialog script').toBe(true);
        },
        async scriptBackupFileDialog(...answers) {
          const response = await request.post(`${harnessControlPrefix}backup-file-dialog`, {
            headers,
            data: { session, answers },
          });
          expect(response.ok(), 'harness refused the backup-file dialog script').toBe(true);
        },
        async scriptFolderDialog(...answers) {
          const response = await request.post(`${harnessControlPrefix}folder-dialog`, {
            headers,
            data: { session, answers },
          });
          expect(response.ok(), 'harness refused the folder dialog script').toBe(true);
        },
        async scriptPrintDialog(...answers) {
          const response = await request.post(`${harnessControlPrefix}print-dialog`, {
            headers,
            data: { session, answers },
          });
          expect(response.ok(), 'harness refused the print-dialog script').toBe(true);
        },
        async printed() {
          const response = await request.get(`${harnessControlPrefix}printed?session=${session}`);
          // The harness answers this control with what the pretend printer received.
          return (await response.json()) as PrintedDocument[];
        },
        async openedInReader() {
          const response = await request.get(`${harnessControlPrefix}opened-in-reader?session=${session}`);
          // The harness answers this control with each copy's file name and bytes.
          const copies = (await response.json()) as { name: string; base64: string }[];
          return copies.map(({ name, base64 }) => ({ name, bytes: Buffer.from(base64, 'base64') }));
        },
      });
    },
    { auto: true },
  ],
});

export { expect };
