/**
 * The keyboard-only appraisal (tests/e2e/appraisal-keyboard.spec.ts, which checks it works) timed
 * in real Chromium through the browser harness: the whole walk from the register's Start
 * appraisal link to an empty ready-to-sign checklist with everything saved, each Next to the
 * following step, and each key press on the way, by kind.
 *
 * In `npm run bench` it runs against the browser bench's production server; alone, it starts its
 * own harness (Vite's dev server, as `npm run web` and the e2e suite run it) on a free
 * port and launches Chromium with playwright.config.ts's own browser options. Each walk has a
 * fresh browser context (a new IndexedDB) and harness session; one walk first, untimed, so Vite
 * has transformed every screen. A key press is timed until Chromium says the page has handled it
 * (its handlers and React's render; not the paint); a step until the new step's heading has focus
 * at a frame. `npx tsx tests/bench/keyboardBench.ts` runs it alone (KEYBOARD_WALKS=n, default 3).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import { createServer } from 'vite';
import playwrightConfig from '../../playwright.config';
import { harnessSessionStorageKey } from '../harness/harnessProtocol';
import { firstRunSetup } from './browser/appSession';
import { freePort } from './browser/benchServer';
import { formatMs, type Measurement } from './measure';

type Choice = 1 | 2 | 3 | 4 | 'n/a';
// The spec's ratings, so the walk presses the same keys.
const management: Choice[] = [3, 3, 2, 3, 4, 3, 3, 2, 3, 'n/a'];
const leadership: Choice[] = [2, 3, 2, 2, 3, 2, 1, 3, 2, 2];
const person = { fullName: 'Chiamaka Okonkwo-Ìbèkwè', role: 'Registered nurse', startDate: '2023-05-15' };

interface Samples {
  walks: number[];
  steps: number[];
  typed: number[];
  tabs: number[];
  choices: number[];
}

class Walk {
  constructor(
    private readonly page: Page,
    private readonly samples: Samples | null,
  ) {}

  private async timed(into: keyof Samples, act: () => Promise<unknown>): Promise<void> {
    const started = performance.now();
    await act();
    this.samples?.[into].push(performance.now() - started);
  }

  /** Tab, Shift+Tab. */
  move(key: 'Tab' | 'Shift+Tab' = 'Tab') {
    return this.timed('tabs', () => this.page.keyboard.press(key));
  }

  /** Arrows, Space and Enter on a control that changes what is chosen. */
  choose(key: string) {
    return this.timed('choices', () => this.page.keyboard.press(key));
  }

  /** Typing into a text or date field, one character at a time as Playwright's type() does. */
  async type(text: string) {
    for (const character of text) await this.timed('typed', () => this.page.keyboard.type(character));
  }

  /** Tab until the target has focus, as the spec's tabTo does. */
  async tabTo(target: Locator, max = 80) {
    await target.waitFor({ state: 'attached' });
    for (let presses = 0; presses < max; presses += 1) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await this.move();
    }
    throw new Error(`Never reached ${target.toString()} with Tab.`);
  }

  /** Next, until the new step's heading ("Step n of 11 <title>") has focus. */
  async next(title: string) {
    await this.tabTo(this.page.getByRole('button', { name: /^Next:/ }));
    await this.timed('steps', async () => {
      await this.page.keyboard.press('Enter');
      await this.page.waitForFunction(
        (title) => {
          const focused = document.activeElement;
          return focused?.tagName === 'H2' && focused.textContent.trim().endsWith(title);
        },
        title,
        { polling: 'raf' },
      );
    });
  }

  async rate(choice: Choice, evidence: string) {
    if (choice === 'n/a') {
      await this.choose('ArrowUp'); // from level 1, wraps round to "Not applicable"
      await this.move();
      await this.type('Works nights only; digital rostering is run by the day team.');
    } else if (choice === 1) {
      await this.choose('Space');
    } else {
      for (let i = 1; i < choice; i += 1) await this.choose('ArrowDown');
    }
    await this.move();
    await this.type(evidence);
    await this.move();
  }

  async rateSection(choices: readonly Choice[]) {
    await this.tabTo(this.page.getByRole('radio', { name: '1 Not yet demonstrated' }).first());
    for (const [index, choice] of choices.entries()) {
      await this.rate(choice, `Seen on shift ${index + 1}: handled well, with examples from supervision.`);
    }
  }
}

/** First-run setup and one person on the register (not timed), as the spec's completeSetup and addPerson. */
async function setUp(page: Page): Promise<void> {
  await firstRunSetup(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Staff register' }).click();
  await page.getByRole('link', { name: 'Add a member of staff' }).click();
  await page.getByLabel('Full name').fill(person.fullName);
  await page.getByLabel('Role').fill(person.role);
  await page.getByLabel('Start date').fill(person.startDate);
  await page.getByRole('button', { name: 'Add to register' }).click();
  await page.getByRole('link', { name: `Start appraisal of ${person.fullName}` }).waitFor();
}

/** The spec's walk, key for key, from the register to an empty checklist with everything saved. */
async function walk(page: Page, samples: Samples | null): Promise<void> {
  const w = new Walk(page, samples);
  const started = performance.now();
  await w.tabTo(page.getByRole('link', { name: `Start appraisal of ${person.fullName}` }));
  await w.choose('Enter');
  await w.tabTo(page.getByRole('button', { name: 'Start the appraisal' }));
  await w.choose('Enter');

  await w.tabTo(page.getByLabel('Review period from'));
  await w.type('05052025');
  await w.next('Self-assessment');

  await w.move();
  await w.choose('Space');
  await w.tabTo(page.getByRole('radio', { name: 'Not given' }).first());
  await w.choose('ArrowRight');
  await w.choose('ArrowRight');
  await w.move();
  for (let i = 0; i < 3; i += 1) await w.choose('ArrowRight');
  await w.next('Management tasks');

  await w.rateSection(management);
  await w.next('Leadership behaviours');
  await w.rateSection(leadership);
  await w.next('Previous objectives');
  await w.next('New objectives');

  await w.tabTo(page.getByRole('button', { name: 'Add an objective' }));
  await w.choose('Enter');
  await w.type('Lead the night handover on Rose Unit twice a week.');
  await w.move();
  await w.type('Handover sheets complete; feedback from the day team at supervision.');
  await w.move();
  await w.type(`0303${new Date().getFullYear() + 1}`);
  await w.tabTo(page.getByLabel('Support needed'));
  await w.type('Shadow the deputy for two handovers first.');
  await w.next('Development plan');

  await w.tabTo(page.getByRole('button', { name: /^Accept the suggestion for/ }).first());
  await w.choose('Enter');
  await w.move();
  await w.type('Coaching skills half-day; cover for one night shift.');
  await w.next('Wellbeing and support');

  await w.tabTo(page.getByLabel('What you discussed'));
  await w.type('Settled on nights; would like daytime training options.');
  await w.move();
  await w.type('Training booked on days, with a rest night before.');
  await w.next('Summary and profile');
  await w.tabTo(page.getByLabel('Overall comments'));
  await w.type('A calm, reliable nurse who is ready to lead more of the shift.');
  await w.next("Appraisee's comments");
  await w.tabTo(page.getByLabel(`${person.fullName}'s comments`));
  await w.type('I would like more time for the handover training.');
  await w.next('Ready to sign');

  // The walk only counts if it ended where the spec's does: nothing missing, everything saved.
  await page.getByRole('heading', { name: 'Everything is complete. Signing comes next.' }).waitFor();
  await page
    .getByRole('status', { name: 'Save status' })
    .filter({ hasText: /^Saved/ })
    .waitFor();
  samples?.walks.push(performance.now() - started);
}

function summary(name: string, detail: string, samples: number[]): Measurement {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { name, detail, medianMs: at(0.5), p95Ms: at(0.95), runs: sorted.length };
}

/** Against `baseURL` when given (the bench's production server), else its own Vite dev server. */
export async function benchmarkKeyboardWalk(
  walks = Number(process.env.KEYBOARD_WALKS ?? 3),
  baseURL?: string,
): Promise<Measurement[]> {
  const port = await freePort();
  const server =
    baseURL === undefined
      ? await createServer({
          configFile: fileURLToPath(new URL('../harness/vite.config.ts', import.meta.url)),
          configLoader: 'runner',
          server: { port, strictPort: true },
          logLevel: 'warn',
        })
      : null;
  const origin = baseURL ?? `http://localhost:${port}`;
  const served = baseURL === undefined ? 'harness dev server' : 'production build';
  let browser: Browser | undefined;
  try {
    await server?.listen();
    const use = playwrightConfig.use ?? {};
    browser = await chromium.launch(use.launchOptions);
    const samples: Samples = { walks: [], steps: [], typed: [], tabs: [], choices: [] };
    for (let run = 0; run <= walks; run += 1) {
      const context = await browser.newContext({
        baseURL: origin,
        viewport: use.viewport,
        locale: use.locale,
        timezoneId: use.timezoneId,
      });
      const session = `keyboard-bench-${crypto.randomUUID()}`;
      await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
        harnessSessionStorageKey,
        session,
      ] as const);
      const page = await context.newPage();
      page.setDefaultTimeout(60_000);
      await setUp(page);
      await walk(page, run === 0 ? null : samples); // the first walk warms Vite up
      await context.close();
    }
    const { steps, typed, tabs, choices } = samples;
    const presses = (steps.length + typed.length + tabs.length + choices.length) / walks;
    return [
      summary(
        'Keyboard: the whole appraisal',
        `register to an empty ready-to-sign checklist, saved; ${presses} key presses (e2e keyboard walk, Chromium, ${served})`,
        samples.walks,
      ),
      summary(
        'Keyboard: Next to the next step',
        'Enter until the new step’s heading has focus (a frame)',
        samples.steps,
      ),
      summary(
        'Keyboard: a character typed',
        'into a text or date field, handled by the page (React render included)',
        samples.typed,
      ),
      summary('Keyboard: Tab', 'moving focus, handled by the page', samples.tabs),
      summary(
        'Keyboard: choosing',
        'arrow, Space or Enter on a level, switch or button, handled by the page',
        samples.choices,
      ),
    ];
  } finally {
    await browser?.close();
    await server?.close();
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const r of await benchmarkKeyboardWalk()) {
    console.log(`| ${r.name} | ${r.detail} | ${formatMs(r.medianMs)} | ${formatMs(r.p95Ms)} | ${r.runs} |`);
  }
}
