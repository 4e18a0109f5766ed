/**
 * The app in Chromium for the browser bench: Debian's Chromium where installed (Playwright's own
 * otherwise; never downloaded), a persistent profile so the seeded IndexedDB survives a restart
 * (cold start), the bench's instruments in every page, one harness session throughout. Seeding
 * goes through the probe page: the app's own database class, writing the large home.
 */
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../chromiumLaunch';
import { harnessSessionStorageKey } from '../../harness/harnessProtocol';
import { probePagePath } from './benchProtocol';
import { largeHomeAppraisals, largeHomeSize, largeHomeStaff } from './largeHome';
import { completionFigure, pageInstrumentsScript } from './pageInstruments';
import type { BenchProbe, SeedPage } from './probe';

const benchSession = 'browser-bench';

const contextOptions = {
  viewport: { width: 1366, height: 768 },
  locale: 'en-GB',
  timezoneId: 'Europe/London',
};

/** Opens (or reopens) the app's profile; every page gets the session and the instruments. */
export async function openProfile(userDataDir: string, baseURL: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    ...chromiumLaunchOptions,
    ...contextOptions,
    baseURL,
  });
  await context.addInitScript(
    ([key, value]) => {
      localStorage.setItem(key, value);
    },
    [harnessSessionStorageKey, benchSession] as const,
  );
  await context.addInitScript({ content: pageInstrumentsScript });
  context.setDefaultTimeout(180_000);
  return context;
}

export function firstPage(context: BrowserContext): Promise<Page> {
  return Promise.resolve(context.pages()[0] ?? context.newPage());
}

const cdpSessions = new WeakMap<Page, CDPSession>();

/**
 * Chromium's CPU throttling (1: none), standing in for a slower office PC. The DevTools session
 * stays open for the page's life: closing it would end the throttling.
 */
export async function throttleCpu(page: Page, rate: number): Promise<void> {
  let cdp = cdpSessions.get(page);
  if (cdp === undefined) {
    cdp = await page.context().newCDPSession(page);
    cdpSessions.set(page, cdp);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

export async function waitForFigure(page: Page): Promise<void> {
  await page.locator(completionFigure).waitFor({ state: 'visible' });
}

/** The first-run setup screen, filled as a manager would, ending on the dashboard. */
export async function firstRunSetup(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Care home name').fill('Rosewood House');
  await page.getByLabel('Address').fill('12 Mill Lane\nHeadingley\nLeeds LS6 2AB');
  await page.getByLabel('Registered manager').fill('María José Núñez');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
}

/**
 * First-run setup through the app's own screen, then the large home written into the app's
 * IndexedDB by the probe page (which it leaves the page on). Returns the seconds it took.
 */
export async function seedLargeHome(page: Page, seedPages: string[], today: string): Promise<number> {
  const started = performance.now();
  await firstRunSetup(page);

  await page.goto(probePagePath);
  await page.waitForFunction(() => Reflect.has(window, 'benchProbe'));
  const staff = largeHomeStaff();
  const appraisals = largeHomeAppraisals(staff, today);
  const pageSize = 500;
  seedPages.length = 0;
  for (let start = 0; start < appraisals.length; start += pageSize)
    seedPages.push(
      JSON.stringify({
        staff: start === 0 ? staff : [],
        appraisals: appraisals.slice(start, start + pageSize),
      } satisfies SeedPage),
    );
  const writing = await page.evaluate(async (pages) => {
    const probe: BenchProbe = Reflect.get(window, 'benchProbe');
    return probe.seed(pages);
  }, seedPages.length);
  seedPages.length = 0;
  if (writing <= 0) throw new Error('Nothing was seeded.');
  const counts = await page.evaluate(() => {
    const probe: BenchProbe = Reflect.get(window, 'benchProbe');
    return probe.counts();
  });
  if (counts.staff !== largeHomeSize.staff || counts.appraisals !== largeHomeSize.appraisals)
    throw new Error(`Seeded ${JSON.stringify(counts)}.`);

  return (performance.now() - started) / 1000;
}
