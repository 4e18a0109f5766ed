import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../electron/menu';
import type { NavigationTarget } from '../../../shared/ipc';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function byLabel(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items(template).find((item) => item.label?.replaceAll('&', '') === label);
  if (found === undefined) throw new Error(`No menu item "${label}"`);
  return found;
}

function click(item: MenuItemConstructorOptions): void {
  if (item.click === undefined) throw new Error(`"${item.label ?? ''}" does nothing when clicked`);
  // Our handlers ignore Electron's (menuItem, window, event) arguments, which a test cannot build.
  Reflect.apply(item.click, undefined, []);
}

const windows = (isDev = false) => {
  const navigate = vi.fn<(to: NavigationTarget) => void>();
  return { navigate, template: buildMenuTemplate({ isDev, platform: 'win32', navigate }) };
};

describe('menu', () => {
  it('has File, Edit, View and Help with keyboard mnemonics', () => {
    expect(windows().template.map((menu) => menu.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it.each<[string, string | undefined, NavigationTarget]>([
    ['New staff member', 'CommandOrControl+N', 'staff-new'],
    ['Care home settings', 'CommandOrControl+,', 'settings'],
    ['Backups', undefined, 'backups'],
    ['Dashboard', 'CommandOrControl+1', 'dashboard'],
    ['Staff register', 'CommandOrControl+2', 'staff'],
    ['Appraisals', 'CommandOrControl+3', 'appraisals'],
    ['Records', 'CommandOrControl+4', 'records'],
    ['Audits and retention', 'CommandOrControl+5', 'audits'],
    ['Framework', 'CommandOrControl+6', 'framework'],
    ['About Care Appraisals', undefined, 'about'],
  ])('"%s" (%s) asks the renderer to open %s', (label, accelerator, target) => {
    const { template, navigate } = windows();
    const item = byLabel(template, label);
    expect(item.accelerator).toBe(accelerator);
    click(item);
    expect(navigate).toHaveBeenCalledExactlyOnceWith(target);
  });

  it('gives every labelled item in File, View and Help a mnemonic', () => {
    const { template } = windows();
    const labelled = items(template).filter((item) => item.label !== undefined && item.visible !== false);
    for (const item of labelled) expect(item.label).toMatch(/&\w/);
  });

  it('never gives two items of one menu the same mnemonic, so each key reaches one item', () => {
    for (const menu of windows(true).template) {
      const submenu = Array.isArray(menu.submenu) ? menu.submenu : [];
      const keys = submenu
        .filter((item) => item.label !== undefined && item.visible !== false)
        .map((item) => /&(\w)/.exec(item.label ?? '')?.[1]?.toLowerCase());
      expect(new Set(keys).size, `${menu.label ?? ''}: ${keys.join(', ')}`).toBe(keys.length);
    }
  });

  it('offers zoom in, out and reset, with Ctrl+= as well as Ctrl+Plus', () => {
    const roles = items(windows().template).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
    const hiddenZoom = items(windows().template).find(
      (item) => item.role === 'zoomIn' && item.visible === false,
    );
    expect(hiddenZoom?.accelerator).toBe('CommandOrControl+=');
  });

  it('has Exit on Windows and Quit on Linux', () => {
    const quitOn = (platform: NodeJS.Platform) =>
      items(buildMenuTemplate({ isDev: false, platform, navigate: vi.fn() })).find(
        (item) => item.role === 'quit',
      );
    expect(quitOn('win32')?.label).toBe('E&xit');
    expect(quitOn('linux')?.label).toBe('&Quit');
  });

  it('has reload and DevTools only in development', () => {
    const roles = (isDev: boolean) => items(windows(isDev).template).map((item) => item.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('puts Quit in the application menu on macOS', () => {
    const template = buildMenuTemplate({ isDev: false, platform: 'darwin', navigate: vi.fn() });
    expect(template[0]?.role).toBe('appMenu');
    expect(items(template).some((item) => item.role === 'quit')).toBe(false);
  });
});
