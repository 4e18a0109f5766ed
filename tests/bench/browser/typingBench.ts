/**
 * Per-keystroke cost in real Chromium: each key typed by Playwright, then two frames and a pause,
 * then the longest Event Timing entry (keydown, keypress, input, keyup; reported from 16 ms)
 * that key caused: from the key's arrival to the next paint after its handlers and React's
 * render. A key under 16 ms has no entry and counts as 0. One key at a time, as a person types
 * with the page keeping up; a key the page could not keep up with would queue behind the last.
 *
 * A person's keys land anywhere in a frame, so each key is sent at its own point of one: 0, 7,
 * 14, 4, … ms after a frame starts, every millisecond of a frame in turn. Sent at one fixed
 * point instead (as this bench did until 2026-12), every key waited about as long for the next
 * frame, and that wait, set by Playwright's round trip, decided the figure: the same page gave
 * 16 ms or 24 ms from one run to the next.
 */
import type { Page } from '@playwright/test';
import { probePagePath } from './benchProtocol';
import type { PageInstruments } from './pageInstruments';
import { throttleCpu } from './appSession';

/** Milliseconds after a frame starts for the i-th key: steps of 7 through 0–16, all in turn. */
const frameOffset = (i: number) => (i * 7) % 17;

async function timedKeys(page: Page, keys: readonly string[]): Promise<number[]> {
  const durations: number[] = [];
  for (const [i, key] of keys.entries()) {
    const since = await page.evaluate((offset) => {
      const bench: PageInstruments = Reflect.get(window, '__bench');
      return bench.afterFrame(offset);
    }, frameOffset(i));
    await page.keyboard.press(key);
    durations.push(
      await page.evaluate(async (from) => {
        const bench: PageInstruments = Reflect.get(window, '__bench');
        await bench.settle();
        return bench.keystrokeSince(from);
      }, since),
    );
  }
  return durations;
}

// The texts typed here are plain ASCII, so code points are characters.
const characters = (text: string) => Array.from(text, (c) => (c === ' ' ? 'Space' : c));

/**
 * Searches the register typed by someone looking for a colleague; each search then cleared.
 * Fifteen at 1×, 93 keys: with the first five alone (32 keys), the p95 was the second-slowest
 * key, so one key in the host's slow frames (seen in the bare textarea too) could move it a
 * whole 8 ms step; with 93 it takes five.
 */
const searches = [
  'lucja',
  'okonkwo',
  'nunez 1',
  'smith',
  'bronte 4',
  'patel',
  'khan 2',
  'siobhan',
  'kowalczyk',
  'aisha',
  'hoa 3',
  'mateusz',
  'connor',
  'stefan',
  'zoe 1',
];

export interface RegisterTyping {
  keys: number[];
  /** Clearing a search (select all, Backspace): every active person's row drawn again. */
  clears: number[];
  /** Rows in the register once cleared. */
  rows: number;
}

export async function typeInRegisterSearch(page: Page, rate: number): Promise<RegisterTyping> {
  await page.goto('/#/staff');
  const search = page.getByLabel('Search by name');
  await search.waitFor();
  await search.click();
  // Warm-up: one search typed and cleared, untimed.
  await timedKeys(page, [...characters('was'), 'Control+A', 'Backspace']);
  await throttleCpu(page, rate);
  const keys: number[] = [];
  const clears: number[] = [];
  // At 4× a search costs seconds: three of the five keep the bench under 15 minutes.
  for (const query of rate === 1 ? searches : searches.slice(0, 3)) {
    keys.push(...(await timedKeys(page, characters(query))));
    clears.push(...(await timedKeys(page, ['Control+A', 'Backspace'])).slice(1));
  }
  await throttleCpu(page, 1);
  const rows = await page.locator('table tbody tr').count();
  return { keys, clears, rows };
}

/** A sentence added to the first evidence note of a draft, on its Management tasks step. */
const evidence = ' Followed up at supervision; the rota gaps were closed within a week.';

export async function typeInEvidence(page: Page, draftId: string, rate: number): Promise<number[]> {
  await page.goto(`/#/appraisals/${encodeURIComponent(draftId)}/management`);
  const field = page.getByLabel('Evidence', { exact: true }).first();
  await field.waitFor();
  await field.click();
  await page.keyboard.press('End');
  await timedKeys(page, characters(' Seen twice.')); // warm-up, untimed
  await throttleCpu(page, rate);
  const keys = await timedKeys(page, characters(evidence));
  await throttleCpu(page, 1);
  return keys;
}

/**
 * The floor for the evidence figures: the same keys, sent the same way, into a bare textarea
 * (the app's size and growing rule) alone on a page with nothing else.
 */
export async function typeInBareTextarea(page: Page): Promise<number[]> {
  await page.goto(probePagePath);
  await page.evaluate(() => {
    const field = document.createElement('textarea');
    field.rows = 3;
    field.spellcheck = true;
    field.style.cssText = 'display:block;width:40rem;field-sizing:content;font:16px/1.45 sans-serif';
    document.body.append(field);
    field.focus();
  });
  await timedKeys(page, characters(' Seen twice.')); // warm-up, untimed
  return timedKeys(page, characters(evidence));
}
