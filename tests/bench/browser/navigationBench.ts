/**
 * How long screens take to show on the large home: from a click on the main navigation (on
 * About, a light screen) until the dashboard's completion figure, or the Records list's first
 * row, shows in a frame; and cold start, a restarted browser opening the app on its profile,
 * from navigation start until the figure shows (and Chromium's first contentful paint).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { firstPage, openProfile, waitForFigure } from './appSession';
import { completionFigure, firstTableRow, type PageInstruments } from './pageInstruments';

async function navigate(page: Page, linkText: string, selector: string): Promise<number> {
  return page.evaluate(
    ([link, target]) => {
      const bench: PageInstruments = Reflect.get(window, '__bench');
      return bench.navigate(link, target);
    },
    [linkText, selector] as const,
  );
}

/** From About to `linkText` until `selector` shows: `runs` times after `warmUps` untimed. */
async function timedNavigation(
  page: Page,
  linkText: string,
  selector: string,
  warmUps: number,
  runs: number,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < warmUps + runs; i += 1) {
    await navigate(page, 'About', 'main h1');
    await page.getByRole('heading', { level: 1, name: 'About Care Appraisals' }).waitFor();
    await page.waitForTimeout(300);
    const ms = await navigate(page, linkText, selector);
    if (i >= warmUps) times.push(ms);
  }
  return times;
}

export const dashboardNavigation = (page: Page, warmUps: number, runs: number) =>
  timedNavigation(page, 'Dashboard', completionFigure, warmUps, runs);

export const recordsNavigation = (page: Page, warmUps: number, runs: number) =>
  timedNavigation(page, 'Records', firstTableRow, warmUps, runs);

export interface ColdStarts {
  figureMs: number[];
  firstPaintMs: number[];
}

/** Each run: the browser restarted on the profile, the app opened at its dashboard. */
export async function coldStarts(
  userDataDir: string,
  baseURL: string,
  warmUps: number,
  runs: number,
): Promise<ColdStarts> {
  const figureMs: number[] = [];
  const firstPaintMs: number[] = [];
  for (let i = 0; i < warmUps + runs; i += 1) {
    const context: BrowserContext = await openProfile(userDataDir, baseURL);
    try {
      const page = await firstPage(context);
      await page.goto('/');
      await waitForFigure(page);
      const { figure, paint } = await page.evaluate(() => {
        const bench: PageInstruments = Reflect.get(window, '__bench');
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        return { figure: bench.figureAt, paint: fcp?.startTime ?? NaN };
      });
      if (figure === null) throw new Error('The cold start never saw the completion figure.');
      if (i >= warmUps) {
        figureMs.push(figure);
        firstPaintMs.push(paint);
      }
      // Let the start-up checks finish before the browser goes, as a manager's first minute would.
      await page.waitForTimeout(1000);
    } finally {
      await context.close();
    }
  }
  return { figureMs, firstPaintMs };
}
