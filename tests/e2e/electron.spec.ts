/**
 * The desktop app itself, through Playwright's Electron support: the built app
 * (out/main/main.js, so run `npm run build` first) opens its window on the dashboard,
 * served from app://appraisals/ with no Node in the page, and makes a backup by hand.
 *
 * Runs wherever an Electron binary is installed. Where none is (our build machines install
 * electron with ELECTRON_SKIP_BINARY_DOWNLOAD=1) it is skipped, and says why in the log.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron, expect, test } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Finds the binary the way the electron package does, without require('electron'),
 * which starts a download when the binary is missing.
 */
function findElectron(): { executable: string } | { missing: string } {
  let packageDir: string;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed' };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : undefined;
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const executable =
    override !== undefined && override !== ''
      ? path.join(override, relative ?? 'electron')
      : relative === undefined
        ? undefined
        : path.join(packageDir, 'dist', relative);
  if (executable === undefined || !existsSync(executable)) {
    return {
      missing: `no Electron binary is installed (${executable ?? pathFile} does not exist; electron was installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or its download failed)`,
    };
  }
  return { executable };
}

const electron = findElectron();
if ('missing' in electron) console.log(`Electron e2e skipped: ${electron.missing}.`);

test('the desktop app opens on the dashboard', async () => {
  // The reason is printed above and shown in Playwright's report beside the skip.
  test.skip('missing' in electron, `Electron e2e skipped: ${'missing' in electron ? electron.missing : ''}.`);
  if ('missing' in electron) return;
  expect(
    existsSync(path.join(root, 'out/main/main.js')),
    'out/main/main.js is missing: run `npm run build` first',
  ).toBe(true);

  // A throwaway profile keeps the test away from real records and from a running copy's lock.
  const userData = mkdtempSync(path.join(tmpdir(), 'care-appraisals-e2e-'));
  // Electron refuses to start as root (CI containers) unless the OS sandbox is off.
  const asRoot = process.getuid?.() === 0;
  const app = await _electron.launch({
    executablePath: electron.executable,
    args: [root, `--user-data-dir=${userData}`, ...(asRoot ? ['--no-sandbox'] : [])],
    // Without ELECTRON_RENDERER_URL the app loads its built renderer, not a dev server.
    env: Object.fromEntries(
      Object.entries(process.env).filter(
        (entry): entry is [string, string] => entry[0] !== 'ELECTRON_RENDERER_URL' && entry[1] !== undefined,
      ),
    ),
  });
  try {
    const window = await app.firstWindow();
    await expect(window).toHaveTitle('Care Appraisals');
    await expect(window.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    expect(window.url()).toMatch(/^app:\/\/appraisals\//);
    expect(
      await window.evaluate(() => ['require', 'process', 'careAppraisals'].map((name) => name in globalThis)),
    ).toEqual([false, false, true]);

    // A backup by hand: its export worker loads from app://, beside the page.
    const workers: string[] = [];
    window.on('worker', (worker) => workers.push(worker.url()));
    await window.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Backups' }).click();
    await window.getByRole('button', { name: 'Back up now' }).click();
    await expect(window.getByText(/^Backed up and checked: /)).toBeVisible({ timeout: 60_000 });
    expect(workers.some((url) => /^app:\/\/appraisals\/assets\/exportWorker-/.test(url))).toBe(true);
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
