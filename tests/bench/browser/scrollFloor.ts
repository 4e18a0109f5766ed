/**
 * The floor for the Records scroll rows: the same rows, scrolled the same way, in the same page,
 * drawn by a few lines of plain DOM code instead of the app (no React, no TanStack Virtual).
 *
 * The rows are the app's own: each row's markup is copied from the Records list as the app drew
 * it (a slow pass at 1× first), so the floor has the same cells, text, classes and stylesheet.
 * The floor's table sits where the app's was, with the same box, caption and headings; the app's
 * box is hidden meanwhile. Like the app it windows the list: the rows in view plus 4 either side,
 * a spacer row above and below, and the rows coming into view drawn in a task of their own after
 * the scroll event (as React's scheduler does). What the floor costs is then what Chromium costs
 * to scroll these rows on this machine at this minute, and the app is judged beside it.
 */
import type { Page } from '@playwright/test';
import { firstTableRow } from './pageInstruments';

/** The floor's first row, for `PageInstruments.scrollToEnd`. */
export const floorTableRow = '#bench-scroll-floor tbody th[scope="row"]';
/** The app's first row while the floor is in the page too. */
export const appTableRow = '.table-scroll:not(#bench-scroll-floor) tbody th[scope="row"]';

export interface CopiedRows {
  rows: number;
  /** Rows not drawn while the list moved a view at a time, so visited one by one. */
  visitedAlone: number;
  ms: number;
}

interface ScrollFloor {
  /** Copies every row's markup from the app's list (scrolling it at 1×). */
  copyRows: () => Promise<CopiedRows>;
  /** Shows the floor's table in the app's place (true) or the app's table again (false). */
  show: (floor: boolean) => Promise<void>;
}

const scrollFloorScript = String.raw`(() => {
  const appRow = ${JSON.stringify(firstTableRow)};
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const rows = [];
  let appBox = null;
  let floorBox = null;
  let rowHeight = 0;

  const build = (box) => {
    const table = box.querySelector('table');
    rowHeight = box.querySelector('tbody tr[data-index]').getBoundingClientRect().height;
    floorBox = document.createElement('div');
    floorBox.id = 'bench-scroll-floor';
    floorBox.className = box.className;
    const copy = table.cloneNode(false);
    for (const part of table.children) if (part.tagName !== 'TBODY') copy.append(part.cloneNode(true));
    const body = document.createElement('tbody');
    copy.append(body);
    floorBox.append(copy);
    const before = document.createElement('tr');
    const after = document.createElement('tr');
    before.setAttribute('aria-hidden', 'true');
    after.setAttribute('aria-hidden', 'true');
    const template = document.createElement('template');
    const drawn = new Map();
    const overscan = 4;
    const draw = () => {
      const view = floorBox.clientHeight;
      const start = Math.max(0, Math.floor(floorBox.scrollTop / rowHeight) - overscan);
      const end = Math.min(rows.length, Math.ceil((floorBox.scrollTop + view) / rowHeight) + overscan);
      for (const [index, tr] of drawn) if (index < start || index >= end) { tr.remove(); drawn.delete(index); }
      // The rows kept stay where they are; a new row goes in before the next one kept (or the
      // spacer below), so only rows coming into view are added to the table, as React does.
      let next = before.nextSibling;
      for (let index = start; index < end; index += 1) {
        const kept = drawn.get(index);
        if (kept !== undefined) {
          next = kept.nextSibling;
          continue;
        }
        template.innerHTML = rows[index];
        const tr = template.content.firstElementChild;
        drawn.set(index, tr);
        body.insertBefore(tr, next);
      }
      before.style.height = start * rowHeight + 'px';
      after.style.height = (rows.length - end) * rowHeight + 'px';
    };
    const channel = new MessageChannel();
    channel.port1.onmessage = draw;
    floorBox.addEventListener('scroll', () => channel.port2.postMessage(null), { passive: true });
    body.append(before, after);
    box.after(floorBox);
    draw();
  };

  const floor = {
    copyRows: async () => {
      const started = performance.now();
      appBox = document.querySelector(appRow).closest('.table-scroll');
      const box = appBox;
      box.scrollTop = 0;
      await frame();
      // A view at a time, each given two frames to draw its rows; any row missed is visited on its own.
      for (;;) {
        for (const tr of box.querySelectorAll('tbody tr[data-index]')) rows[Number(tr.dataset.index)] = tr.outerHTML;
        if (box.scrollTop + box.clientHeight >= box.scrollHeight - 1) break;
        box.scrollTop += box.clientHeight;
        await frame();
        await frame();
      }
      let visitedAlone = 0;
      const total = Number(box.querySelector('table').getAttribute('aria-rowcount')) - 1;
      const rowPx = box.scrollHeight / total;
      for (let index = 0; index < total; index += 1) {
        if (rows[index] !== undefined) continue;
        visitedAlone += 1;
        box.scrollTop = index * rowPx;
        for (let tries = 0; tries < 10 && box.querySelector('tr[data-index="' + index + '"]') === null; tries += 1) await frame();
        const tr = box.querySelector('tr[data-index="' + index + '"]');
        if (tr === null) throw new Error('[bench] the app never drew row ' + index + ' of the Records list');
        rows[index] = tr.outerHTML;
      }
      rows.length = total;
      box.scrollTop = 0;
      await frame();
      build(box);
      floorBox.style.display = 'none';
      return { rows: rows.length, visitedAlone, ms: performance.now() - started };
    },
    show: async (showFloor) => {
      // Inline display rather than the hidden attribute, which the boxes' own display would beat.
      floorBox.style.display = showFloor ? '' : 'none';
      appBox.style.display = showFloor ? 'none' : '';
      // Until the shown list has drawn its rows again (the app's after it sees its box's size).
      const shown = showFloor ? floorBox : appBox;
      do await frame(); while (shown.querySelector('tbody th[scope="row"]') === null);
      await frame();
    },
  };
  Object.defineProperty(window, '__scrollFloor', { value: floor });
})();`;

/** Installs the floor in the Records page open in `page` and copies the app's rows into it. */
export async function installScrollFloor(page: Page): Promise<CopiedRows> {
  await page.evaluate(scrollFloorScript);
  return page.evaluate(() => {
    const floor: ScrollFloor = Reflect.get(window, '__scrollFloor');
    return floor.copyRows();
  });
}

/** Shows the floor's table (true) or the app's (false). */
export async function showScrollFloor(page: Page, floor: boolean): Promise<void> {
  await page.evaluate((showFloor) => {
    const scrollFloor: ScrollFloor = Reflect.get(window, '__scrollFloor');
    return scrollFloor.show(showFloor);
  }, floor);
}
