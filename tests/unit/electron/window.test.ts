import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  bringToFront,
  constructLockedWindow,
  createWindowOptions,
  rendererLocation,
  spellCheckerLanguages,
  uiLanguage,
  windowBounds,
} from '../../../electron/window';

const officePc = { width: 1366, height: 728 };

/** Stands in for Electron's BrowserWindow: keeps what it was constructed with. */
class RecordedWindow {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
}

const lockedPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  disableBlinkFeatures: 'Auxclick',
};

describe('window options', () => {
  const options = createWindowOptions({
    preloadPath: '/app/out/preload/preload.cjs',
    workArea: officePc,
    devTools: false,
  });

  it('locks the renderer down where the window is made', () => {
    const made = constructLockedWindow(RecordedWindow, options).options;
    expect(made.webPreferences).toMatchObject({ ...lockedPreferences, navigateOnDragDrop: false });
    // Everything else the main window asked for is kept.
    expect(made).toMatchObject({ ...options, webPreferences: options.webPreferences });
  });

  it('keeps the isolation on whatever options a window is made with', () => {
    const careless: BrowserWindowConstructorOptions = {
      title: 'x',
      webPreferences: {
        preload: '/p.cjs',
        contextIsolation: false,
        sandbox: false,
        nodeIntegration: true,
        nodeIntegrationInSubFrames: true,
        webviewTag: true,
        webSecurity: false,
        allowRunningInsecureContent: true,
        experimentalFeatures: true,
        disableBlinkFeatures: '',
      },
    };
    const made = constructLockedWindow(RecordedWindow, careless).options;
    expect(made.webPreferences).toEqual({ preload: '/p.cjs', ...lockedPreferences });
    expect(made.title).toBe('x');
    expect(constructLockedWindow(RecordedWindow, {}).options.webPreferences).toEqual(lockedPreferences);
  });

  it("turns on Chromium's PDF viewer, so signed appraisals open inside the app", () => {
    expect(options.webPreferences?.plugins).toBe(true);
  });

  it('uses the built preload', () => {
    expect(options.webPreferences?.preload).toBe('/app/out/preload/preload.cjs');
  });

  it('starts hidden with a background colour, to be shown when ready', () => {
    expect(options.show).toBe(false);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options.title).toBe('Care Appraisals');
  });

  it('checks spelling in British English', () => {
    expect(options.webPreferences?.spellcheck).toBe(true);
    expect(spellCheckerLanguages).toEqual(['en-GB']);
    // Date fields read dd/mm/yyyy whatever the PC's regional settings.
    expect(uiLanguage).toBe('en-GB');
  });

  it('has DevTools only when asked', () => {
    expect(options.webPreferences?.devTools).toBe(false);
    const dev = createWindowOptions({ preloadPath: 'p', workArea: officePc, devTools: true });
    expect(dev.webPreferences?.devTools).toBe(true);
  });
});

describe('window size', () => {
  it('fits a 1366x768 office PC with the taskbar showing', () => {
    expect(windowBounds(officePc)).toEqual({ width: 1280, height: 728, minWidth: 1024, minHeight: 600 });
  });

  it('stops at 1280x800 on a large screen', () => {
    expect(windowBounds({ width: 2560, height: 1400 })).toEqual({
      width: 1280,
      height: 800,
      minWidth: 1024,
      minHeight: 600,
    });
  });

  it('never asks for more than the screen has (1366x768 at 150% scaling)', () => {
    const small = { width: 910, height: 485 };
    expect(windowBounds(small)).toEqual({ width: 910, height: 485, minWidth: 910, minHeight: 485 });
  });
});

describe('what the window loads', () => {
  it('loads the app origin when packaged, whatever the environment says', () => {
    expect(rendererLocation('http://localhost:5173/', true)).toEqual({
      entryUrl: 'app://appraisals/index.html',
      origin: 'app://appraisals',
    });
  });

  it('loads the app origin in an unpackaged build without a dev server', () => {
    expect(rendererLocation(undefined, false).entryUrl).toBe('app://appraisals/index.html');
    expect(rendererLocation('', false).entryUrl).toBe('app://appraisals/index.html');
  });

  it('loads the dev server under electron-vite dev and trusts only its origin', () => {
    expect(rendererLocation('http://localhost:5173/', false)).toEqual({
      entryUrl: 'http://localhost:5173/',
      origin: 'http://localhost:5173',
    });
  });
});

describe('second launch', () => {
  const fakeWindow = (minimized: boolean) => ({
    isMinimized: () => minimized,
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  });

  it('restores a minimised window and focuses it', () => {
    const win = fakeWindow(true);
    bringToFront(win);
    expect(win.restore).toHaveBeenCalledOnce();
    expect(win.show).toHaveBeenCalledOnce();
    expect(win.focus).toHaveBeenCalledOnce();
  });

  it('focuses a window that is already open', () => {
    const win = fakeWindow(false);
    bringToFront(win);
    expect(win.restore).not.toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalledOnce();
  });
});
