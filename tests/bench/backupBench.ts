/**
 * A backup and a restore of a large home (#11): 500 staff (one in 25 a leaver) and 5,000
 * appraisals as a home keeps them over the years (signed and sealed, replaced by an amendment,
 * drafts; each signing's own drawn signature image), seeded by the unit tests' seedHome into Dexie on
 * fake-indexeddb, with an audit log of 20,000 events. The renderer's actions run against
 * main's real handlers in this process (rendererWithMain), with a temp data folder.
 *
 * Measured for each run:
 * - `backUp(db, 'manual')` end to end: time, file size, memory;
 * - `prepareRestore` (main checks the file, the renderer reads it back and imports it into a
 *   scratch database) and `restoreBackup` (safety backup, replace, activity log) of that backup
 *   into the same database: time of each and memory;
 * - the longest hold of the event loop (a 5 ms interval timer's lateness, as mainBlockingBench
 *   reads it from perf_hooks), and main's share of it: the time in it while one of main's
 *   handlers ran. On a loaded machine the OS's pauses count as holds too;
 * - for comparison, the same database exported alone (`exportDatabase`) and written to a file
 *   with plain fs: what a backup costs over a plain copy.
 *
 * Renderer and main share one process here (in the app they are two), so memory is both
 * sides together: the JS heap's peak above its live size before the step (sampled every
 * 50 ms, garbage included), what stays live after a full collection, and RSS at its peak.
 * fake-indexeddb keeps its databases in the JS heap, so both count them. `npx tsx
 * tests/bench/backupBench.ts` runs it alone and prints its section of BENCHMARKS.md.
 */
import 'fake-indexeddb/auto';
import '../unit/renderer/backup/browserBlobs';
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Handlers } from '../../electron/handlers/handlerTypes';
import { backUp } from '../../renderer/actions/backUp';
import { prepareRestore, restoreBackup } from '../../renderer/actions/restoreBackup';
import { exportDatabase } from '../../renderer/db/backup/exportDatabase';
import type { AppDatabase } from '../../renderer/db/database';
import { type BackupCounts } from '../../shared/backup/backupContract';
import type { HandlerSetup } from '../fixtures/handlerDeps';
import { sampleSignaturePng } from '../fixtures/sampleDocument';
import { connectToMain, homeSettingsIn } from '../unit/renderer/actions/rendererWithMain';
import { seedHome } from '../unit/renderer/backup/seedHome';
import { disposeDatabase, freshDatabase } from '../unit/renderer/freshDatabase';
import { formatMs } from './measure';
import { appendEvents } from './seedVault';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** One step's cost: time, memory, and the longest holds of the event loop. */
export interface StepMeasurement {
  ms: number;
  /** Peak heapUsed (sampled every 50 ms) above the live heap before the step. */
  heapPeakGrowthMiB: number;
  /** Live heap after the step and a full collection, above the live heap before it. */
  heapRetainedMiB: number;
  /** RSS as the step began and at its peak during it, whole. */
  rssStartMiB: number;
  rssPeakMiB: number;
  /** Main's share of the longest event-loop hold while a main handler was running. */
  mainHoldMs: number;
  /** The requests main was handling in that hold. */
  mainHoldChannels: string;
  /** Longest event-loop hold anywhere in the process (renderer and main together). */
  processHoldMs: number;
}

export interface BackupBenchResult {
  /** What the backup holds, as main read it from the file. */
  counts: BackupCounts;
  auditEvents: number;
  runs: number;
  warmUps: number;
  seedSeconds: number;
  backupBytes: number;
  plainBytes: number;
  backup: StepMeasurement;
  prepareRestore: StepMeasurement;
  restore: StepMeasurement;
  /** Within the restore: the safety backup, replacing the records, bringing back the log. */
  restoreStages: { safetyMs: number; replaceMs: number; logMs: number };
  plainExport: StepMeasurement;
  plainWrite: StepMeasurement;
}

const mib = (bytes: number) => bytes / 2 ** 20;

function liveHeap(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/**
 * The event loop's holds, from a 5 ms interval timer's lateness (as mainBlockingBench reads
 * them), and main's share of each: the time within that hold while one of main's handlers was
 * under way. Renderer and main take turns (each request is awaited), so that share is main's
 * work, plus at most a small renderer task that slipped in while main awaited its disk.
 */
class HoldWatch {
  private readonly intervalMs = 5;
  private timer: ReturnType<typeof setInterval> | undefined;
  private lastTick = 0;
  private running = 0;
  private mainSince = 0;
  private mainInGap = 0;
  /** The channels under way at any time within the gap since the last tick. */
  private gapChannels = new Set<string>();
  private readonly runningChannels: string[] = [];
  longestMs = 0;
  longestMainMs = 0;
  longestMainChannels = '';

  start(): void {
    this.lastTick = performance.now();
    this.mainSince = this.lastTick;
    this.mainInGap = 0;
    this.longestMs = 0;
    this.longestMainMs = 0;
    this.longestMainChannels = '';
    this.gapChannels = new Set(this.runningChannels);
    this.timer = setInterval(() => this.tick(), this.intervalMs);
  }

  stop(): void {
    this.tick();
    clearInterval(this.timer);
  }

  mainStarted(channel: string): void {
    this.runningChannels.push(channel);
    this.gapChannels.add(channel);
    if (this.running++ === 0) this.mainSince = performance.now();
  }

  mainEnded(channel: string): void {
    this.runningChannels.splice(this.runningChannels.indexOf(channel), 1);
    if (--this.running === 0) this.mainInGap += performance.now() - Math.max(this.mainSince, this.lastTick);
  }

  private tick(): void {
    const now = performance.now();
    const late = now - this.lastTick - this.intervalMs;
    const main = this.mainInGap + (this.running > 0 ? now - Math.max(this.mainSince, this.lastTick) : 0);
    this.longestMs = Math.max(this.longestMs, late);
    const mainHold = Math.min(main, late);
    if (mainHold > this.longestMainMs) {
      this.longestMainMs = mainHold;
      this.longestMainChannels = [...this.gapChannels].join(', ');
    }
    this.lastTick = now;
    this.mainInGap = 0;
    this.gapChannels = new Set(this.runningChannels);
  }
}

/** Main's handlers, each with the same request and response, told to the watch as they run. */
function watchMain(setup: HandlerSetup, watch: HoldWatch): void {
  const wrapped = Object.fromEntries(
    Object.entries(setup.handlers).map(([channel, handler]) => [
      channel,
      async (request: unknown) => {
        watch.mainStarted(channel);
        try {
          return await (handler as (request: unknown) => Promise<unknown>)(request);
        } finally {
          watch.mainEnded(channel);
        }
      },
    ]),
  );
  setup.handlers = wrapped as Handlers;
}

async function step<T>(watch: HoldWatch, run: () => Promise<T>): Promise<[T, StepMeasurement]> {
  // Let anything left over from the last step finish before measuring.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const baseline = liveHeap();
  const rssStart = process.memoryUsage().rss;
  let heapPeak = baseline;
  let rssPeak = rssStart;
  const sample = () => {
    const { heapUsed, rss } = process.memoryUsage();
    heapPeak = Math.max(heapPeak, heapUsed);
    rssPeak = Math.max(rssPeak, rss);
  };
  const sampler = setInterval(sample, 50);
  watch.start();
  const started = performance.now();
  const value = await run();
  const ms = performance.now() - started;
  watch.stop();
  clearInterval(sampler);
  sample();
  const retained = liveHeap() - baseline;
  return [
    value,
    {
      ms,
      heapPeakGrowthMiB: mib(heapPeak - baseline),
      heapRetainedMiB: mib(retained),
      rssStartMiB: mib(rssStart),
      rssPeakMiB: mib(rssPeak),
      mainHoldMs: watch.longestMainMs,
      mainHoldChannels: watch.longestMainChannels,
      processHoldMs: watch.longestMs,
    },
  ];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** The median of each figure over the runs (times, memory and holds alike). */
function medianStep(steps: StepMeasurement[]): StepMeasurement {
  const of = (key: Exclude<keyof StepMeasurement, 'mainHoldChannels'>) => median(steps.map((s) => s[key]));
  const mainHoldMs = of('mainHoldMs');
  // The requests of the run nearest the median hold.
  const nearest = [...steps].sort(
    (a, b) => Math.abs(a.mainHoldMs - mainHoldMs) - Math.abs(b.mainHoldMs - mainHoldMs),
  )[0];
  return {
    ms: of('ms'),
    heapPeakGrowthMiB: of('heapPeakGrowthMiB'),
    heapRetainedMiB: of('heapRetainedMiB'),
    rssStartMiB: of('rssStartMiB'),
    rssPeakMiB: of('rssPeakMiB'),
    mainHoldMs,
    mainHoldChannels: nearest?.mainHoldChannels ?? '',
    processHoldMs: of('processHoldMs'),
  };
}

interface Run {
  counts: BackupCounts;
  backup: StepMeasurement;
  backupBytes: number;
  prepareRestore: StepMeasurement;
  restore: StepMeasurement;
  restoreStages: BackupBenchResult['restoreStages'];
  plainExport: StepMeasurement;
  plainWrite: StepMeasurement;
  plainBytes: number;
}

/**
 * seedHome draws every signature with the one sample image, which a ZIP squeezes to nothing;
 * each signing draws its own. Each drawn image becomes its own bytes, as many as the sample's:
 * a PNG's pixels are already deflated, so random bytes compress about as little.
 */
async function ownSignatureImages(db: AppDatabase): Promise<void> {
  const pngBytes = Buffer.from(sampleSignaturePng()).length;
  await db.appraisals.toCollection().modify((record) => {
    for (const signature of [record.signatures.appraisee, record.signatures.appraiser]) {
      if (signature?.image) signature.image.pngBase64 = randomBytes(pngBytes).toString('base64');
    }
  });
}

export async function benchmarkBackupRestore(
  options: { people?: number; auditEvents?: number; runs?: number; warmUps?: number } = {},
): Promise<BackupBenchResult> {
  // No warm-up run, to stay near 2 minutes: the first run is the cold one, and the median of
  // three leaves it out unless it is typical.
  const { people = 500, auditEvents = 20_000, runs = 3, warmUps = 0 } = options;
  const setup = connectToMain({ now: () => new Date(), recordEmitted: false });
  const watch = new HoldWatch();
  watchMain(setup, watch);
  const db = freshDatabase();
  const seeding = performance.now();
  await homeSettingsIn(db);
  await seedHome(db, people);
  await ownSignatureImages(db);
  await appendEvents(setup.dataFolder, auditEvents, () => new Date());
  const seedSeconds = (performance.now() - seeding) / 1000;
  const appraisals = await db.appraisals.count();

  const once = async (index: number): Promise<Run> => {
    const [saved, backup] = await step(watch, () => backUp(db, 'manual'));
    if (saved.outcome !== 'saved') throw new Error(`The bench backup was not saved (${saved.outcome}).`);
    if (!saved.backup.verified) throw new Error('The bench backup was not verified.');
    const [plan, prepared] = await step(watch, () => prepareRestore(db, saved.backup.backupId));
    if (plan.restoring.counts.appraisals !== appraisals)
      throw new Error(`The backup holds ${String(plan.restoring.counts.appraisals)} appraisals.`);
    // Stages: the safety backup, "Putting back the records", a stage a page of rows, and last
    // the activity log and signed documents.
    const stages: number[] = [];
    let started = 0;
    let ended = 0;
    const [, restore] = await step(watch, async () => {
      started = performance.now();
      await restoreBackup(db, plan, { onProgress: () => stages.push(performance.now()) });
      ended = performance.now();
    });
    const replacing = stages[1] ?? started;
    const log = stages.at(-1) ?? ended;
    if ((await db.appraisals.count()) !== appraisals) throw new Error('The restore lost appraisals.');
    const [blob, plainExport] = await step(watch, () => exportDatabase(db));
    const file = join(setup.savedFolder, `plain-${String(index)}.json`);
    const [, plainWrite] = await step(watch, async () =>
      writeFile(file, new Uint8Array(await blob.arrayBuffer())),
    );
    return {
      backup,
      counts: plan.check.backup.counts,
      backupBytes: saved.backup.bytes,
      prepareRestore: prepared,
      restore,
      restoreStages: { safetyMs: replacing - started, replaceMs: log - replacing, logMs: ended - log },
      plainExport,
      plainWrite,
      plainBytes: statSync(file).size,
    };
  };

  for (let i = 0; i < warmUps; i += 1) await once(-1 - i);
  const measured: Run[] = [];
  for (let i = 0; i < runs; i += 1) measured.push(await once(i));
  await disposeDatabase(db);
  setup.remove();
  const counts = measured[0]?.counts;
  if (counts === undefined) throw new Error('No run was measured.');
  return {
    counts,
    auditEvents,
    runs,
    warmUps,
    seedSeconds,
    backupBytes: median(measured.map((r) => r.backupBytes)),
    plainBytes: median(measured.map((r) => r.plainBytes)),
    backup: medianStep(measured.map((r) => r.backup)),
    prepareRestore: medianStep(measured.map((r) => r.prepareRestore)),
    restore: medianStep(measured.map((r) => r.restore)),
    restoreStages: {
      safetyMs: median(measured.map((r) => r.restoreStages.safetyMs)),
      replaceMs: median(measured.map((r) => r.restoreStages.replaceMs)),
      logMs: median(measured.map((r) => r.restoreStages.logMs)),
    },
    plainExport: medianStep(measured.map((r) => r.plainExport)),
    plainWrite: medianStep(measured.map((r) => r.plainWrite)),
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const whole = (n: number) => n.toLocaleString('en-GB');

function row(what: string, m: StepMeasurement): string {
  const heap = `+${m.heapPeakGrowthMiB.toFixed(0)} MiB / ${m.heapRetainedMiB >= 0 ? '+' : ''}${m.heapRetainedMiB.toFixed(0)} MiB`;
  const rss = `${m.rssStartMiB.toFixed(0)} → ${m.rssPeakMiB.toFixed(0)} MiB`;
  const main = m.mainHoldChannels === '' ? '–' : `${formatMs(m.mainHoldMs)} (${m.mainHoldChannels})`;
  return `| ${what} | ${seconds(m.ms)} | ${heap} | ${rss} | ${main} | ${formatMs(m.processHoldMs)} |`;
}

/** BENCHMARKS.md's section: what was measured, on what, and the table. */
export function backupSection(r: BackupBenchResult, machine: string): string[] {
  const c = r.counts;
  const plainMs = r.plainExport.ms + r.plainWrite.ms;
  const runs = r.runs === 1 ? 'One run' : `Median of ${String(r.runs)} runs (each figure on its own)`;
  const warm = r.warmUps === 0 ? ', no warm-up' : ` after ${String(r.warmUps)} warm-up`;
  return [
    '## Backup and restore',
    '',
    `${whole(c.staff + c.leavers)} staff (${whole(c.leavers)} of them leavers) and ${whole(c.appraisals)} appraisals (${whole(c.signed)} signed, ${whole(c.replaced)} replaced by an amendment, ${whole(c.drafts)} drafts; every signed one with its own drawn signature image), an audit log of ${whole(r.auditEvents)} events. Dexie on fake-indexeddb; the renderer's actions against main's real handlers in one process (tests/unit/renderer/actions/rendererWithMain.ts), a temp data folder, no sealed files in the vault. ${runs}${warm}; ${machine}, ${new Date().toISOString().slice(0, 10)}.`,
    '',
    `Heap: its peak above the live heap before the step (sampled every 50 ms, garbage included) / live after a full collection. Renderer and main share the process here (two in the app), and fake-indexeddb keeps its databases in the JS heap (Chromium keeps them on disk), so both memory figures count the database and the restore's scratch copy. Holds: the longest gap between 5 ms timer ticks; main's share is the time in it while a main handler ran (target about 100 ms). Pauses of a loaded machine, and collections of the shared heap, count wherever they fall.`,
    '',
    '| step | time | heap peak / after | RSS start → peak | main’s longest hold (requests) | longest hold, whole process |',
    '|---|---|---|---|---|---|',
    row("back up (`backUp(db, 'manual')`)", r.backup),
    row('check it and read it back (`prepareRestore`)', r.prepareRestore),
    row('restore it (`restoreBackup`)', r.restore),
    `| … of which the safety backup | ${seconds(r.restoreStages.safetyMs)} | | | | |`,
    `| … replacing the records | ${seconds(r.restoreStages.replaceMs)} | | | | |`,
    `| … the activity log and signed documents | ${seconds(r.restoreStages.logMs)} | | | | |`,
    row('plain copy: `exportDatabase` alone', r.plainExport),
    row('plain copy: that Blob written to a file (fs)', r.plainWrite),
    '',
    `The backup file is ${(r.backupBytes / 2 ** 20).toFixed(1)} MiB (ZIP); the plain export ${(r.plainBytes / 2 ** 20).toFixed(1)} MiB of JSON. A backup takes ${(r.backup.ms / plainMs).toFixed(1)}× the plain copy (${seconds(r.backup.ms)} against ${seconds(plainMs)}); backup and restore together ${seconds(r.backup.ms + r.prepareRestore.ms + r.restore.ms)}. Seeding took ${seconds(r.seedSeconds * 1000)}.`,
    '',
  ];
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const { cpus, totalmem } = await import('node:os');
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${String(cpus().length)} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
  const started = performance.now();
  const result = await benchmarkBackupRestore();
  console.log(backupSection(result, machine).join('\n'));
  console.log(`The bench took ${seconds(performance.now() - started)} in all.`);
}
