/**
 * Printing: the hidden window that prints a PDF is as locked down as the main window (plus the
 * PDF viewer), the manager always sees the system print dialog, and a cancelled print is not
 * an error while a failed one says what to do.
 */
import type { BrowserWindowConstructorOptions, WebContentsPrintOptions } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  printOptions,
  printOutcome,
  printPdfInWindow,
  printWindowOptions,
  viewerSettleMs,
} from '../../../electron/printPdf';

/** Stands in for the hidden BrowserWindow: records how it was made and what it loaded, and prints. */
class FakePrintWindow {
  static made: FakePrintWindow[] = [];
  loaded: string[] = [];
  destroyed = false;
  readonly webContents = {
    print: (
      _options: WebContentsPrintOptions,
      callback?: (success: boolean, failureReason: string) => void,
    ) => {
      callback?.(true, '');
    },
  };
  constructor(readonly options: BrowserWindowConstructorOptions) {
    FakePrintWindow.made.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

describe('print window', () => {
  afterEach(() => {
    vi.useRealTimers();
    FakePrintWindow.made = [];
  });

  it('is made hidden, sandboxed, without a preload or Node, with the PDF viewer, and closed after printing', async () => {
    vi.useFakeTimers();
    const url = 'app://appraisals/documents/appr1-v2.pdf?v=1';
    const printing = printPdfInWindow(url, FakePrintWindow);
    await vi.advanceTimersByTimeAsync(viewerSettleMs);
    expect(await printing).toBe(true);

    const [win] = FakePrintWindow.made;
    expect(FakePrintWindow.made).toHaveLength(1);
    expect(win?.options.show).toBe(false);
    expect(win?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      plugins: true,
      devTools: false,
    });
    expect(win?.options.webPreferences).not.toHaveProperty('preload');
    expect(win?.loaded).toEqual([url]);
    expect(win?.destroyed).toBe(true);
  });

  it('asks for no preload of its own', () => {
    expect(printWindowOptions().webPreferences).not.toHaveProperty('preload');
  });

  it('shows the system print dialog rather than printing silently', () => {
    expect(printOptions.silent).toBe(false);
  });
});

describe('print outcome', () => {
  it('printed', () => {
    expect(printOutcome(true, '')).toEqual({ printed: true });
  });

  it('cancelled by the manager is not an error', () => {
    expect(printOutcome(false, 'Print job canceled')).toEqual({ printed: false });
    expect(printOutcome(false, 'cancelled')).toEqual({ printed: false });
  });

  it('a failure says what happened and what to do', () => {
    const outcome = printOutcome(false, 'Print job failed');
    expect(outcome).toEqual({
      error:
        'The document could not be printed (Print job failed). Check the printer is on and try again, or save a copy and print that.',
    });
  });
});
