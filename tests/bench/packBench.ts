/**
 * The inspection pack beside its floor. The pack of 1,000 signed appraisals, from "Make the
 * inspection pack" to the saved ZIP, against the least that pack's job could cost: reading the
 * same files (every file in the vault and the audit log), hashing each with SHA-256 (node:crypto)
 * and storing them, uncompressed, one after another in a single fsynced file. One untimed run of
 * each first. Then the pack's memory on 100 and on 5,000 documents: the main process's RSS,
 * sampled every 50 ms, at its peak above where it started (after a full collection). The vault
 * is seeded directly (seedVault.ts) so seeding does not dominate the run.
 */
import { createHash } from 'node:crypto';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { auditLogPath } from '../../electron/services/audit/auditLog';
import type { ComplianceSummary } from '../../shared/compliance/complianceRow';
import { registeredManagerActor } from '../../shared/audit/auditActor';
import { handlerSetup, type HandlerSetup } from '../fixtures/handlerDeps';
import { sampleHome } from '../fixtures/sampleDocument';
import { seedVault } from './seedVault';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const mib = (bytes: number) => bytes / 2 ** 20;

export interface PackMemory {
  documents: number;
  seconds: number;
  /** RSS as the pack started (after a full collection) and its peak above that. */
  baselineRssMiB: number;
  peakRssMiB: number;
}

export interface PackBenchResult {
  documents: number;
  packMs: number[];
  floorMs: number[];
  /** What the floor read: files and bytes. */
  floorFiles: number;
  floorMiB: number;
  zipMiB: number;
  memory: PackMemory[];
}

const compliance: ComplianceSummary = {
  asOf: '2026-11-28',
  rows: [],
  counts: { active: 0, inDate: 0, dueSoon: 0, overdue: 0, neverAppraised: 0 },
  completionPercent: 0,
};

async function seeded(documents: number): Promise<HandlerSetup> {
  // Progress events are not kept: the bench measures the pack's memory, not the test's.
  const setup = handlerSetup({ now: '2026-11-28T12:00:00.000Z', recordEmitted: false });
  await seedVault(setup.dataFolder, documents, () => setup.deps.now());
  return setup;
}

let jobs = 0;

/** One pack, timed, with its peak RSS; its ZIP removed afterwards, its size returned. */
async function pack(
  setup: HandlerSetup,
  documents: number,
): Promise<PackMemory & { ms: number; zipBytes: number }> {
  collectGarbage();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  jobs += 1;
  const started = performance.now();
  const result = await setup.handlers['export:inspectionPack']({
    jobId: `bench-pack-${String(jobs).padStart(4, '0')}`,
    from: '2026-01-01',
    to: '2026-12-31',
    home: { name: sampleHome.name, address: sampleHome.address, cqcLocationId: sampleHome.cqcLocationId },
    logo: null,
    compliance,
    preparedBy: 'Bench',
    actor: registeredManagerActor,
  });
  const ms = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  if (result.outcome !== 'saved') throw new Error(`The bench pack was not saved (${result.outcome}).`);
  if (result.documents !== documents) throw new Error(`The pack held ${result.documents} documents.`);
  const zip = join(setup.savedFolder, result.fileName);
  const zipBytes = statSync(zip).size;
  rmSync(zip);
  return {
    documents,
    ms,
    seconds: ms / 1000,
    zipBytes,
    baselineRssMiB: mib(baseline),
    peakRssMiB: mib(peak - baseline),
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(entry.parentPath, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** The floor: every input file read, hashed and stored in one file, fsynced. */
async function floor(setup: HandlerSetup): Promise<{ ms: number; files: number; bytes: number }> {
  const started = performance.now();
  const files = [...filesUnder(join(setup.dataFolder, 'vault')), auditLogPath(setup.dataFolder)];
  const target = join(setup.savedFolder, 'floor.bin');
  const out = await open(target, 'w');
  let bytes = 0;
  for (const file of files) {
    const content = await readFile(file);
    createHash('sha256').update(content).digest('hex');
    await out.write(content);
    bytes += content.length;
  }
  await out.sync();
  await out.close();
  const ms = performance.now() - started;
  rmSync(target);
  return { ms, files: files.length, bytes };
}

export async function benchmarkInspectionPack(documents = 1000, runs = 2): Promise<PackBenchResult> {
  const setup = await seeded(documents);
  const packMs: number[] = [];
  const floorMs: number[] = [];
  let zipBytes = 0;
  let floorRun = { ms: 0, files: 0, bytes: 0 };
  await pack(setup, documents);
  await floor(setup);
  for (let i = 0; i < runs; i += 1) {
    const packed = await pack(setup, documents);
    packMs.push(packed.ms);
    zipBytes = packed.zipBytes;
    floorRun = await floor(setup);
    floorMs.push(floorRun.ms);
  }
  setup.remove();

  const memory: PackMemory[] = [];
  for (const size of [100, 5000]) {
    const home = await seeded(size);
    const { seconds, baselineRssMiB, peakRssMiB } = await pack(home, size);
    memory.push({ documents: size, seconds, baselineRssMiB, peakRssMiB });
    home.remove();
  }
  return {
    documents,
    packMs,
    floorMs,
    floorFiles: floorRun.files,
    floorMiB: mib(floorRun.bytes),
    zipMiB: mib(zipBytes),
    memory,
  };
}
