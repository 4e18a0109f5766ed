/**
 * How every browser run here launches Chromium: Debian's own where installed (Playwright's
 * browser download is not reachable from our build machines), en_GB date fields as on a UK
 * office PC, and nothing in the background that could reach the network.
 */
import { existsSync } from 'node:fs';

const debianChromium = '/usr/bin/chromium';

export const chromiumLaunchOptions = {
  ...(existsSync(debianChromium) ? { executablePath: debianChromium } : {}),
  // Date fields follow the browser's UI language; en_GB (from Debian's chromium-l10n) makes
  // them read dd/mm/yyyy.
  env: { ...process.env, LANGUAGE: 'en_GB' },
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
