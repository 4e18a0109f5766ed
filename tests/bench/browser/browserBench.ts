/**
 * `npm run bench`'s real-browser half: the production renderer (productionRenderer.ts) served with
 * the harness, in Chromium, on a large home (largeHome.ts) seeded into the app's own IndexedDB.
 * Measures a backup against a plain copy of the same export, the dashboard's and the records
 * list's reads, typing, screens, scrolling (beside its floor) and cold start, then the keyboard walk. `npx tsx
 * tests/bench/browser/browserBench.ts` runs it alone and prints what it found.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { BundleSize, InitialJs } from '../bundleSize';
import { benchmarkKeyboardWalk } from '../keyboardBench';
import type { Measurement } from '../measure';
import { firstPage, openProfile, seedLargeHome, waitForFigure } from './appSession';
import { startBenchServer } from './benchServer';
import { probePagePath } from './benchProtocol';
import { openDraftId } from './largeHome';
import { coldStarts, dashboardNavigation, recordsNavigation, type ColdStarts } from './navigationBench';
import type { BenchProbe, ProbeRead, TimedBackup, TimedBytes } from './probe';
import { buildProductionRenderer } from './productionRenderer';
import { openAllRecords, scrollPasses, scrollPassesBesideFloor, type ScrollPass } from './scrollBench';
import { installScrollFloor, type CopiedRows } from './scrollFloor';
import { typeInBareTextarea, typeInEvidence, typeInRegisterSearch, type RegisterTyping } from './typingBench';

export interface BrowserBenchResult {
  buildSeconds: number;
  seedSeconds: number;
  seconds: number;
  bundle: BundleSize[];
  initialJs: InitialJs;
  backup: TimedBackup[];
  plainCopy: TimedBytes[];
  dashboardData: number[];
  /** The dashboard's team profile and development needs, read after its figure shows. */
  teamInsights: number[];
  recordsData: number[];
  dashboardNavigation: number[];
  recordsFirstRows: number[];
  register: RegisterTyping;
  register4x: RegisterTyping;
  evidence: number[];
  evidence4x: number[];
  /** The same keys into a bare textarea on an empty page: the floor for `evidence`. */
  bareTextarea: number[];
  scroll: ScrollPass[];
  scroll4x: ScrollPass[];
  /** The same rows in the same page drawn by plain DOM code (scrollFloor.ts), passes in turn with scroll4x's. */
  scrollFloor4x: ScrollPass[];
  floorRows: CopiedRows;
  coldStart: ColdStarts;
  keyboard: Measurement[];
}

async function openProbe(page: Page): Promise<void> {
  if (new URL(page.url()).pathname !== probePagePath) await page.goto(probePagePath);
  await page.waitForFunction(() => Reflect.has(window, 'benchProbe'));
}

/** Backups and plain copies in turn, a plain copy first untimed. */
async function backupsAndCopies(
  page: Page,
  runs: number,
): Promise<{ backup: TimedBackup[]; plainCopy: TimedBytes[] }> {
  await openProbe(page);
  const backUp = () =>
    page.evaluate(() => {
      const probe: BenchProbe = Reflect.get(window, 'benchProbe');
      return probe.backUp();
    });
  const plainCopy = () =>
    page.evaluate(() => {
      const probe: BenchProbe = Reflect.get(window, 'benchProbe');
      return probe.plainCopy();
    });
  await plainCopy();
  const result = { backup: [] as TimedBackup[], plainCopy: [] as TimedBytes[] };
  for (let i = 0; i < runs; i += 1) {
    result.backup.push(await backUp());
    result.plainCopy.push(await plainCopy());
  }
  return result;
}

async function readTimes(page: Page, what: ProbeRead, today: string, warmUps: number, runs: number) {
  await openProbe(page);
  return page.evaluate(
    ([read, day, warm, times]) => {
      const probe: BenchProbe = Reflect.get(window, 'benchProbe');
      return probe.readTimes(read, day, warm, times);
    },
    [what, today, warmUps, runs] as const,
  );
}

export async function benchmarkBrowser(): Promise<BrowserBenchResult> {
  const started = performance.now();
  const renderer = await buildProductionRenderer();
  const dataRoot = mkdtempSync(join(tmpdir(), 'care-appraisals-bench-data-'));
  const userDataDir = mkdtempSync(join(tmpdir(), 'care-appraisals-bench-profile-'));
  const server = await startBenchServer(renderer.dir, dataRoot);
  const today = new Date().toISOString().slice(0, 10);
  try {
    const context = await openProfile(userDataDir, server.baseURL);
    const page = await firstPage(context);
    const seedSeconds = await seedLargeHome(page, server.seedPages, today);
    // Before the app first opens on the large home, so today's automatic backup is not due then.
    const backups = await backupsAndCopies(page, 2);
    const dashboardData = await readTimes(page, 'dashboard', today, 3, 15);
    const teamInsights = await readTimes(page, 'teamInsights', today, 1, 5);
    const recordsData = await readTimes(page, 'records', today, 1, 3);

    // The app's first start on the large home (start-up checks record the leavers with main).
    await page.goto('/');
    await waitForFigure(page);
    await page.waitForTimeout(4000);
    const dashboard = await dashboardNavigation(page, 2, 10);
    const records = await recordsNavigation(page, 1, 5);
    await openAllRecords(page);
    const scroll = await scrollPasses(page, 1, 1, 2);
    const floorRows = await installScrollFloor(page);
    const { app: scroll4x, floor: scrollFloor4x } = await scrollPassesBesideFloor(page, 4, 2);
    const register = await typeInRegisterSearch(page, 1);
    const register4x = await typeInRegisterSearch(page, 4);
    const evidence = await typeInEvidence(page, openDraftId, 1);
    const evidence4x = await typeInEvidence(page, openDraftId, 4);
    const bareTextarea = await typeInBareTextarea(page);
    await context.close();

    const coldStart = await coldStarts(userDataDir, server.baseURL, 1, 5);
    const keyboard = await benchmarkKeyboardWalk(1, server.baseURL);
    return {
      buildSeconds: renderer.buildSeconds,
      seedSeconds,
      seconds: (performance.now() - started) / 1000,
      bundle: renderer.bundle,
      initialJs: renderer.initialJs,
      ...backups,
      dashboardData,
      teamInsights,
      recordsData,
      dashboardNavigation: dashboard,
      recordsFirstRows: records,
      register,
      register4x,
      evidence,
      evidence4x,
      bareTextarea,
      scroll,
      scroll4x,
      scrollFloor4x,
      floorRows,
      coldStart,
      keyboard,
    };
  } finally {
    await server.close();
    renderer.remove();
    rmSync(dataRoot, { recursive: true, force: true });
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await benchmarkBrowser(), null, 1));
}
