/**
 * Printing: the hidden window that prints a PDF is as locked down as the main window (plus the
 * PDF viewer), the manager always sees the system print dialog, and a cancelled print is not
 * an error while a failed one says what to do.
 */
import { describe, expect, it } from 'vitest';
import { printOptions, printOutcome, printWindowOptions } from '../../../electron/printPdf';

describe('print window', () => {
  const options = printWindowOptions();

  it('is hidden, sandboxed, without a preload or Node, and has the PDF viewer', () => {
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      plugins: true,
      devTools: false,
    });
    expect(options.webPreferences).not.toHaveProperty('preload');
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
