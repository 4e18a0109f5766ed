/**
 * The native menu, as a template built by a pure function. Screens are opened by asking
 * the renderer (the `menu:navigate` event), never by main loading a URL. Labels carry `&`
 * mnemonics so Alt+F, Alt+V and Alt+H reach every item from the keyboard.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { NavigationTarget } from '../shared/ipc';

export interface MenuOptions {
  /** Reload and DevTools appear only in development. */
  isDev: boolean;
  platform: NodeJS.Platform;
  navigate: (to: NavigationTarget) => void;
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { isDev, platform, navigate } = options;
  const isMac = platform === 'darwin';
  const go = (to: NavigationTarget) => () => {
    navigate(to);
  };
  // On macOS, Quit lives in the application menu.
  const quit: MenuItemConstructorOptions[] = isMac
    ? []
    : [{ type: 'separator' }, { role: 'quit', label: platform === 'win32' ? 'E&xit' : '&Quit' }];
  const developer: MenuItemConstructorOptions[] = isDev
    ? [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  const appMenu: MenuItemConstructorOptions[] = isMac ? [{ role: 'appMenu' }] : [];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: '&New staff member', accelerator: 'CommandOrControl+N', click: go('staff-new') },
      { type: 'separator' },
      { label: 'Care home &settings', accelerator: 'CommandOrControl+,', click: go('settings') },
      { label: '&Backups', click: go('backups') },
      ...quit,
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      // Every screen in the side navigation, in its order, Ctrl+1 to Ctrl+6.
      { label: '&Dashboard', accelerator: 'CommandOrControl+1', click: go('dashboard') },
      { label: 'Staff &register', accelerator: 'CommandOrControl+2', click: go('staff') },
      { label: 'A&ppraisals', accelerator: 'CommandOrControl+3', click: go('appraisals') },
      { label: 'Re&cords', accelerator: 'CommandOrControl+4', click: go('records') },
      { label: 'Audits and re&tention', accelerator: 'CommandOrControl+5', click: go('audits') },
      { label: 'Fra&mework', accelerator: 'CommandOrControl+6', click: go('framework') },
      { type: 'separator' },
      ...developer,
      { role: 'resetZoom', label: '&Actual size' },
      { role: 'zoomIn', label: 'Zoom &in' },
      // The role's own accelerator is Ctrl+Plus, which needs Shift on UK keyboards; this
      // hidden twin makes the usual Ctrl+= work too. Do not "dedupe" it.
      { role: 'zoomIn', accelerator: 'CommandOrControl+=', visible: false },
      { role: 'zoomOut', label: 'Zoom &out' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: '&Full screen' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: '&Help',
    submenu: [{ label: '&About Care Appraisals', click: go('about') }],
  };

  // Without the Edit roles, copy and paste shortcuts do not reach text fields on macOS.
  const edit: MenuItemConstructorOptions = { role: 'editMenu', label: '&Edit' };

  return [...appMenu, file, edit, view, help];
}
