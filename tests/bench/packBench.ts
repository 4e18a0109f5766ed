/**
 * The inspection pack for 1,000 signed appraisals: the time from "Make the inspection pack" to
 * the saved ZIP, the main process's peak memory above its starting point (RSS sampled every
 * 50 ms), and the ZIP's size. The vault is seeded directly (seedVault.ts) so seeding does not
 * dominate the run.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { ComplianceSummary } from '../../shared/compliance/complianceRow';
import { registeredManagerActor } from '../../shared/audit/auditActor';
import { handlerSetup } from '../fixtures/handlerDeps';
import { sampleHome } from '../fixtures/sampleDocument';
import { seedVault } from './seedVault';

export interface PackBenchResult {
  documents: number;
  seconds: number;
  peakRssMiB: number;
  /** The process's RSS when the pack started and at its peak, whole. */
  baselineRssMiB: number;
  peakAbsoluteRssMiB: number;
  zipMiB: number;
}

export async function benchmarkInspectionPack(documents = 1000): Promise<PackBenchResult> {
  // Progress events are not kept: the bench measures the pack's memory, not the test's.
  const setup = handlerSetup({ now: '2026-11-28T12:00:00.000Z', recordEmitted: false });
  const { dataFolder, savedFolder, handlers } = setup;
  await seedVault(dataFolder, documents, () => setup.deps.now());

  const compliance: ComplianceSummary = {
    asOf: '2026-11-28',
    rows: [],
    counts: { active: 0, inDate: 0, dueSoon: 0, overdue: 0, neverAppraised: 0 },
    completionPercent: 0,
  };

  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const started = performance.now();
  const result = await handlers['export:inspectionPack']({
    jobId: 'bench-pack-0001',
    from: '2026-01-01',
    to: '2026-12-31',
    home: { name: sampleHome.name, address: sampleHome.address, cqcLocationId: sampleHome.cqcLocationId },
    logo: null,
    compliance,
    preparedBy: 'Bench',
    actor: registeredManagerActor,
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  if (result.outcome !== 'saved') throw new Error(`The bench pack was not saved (${result.outcome}).`);
  if (result.documents !== documents) throw new Error(`The pack held ${result.documents} documents.`);
  const zipBytes = statSync(join(savedFolder, result.fileName)).size;
  setup.remove();
  const mib = (bytes: number) => bytes / 2 ** 20;
  return {
    documents,
    seconds,
    peakRssMiB: mib(peak - baseline),
    baselineRssMiB: mib(baseline),
    peakAbsoluteRssMiB: mib(peak),
    zipMiB: mib(zipBytes),
  };
}
