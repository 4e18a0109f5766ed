/**
 * The main process: wiring only. Every decision it wires (window options, CSP,
 * navigation, sender check, protocol paths, menu) is a tested function in its own file.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import { appId, productName } from './appIdentity';
import type { SavedFileKind } from '../shared/ipc';
import { appOrigin, appScheme, isAtOrigin } from './appOrigin';
import { builtPaths } from './buildLayout';
import { createHandlers, openDataFolder } from './handlers/createHandlers';
import type { Vault } from './services/vault/vault';
import { fontsFolderFor } from './fontsFolder';
import { printPdfInWindow } from './printPdf';
import { registerIpc, sendEvent } from './ipc';
import { buildMenuTemplate } from './menu';
import { saveDialogOptions } from './saveDialog';
import { folderDialogOptions, openDialogOptions, type OpenedFileKind } from './openDialog';
import { appSchemePrivileges, createAppRequestHandler, documentUrl, type DocumentReader } from './protocol';
import { safeStorageProtector } from './keyProtection';
import {
  decideWindowOpen,
  denyAllPermissions,
  devContentSecurityPolicy,
  devCspNonceEnv,
  guardNavigation,
} from './security';
import {
  bringToFront,
  constructLockedWindow,
  createWindowOptions,
  rendererLocation,
  spellCheckerLanguages,
  uiLanguage,
} from './window';

const { preloadPath, rendererDir } = builtPaths(import.meta.dirname);
const renderer = rendererLocation(process.env['ELECTRON_RENDERER_URL'], app.isPackaged);

let mainWindow: BrowserWindow | null = null;

// Both must be set before the app is ready.
app.commandLine.appendSwitch('lang', uiLanguage);
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

if (app.requestSingleInstanceLock()) {
  start();
} else {
  // Another copy is running and has been asked to come forward (second-instance).
  app.quit();
}

function start(): void {
  app.setAppUserModelId(appId);

  app.on('second-instance', () => {
    if (mainWindow !== null) bringToFront(mainWindow);
  });

  // Applies to every web contents, including any a future feature might create.
  app.on('web-contents-created', (_event, contents) => {
    guardNavigation(contents, renderer.origin);
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
    });
    contents.setWindowOpenHandler(({ url }) => {
      const { openExternally } = decideWindowOpen(url);
      if (openExternally !== null) void shell.openExternal(openExternally);
      return { action: 'deny' };
    });
  });

  app.on('window-all-closed', () => {
    app.quit();
  });

  void app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession);
    if (renderer.origin !== appOrigin) addDevContentSecurityPolicy(renderer.origin);
    session.defaultSession.setSpellCheckerLanguages(spellCheckerLanguages);
    const dataFolder = app.getPath('userData');
    // safeStorage works only once the app is ready, which it is here.
    const keyProtector = safeStorageProtector(safeStorage, process.platform);
    // One vault, audit log and key store for the whole run: the handlers and the PDF viewer share them.
    const services = openDataFolder(dataFolder, () => new Date(), keyProtector);
    protocol.handle(
      appScheme,
      createAppRequestHandler(rendererDir, readFile, documentReader(services.vault), renderer.origin),
    );
    registerIpc(ipcMain, {
      handlers: createHandlers(
        {
          productName,
          appVersion: app.getVersion(),
          runtime: 'electron',
          electronVersion: process.versions.electron,
          platform: process.platform,
          dataFolder,
          openExternal: (url) => shell.openExternal(url),
          chooseSavePath: ({ suggestedName, kind }) => chooseSavePath(suggestedName, kind),
          chooseOpenPath: ({ kind }) => chooseOpenPath(kind),
          chooseFolderPath: () => chooseFolderPath(),
          emit: (event, payload) => {
            if (mainWindow !== null) sendEvent(mainWindow.webContents, event, payload);
          },
          fontsFolder: fontsFolderFor({
            isPackaged: app.isPackaged,
            resourcesPath: process.resourcesPath,
            appPath: app.getAppPath(),
          }),
          now: () => new Date(),
          readerCopiesFolder: join(app.getPath('temp'), 'Care Appraisals PDF copies'),
          openInPdfReader: async (filePath) => {
            const problem = await shell.openPath(filePath);
            return problem === '' ? null : problem;
          },
          printPdf: ({ url }) => printPdfInWindow(url, BrowserWindow),
          documentUrl,
          keyProtector,
        },
        services,
      ),
      trustedWebContentsId: () => mainWindow?.webContents.id ?? null,
      trustedOrigin: renderer.origin,
      logError: (channel, error) => {
        console.error(`IPC ${channel} failed:`, error);
      },
    });
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          isDev: !app.isPackaged,
          platform: process.platform,
          navigate: (to) => {
            if (mainWindow !== null) sendEvent(mainWindow.webContents, 'menu:navigate', { to });
          },
        }),
      ),
    );
    mainWindow = createMainWindow();
  });
}

/**
 * Under `npm start` the page comes from Vite's dev server, which sends no CSP, so main adds
 * one to everything that origin serves. Packaged builds get theirs from the app protocol.
 */
function addDevContentSecurityPolicy(devOrigin: string): void {
  const policy = devContentSecurityPolicy(devOrigin, process.env[devCspNonceEnv]);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    // Compared with isAtOrigin rather than a URL filter, so the port is matched exactly.
    if (!isAtOrigin(details.url, devOrigin)) {
      callback({});
      return;
    }
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });
}

/** Serves document PDFs over app:// from the vault (sealed) or the drafts folder. */
function documentReader(vault: Vault): DocumentReader {
  return async ({ documentId, kind }) => {
    const path = kind === 'draft' ? vault.draftPdfPath(documentId) : await vault.sealedPdfPath(documentId);
    if (path === null) return null;
    try {
      return new Uint8Array(await readFile(path));
    } catch {
      return null;
    }
  };
}

async function chooseSavePath(suggestedName: string, kind: SavedFileKind): Promise<string | null> {
  const options = saveDialogOptions(suggestedName, kind, app.getPath('documents'));
  const result = mainWindow
    ? await dialog.showSaveDialog(mainWindow, options)
    : await dialog.showSaveDialog(options);
  return result.canceled || result.filePath === '' ? null : result.filePath;
}

async function chooseOpenPath(kind: OpenedFileKind): Promise<string | null> {
  const options = openDialogOptions(kind, app.getPath('documents'));
  const result = mainWindow
    ? await dialog.showOpenDialog(mainWindow, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

async function chooseFolderPath(): Promise<string | null> {
  const options = folderDialogOptions(app.getPath('documents'));
  const result = mainWindow
    ? await dialog.showOpenDialog(mainWindow, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

function createMainWindow(): BrowserWindow {
  const win = constructLockedWindow(
    BrowserWindow,
    createWindowOptions({
      preloadPath,
      workArea: screen.getPrimaryDisplay().workAreaSize,
      devTools: !app.isPackaged,
    }),
  );
  win.once('ready-to-show', () => {
    win.show();
  });
  win.on('closed', () => {
    mainWindow = null;
  });
  void win.loadURL(renderer.entryUrl);
  return win;
}
