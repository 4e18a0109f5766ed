/**
 * The inspection pack for 1,000 signed appraisals: the time from "Make the inspection pack" to
 * the saved ZIP, the main process's peak memory above its starting point (RSS sampled every
 * 50 ms), and the ZIP's size. The vault is seeded directly (one real rendered PDF reused, each
 * record its own canonical JSON and fingerprint) so seeding does not dominate the run.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { openAuditLog } from '../../electron/services/audit/auditLog';
import { renderAppraisalPdf } from '../../electron/services/pdf/appraisalPdf';
import { loadPdfFonts } from '../../electron/services/pdf/pdfFonts';
import { openVault } from '../../electron/services/vault/vault';
import type { ComplianceSummary } from '../../shared/compliance/complianceRow';
import { documentFingerprint } from '../../shared/documents/fingerprint';
import { canonicalJson } from '../../shared/integrity/canonicalJson';
import { sha256Hex } from '../../shared/integrity/sha256';
import { appActor, registeredManagerActor } from '../../shared/audit/auditActor';
import { fontsFolder, handlerSetup } from '../fixtures/handlerDeps';
import { sampleDocument, sampleHome, sampleSeal } from '../fixtures/sampleDocument';

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
  const now = () => setup.deps.now();
  const vault = openVault({ dataFolder, now });
  const audit = openAuditLog({ dataFolder, now });
  const first = sampleDocument();
  const pdf = await renderAppraisalPdf({
    document: first,
    seal: sampleSeal(first),
    logo: null,
    fonts: await loadPdfFonts(fontsFolder),
  });
  const pdfSha256 = sha256Hex(pdf);
  for (let i = 0; i < documents; i += 1) {
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    const document = sampleDocument({
      appraisal: {
        id: `bench-${String(i).padStart(4, '0')}`,
        staffId: `staff-${i}`,
        header: { ...first.appraisal.header, meetingDate: `2026-${month}-${day}` },
      },
    });
    const fingerprint = documentFingerprint(document);
    const event = await audit.append({
      actor: appActor,
      action: 'seal',
      entityId: document.appraisal.id,
      fingerprint,
      detail: `Sealed ${document.documentId}`,
    });
    await vault.writeSealed({
      canonicalJson: canonicalJson(document),
      pdf,
      seal: {
        documentId: document.documentId,
        fingerprint,
        pdfSha256,
        sealedAt: '2026-11-28T12:00:00.000Z',
        auditHead: event.hash,
      },
    });
  }

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
