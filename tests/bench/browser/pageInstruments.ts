/**
 * What the browser bench puts in every page before the app's own scripts (an init script, plain
 * JavaScript so it reaches the page as written): Event Timing entries of 16 ms or more, long
 * tasks, when the dashboard's completion figure first showed, and helpers that time a
 * navigation or a scroll inside the page, so no round trip to Node is in the figure. A thing
 * "shows" at the first animation frame where it is in the page with a size: the frame it is
 * painted in.
 */
export const completionFigure = '.completion__figure';
/** A row of a data table (the records list's rows are headed by the staff member's name). */
export const firstTableRow = 'table tbody th[scope="row"]';

export interface PageInstruments {
  /** Milliseconds after navigation start that the completion figure first showed, or null. */
  figureAt: number | null;
  /** The longest key-event duration (keydown, keypress, input, keyup) since `since`, or 0 when none reached 16 ms. */
  keystrokeSince: (since: number) => number;
  /** Clicks the main navigation's link, then waits until `selector` shows: milliseconds. */
  navigate: (linkText: string, selector: string) => Promise<number>;
  /** Scrolls the box around `selector` to its end, a view's height a frame; long tasks over 50 ms meanwhile. */
  scrollToEnd: (selector: string) => Promise<{ longTasks: number; longestMs: number; frames: number }>;
  /** Back to the top of that box, and a moment for what that drew. */
  scrollToTop: (selector: string) => Promise<void>;
  /** Resolves after two frames and a pause, so Event Timing has delivered what the last input cost. */
  settle: () => Promise<void>;
  /** Resolves `offsetMs` after the next frame starts, with performance.now() then. */
  afterFrame: (offsetMs: number) => Promise<number>;
}

export const pageInstrumentsScript = String.raw`(() => {
  const events = [];
  const longTasks = [];
  const keyEvents = new Set(['keydown', 'keypress', 'keyup', 'beforeinput', 'input']);
  const observe = (type, init, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, ...init });
    } catch (error) {
      console.warn('[bench] cannot observe ' + type + ': ' + error);
    }
  };
  observe('event', { durationThreshold: 16 }, (e) => events.push({ name: e.name, start: e.startTime, duration: e.duration }));
  observe('longtask', {}, (e) => longTasks.push({ start: e.startTime, duration: e.duration }));
  const shows = (selector) => {
    const el = document.querySelector(selector);
    if (el === null) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const waitFor = async (selector, timeoutMs) => {
    const started = performance.now();
    for (;;) {
      await frame();
      if (shows(selector)) return performance.now();
      if (performance.now() - started > timeoutMs) throw new Error('[bench] never saw ' + selector);
    }
  };
  const scrollBox = (selector) => {
    for (let el = document.querySelector(selector); el !== null; el = el.parentElement) {
      const style = getComputedStyle(el);
      if (/(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight) return el;
    }
    return document.scrollingElement;
  };
  const bench = {
    figureAt: null,
    keystrokeSince: (since) =>
      events.filter((e) => e.start >= since && keyEvents.has(e.name)).reduce((n, e) => Math.max(n, e.duration), 0),
    navigate: async (linkText, selector) => {
      const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent.trim() === linkText);
      if (link === undefined) throw new Error('[bench] no navigation link ' + linkText);
      const started = performance.now();
      link.click();
      return (await waitFor(selector, 120000)) - started;
    },
    scrollToEnd: async (selector) => {
      const box = scrollBox(selector);
      const started = performance.now();
      let frames = 0;
      while (box.scrollTop + box.clientHeight < box.scrollHeight - 1) {
        box.scrollTop += box.clientHeight;
        frames += 1;
        await frame();
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      const seen = longTasks.filter((t) => t.start >= started && t.duration > 50);
      return { longTasks: seen.length, longestMs: seen.reduce((n, t) => Math.max(n, t.duration), 0), frames };
    },
    scrollToTop: async (selector) => {
      scrollBox(selector).scrollTop = 0;
      await frame();
      await new Promise((resolve) => setTimeout(resolve, 300));
    },
    settle: async () => {
      await frame();
      await frame();
      await new Promise((resolve) => setTimeout(resolve, 30));
    },
    afterFrame: async (offsetMs) => {
      await frame();
      await new Promise((resolve) => setTimeout(resolve, offsetMs));
      return performance.now();
    },
  };
  Object.defineProperty(window, '__bench', { value: bench });
  // Cold start: the first frame the completion figure shows in (watched on the app's own page
  // only, for 60 s at most: a page drawing a frame every frame handles input differently).
  const watch = () => {
    if (shows(${JSON.stringify(completionFigure)})) bench.figureAt = performance.now();
    else if (performance.now() < 60000) requestAnimationFrame(watch);
  };
  if (location.pathname === '/') requestAnimationFrame(watch);
})();`;
