/**
 * Long tasks (over 50 ms, from the Long Tasks API) while the Records list, all 5,000 rows with
 * drafts shown, is scrolled from top to bottom: a view's height each frame, as a fast flick of
 * the wheel would. One untimed pass first; then `runs` passes, each counted on its own.
 */
import type { Page } from '@playwright/test';
import { throttleCpu } from './appSession';
import { largeHomeSize } from './largeHome';
import { firstTableRow, type PageInstruments } from './pageInstruments';
import { appTableRow, floorTableRow, showScrollFloor } from './scrollFloor';

export interface ScrollPass {
  longTasks: number;
  longestMs: number;
  frames: number;
}

/**
 * Records with every appraisal listed, drafts too. The box is ticked as a manager would: the page
 * reads its address only when it opens, so going to `?drafts=yes` from Records itself (as the
 * bench does, after timing the page's navigation) left the drafts out.
 */
export async function openAllRecords(page: Page): Promise<void> {
  await page.goto('/#/records?drafts=yes');
  await page.getByLabel('Include drafts in progress').check();
  await page
    .getByText(`Showing ${largeHomeSize.appraisals.toLocaleString('en-GB')} appraisals`, { exact: true })
    .waitFor();
  await page.locator(firstTableRow).first().waitFor();
}

export async function scrollPasses(
  page: Page,
  rate: number,
  warmUps: number,
  runs: number,
): Promise<ScrollPass[]> {
  const passes: ScrollPass[] = [];
  await throttleCpu(page, rate);
  for (let i = 0; i < warmUps + runs; i += 1) {
    const pass = await scrollOnce(page, firstTableRow);
    if (i >= warmUps) passes.push(pass);
  }
  await throttleCpu(page, 1);
  return passes;
}

/**
 * The app's passes and the floor's (scrollFloor.ts, installed first) in turn, app, floor, floor,
 * app and so on, so each meets the host's same minutes; each pass counted on its own.
 */
export async function scrollPassesBesideFloor(
  page: Page,
  rate: number,
  runs: number,
): Promise<{ app: ScrollPass[]; floor: ScrollPass[] }> {
  const result = { app: [] as ScrollPass[], floor: [] as ScrollPass[] };
  await throttleCpu(page, rate);
  for (let i = 0; i < runs; i += 1) {
    for (const floor of i % 2 === 0 ? [false, true] : [true, false]) {
      await showScrollFloor(page, floor);
      if (floor) result.floor.push(await scrollOnce(page, floorTableRow));
      else result.app.push(await scrollOnce(page, appTableRow));
    }
  }
  await throttleCpu(page, 1);
  await showScrollFloor(page, false);
  return result;
}

function scrollOnce(page: Page, rowSelector: string): Promise<ScrollPass> {
  return page.evaluate(async (selector) => {
    const bench: PageInstruments = Reflect.get(window, '__bench');
    await bench.scrollToTop(selector);
    return bench.scrollToEnd(selector);
  }, rowSelector);
}
