/**
 * The main window: its options, its size on the screen it opens on, what it loads, and
 * how a second launch brings it back. Pure, so the security settings are unit-tested.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { productName } from './appIdentity';
import { appEntryUrl, appOrigin } from './appOrigin';

/** Spelling is checked in British English. */
export const spellCheckerLanguages = ['en-GB'];

/**
 * The UI language Chromium uses for date fields and number formats. Fixed to en-GB so a
 * date field reads dd/mm/yyyy even on a PC set up with US regional settings.
 */
export const uiLanguage = 'en-GB';

/** Matches the renderer's page background so the window never flashes another colour. */
const backgroundColor = '#ffffff';

/** Preferred size, and the narrowest layout the renderer supports at 100% zoom. */
const preferred = { width: 1280, height: 800 };
const minimum = { width: 1024, height: 600 };

export interface WorkArea {
  width: number;
  height: number;
}

/**
 * Sizes the window to the screen's work area (without the taskbar). On a 1366x768 office
 * PC at 100% that is 1280x728; with Windows display scaling the work area shrinks, and
 * the minimum shrinks with it so the window always fits on screen.
 */
export function windowBounds(workArea: WorkArea) {
  return {
    width: Math.min(preferred.width, workArea.width),
    height: Math.min(preferred.height, workArea.height),
    minWidth: Math.min(minimum.width, workArea.width),
    minHeight: Math.min(minimum.height, workArea.height),
  };
}

export interface WindowOptionsInput {
  preloadPath: string;
  workArea: WorkArea;
  /** False in packaged builds: a manager has no use for DevTools and it bypasses the UI. */
  devTools: boolean;
}

/**
 * The main window's own options. The isolation settings every window shares are added where
 * the window is made, by constructLockedWindow.
 */
export function createWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...windowBounds(input.workArea),
    title: productName,
    // Shown on ready-to-show, so the manager never sees a blank frame.
    show: false,
    center: true,
    backgroundColor,
    autoHideMenuBar: false,
    webPreferences: {
      preload: input.preloadPath,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      // Chromium's built-in PDF viewer, so a signed appraisal opens inside the app. It shows
      // only PDFs the app itself serves from app://appraisals/documents/ (nothing else can be
      // navigated to), and it runs sandboxed like the page.
      plugins: true,
      devTools: input.devTools,
    },
  };
}

/** Electron's BrowserWindow, or a stand-in that records its options in tests. */
export type WindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

/**
 * The one place the app makes a window (the main window, and the hidden one that prints). The
 * isolation settings are written here, literally and after the caller's options, so no options
 * can turn them off, and so Electronegativity, which reads only the constructor call, sees them.
 */
export function constructLockedWindow<W>(
  BrowserWindow: WindowConstructor<W>,
  options: BrowserWindowConstructorOptions,
): W {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // A middle click on a link asks for a new window; the window-open handler refuses it
      // anyway, and this stops it at the source.
      disableBlinkFeatures: 'Auxclick',
    },
  });
}

export interface RendererLocation {
  /** What the window loads. */
  entryUrl: string;
  /** The only origin allowed to navigate in the window and to call main. */
  origin: string;
}

/**
 * Packaged builds always load app://appraisals/. `electron-vite dev` sets
 * ELECTRON_RENDERER_URL to its dev server, which is honoured only when not packaged.
 */
export function rendererLocation(devServerUrl: string | undefined, isPackaged: boolean): RendererLocation {
  if (isPackaged || devServerUrl === undefined || devServerUrl === '') {
    return { entryUrl: appEntryUrl, origin: appOrigin };
  }
  return { entryUrl: devServerUrl, origin: new URL(devServerUrl).origin };
}

/** The window methods a second launch needs; BrowserWindow satisfies it. */
export interface RestorableWindow {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/** A second launch brings the existing window forward instead of opening another copy. */
export function bringToFront(win: RestorableWindow): void {
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
