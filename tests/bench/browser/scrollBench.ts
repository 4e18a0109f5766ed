/**
 * Long tasks (over 50 ms, from the Long Tasks API) while the Records list, all 5,000 rows with
 * drafts shown, is scrolled from top to bottom: a view's height each frame, as a fast flick of
 * the wheel would. One untimed pass first; then `runs` passes, each counted on its own.
 */
import type { Page } from '@playwright/test';
import { throttleCpu } from './appSession';
import { firstTableRow, type PageInstruments } from './pageInstruments';

export interface ScrollPass {
  longTasks: number;
  longestMs: number;
  frames: number;
}

export async function openAllRecords(page: Page): Promise<void> {
  await page.goto('/#/records?drafts=yes');
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
    const pass = await page.evaluate(async (selector) => {
      const bench: PageInstruments = Reflect.get(window, '__bench');
      await bench.scrollToTop(selector);
      return bench.scrollToEnd(selector);
    }, firstTableRow);
    if (i >= warmUps) passes.push(pass);
  }
  await throttleCpu(page, 1);
  return passes;
}
