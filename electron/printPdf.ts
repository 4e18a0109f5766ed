/**
 * Printing a PDF on Windows, the simplest route that really prints: a hidden, sandboxed window
 * (no preload, no Node) opens the PDF from the app scheme in Chromium's built-in viewer, and
 * `webContents.print({ silent: false })` shows the system print dialog. Electron fixed blank
 * pages when printing a PDF this way in PR #43309 (Electron 30 and later). The decisions are
 * pure functions; `printPdfInWindow` only wires them to Electron.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions, WebContentsPrintOptions } from 'electron';
import { UserFacingError } from './handlers/userFacingError';
import { constructLockedWindow, type WindowConstructor } from './window';

/** The print window's own options; constructLockedWindow adds the isolation every window has. */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 794,
    height: 1123,
    webPreferences: {
      // The PDF viewer is a plugin.
      plugins: true,
      devTools: false,
      spellcheck: false,
    },
  };
}

/** The system dialog, so the manager chooses the printer, copies and pages. */
export const printOptions: WebContentsPrintOptions = { silent: false, printBackground: true };

/**
 * What the print callback means for the manager: printed, cancelled (not an error), or a
 * failure to say in plain English.
 */
export function printOutcome(
  success: boolean,
  failureReason: string,
): { printed: boolean } | { error: string } {
  if (success) return { printed: true };
  if (/cancel/i.test(failureReason)) return { printed: false };
  return {
    error: `The document could not be printed (${failureReason || 'unknown reason'}). Check the printer is on and try again, or save a copy and print that.`,
  };
}

/**
 * The PDF viewer loads after the page itself; printing before it has drawn prints blank
 * pages, so wait this long after the load finishes.
 */
export const viewerSettleMs = 1500;

/** The parts of a BrowserWindow printing uses; Electron's own satisfies it, and so can a test's stand-in. */
export type PrintWindow = Pick<BrowserWindow, 'loadURL' | 'isDestroyed' | 'destroy'> & {
  webContents: Pick<BrowserWindow['webContents'], 'print'>;
};

/** Electron's BrowserWindow is passed in, so this file stays free of Electron at run time. */
export async function printPdfInWindow(
  url: string,
  BrowserWindowClass: WindowConstructor<PrintWindow>,
): Promise<boolean> {
  const win = constructLockedWindow(BrowserWindowClass, printWindowOptions());
  try {
    await win.loadURL(url);
    await new Promise((resolve) => setTimeout(resolve, viewerSettleMs));
    const outcome = await new Promise<ReturnType<typeof printOutcome>>((resolve) => {
      win.webContents.print(printOptions, (success, failureReason) =>
        resolve(printOutcome(success, failureReason)),
      );
    });
    if ('error' in outcome) throw new UserFacingError(outcome.error);
    return outcome.printed;
  } finally {
    if (!win.isDestroyed()) win.destroy();
  }
}
