/**
 * `npm run bench`: measures the work a manager waits on and writes BENCHMARKS.md with the
 * machine and date. Tests never time things; this does.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchmarkStaffRegister } from './staffRegisterBench';
import { measureRendererBundle } from './bundleSize';
import { benchmarkAppraisalPdf } from './pdfBench';
import { benchmarkSealing } from './sealBench';
import { benchmarkInspectionPack } from './packBench';
import { benchmarkDashboard } from './dashboardBench';
import { benchmarkAuditLog } from './auditBench';
import { benchmarkMainBlocking } from './mainBlockingBench';
import { benchmarkKeyboardWalk } from './keyboardBench';
import { formatMs, type Measurement } from './measure';

const pdf = await benchmarkAppraisalPdf();
const sealing = await benchmarkSealing();
const pack = await benchmarkInspectionPack();
const blocking = await benchmarkMainBlocking();
const results: Measurement[] = [
  ...(await benchmarkStaffRegister()),
  ...(await benchmarkDashboard()),
  pdf.timing,
  ...sealing.timings,
  ...(await (await import('./longTextBench')).benchmarkLongText()),
  ...(await benchmarkAuditLog()),
  ...(await benchmarkKeyboardWalk()),
];
// Last, on its own: the renderer's actions put a browser-like `window` and `self` on globalThis.
const backupBench = await import('./backupBench');
const backup = await backupBench.benchmarkBackupRestore();
const bundle = measureRendererBundle();
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
const lines = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (tests/bench/). Medians and 95th percentiles of repeated runs.',
  '',
  `- Date: ${new Date().toISOString().slice(0, 10)}`,
  `- Machine: ${machine}`,
  '',
  '| benchmark | what | median | p95 | runs |',
  '|---|---|---|---|---|',
  ...results.map(
    (r) => `| ${r.name} | ${r.detail} | ${formatMs(r.medianMs)} | ${formatMs(r.p95Ms)} | ${r.runs} |`,
  ),
  '',
  '## Signed appraisal PDF',
  '',
  `The full sample (tests/fixtures/sampleDocument.ts): ${pdf.pages} A4 pages, ${kib(pdf.bytes)}, ${formatMs(pdf.timing.medianMs)} per document (median).`,
  `With a 10,000-character evidence note on every competency: ${sealing.longPdfPages} pages, ${kib(sealing.longPdfBytes)}.`,
  '',
  '## Inspection pack',
  '',
  `${pack.documents} signed appraisals (every PDF, index, records, whole audit log, compliance summary, manifest): ${pack.seconds.toFixed(1)} s, RSS sampled every 50 ms: ${pack.baselineRssMiB.toFixed(0)} MiB at the start (after seeding the vault), peak ${pack.peakAbsoluteRssMiB.toFixed(0)} MiB (+${pack.peakRssMiB.toFixed(0)} MiB), ZIP ${pack.zipMiB.toFixed(1)} MiB. One run.`,
  '',
  '## How long main is held at a time',
  '',
  'A home with 1,000 signed appraisals and 20,000 audit events; each request through dispatch, the longest gap between event-loop turns from perf_hooks (target: about 100 ms). One run each.',
  '',
  '| request | in all | longest hold |',
  '|---|---|---|',
  ...blocking.map((b) => `| ${b.what} | ${formatMs(b.totalMs)} | ${formatMs(b.longestBlockMs)} |`),
  '',
  ...backupBench.backupSection(backup, machine),
  '## Renderer bundle (production build)',
  '',
  '| file | size | gzipped |',
  '|---|---|---|',
  ...bundle.map((b) => `| ${b.file} | ${kib(b.bytes)} | ${kib(b.gzipBytes)} |`),
  `| **total** | **${kib(bundle.reduce((n, b) => n + b.bytes, 0))}** | **${kib(bundle.reduce((n, b) => n + b.gzipBytes, 0))}** |`,
  '',
];
const target = fileURLToPath(new URL('../../BENCHMARKS.md', import.meta.url));
writeFileSync(target, lines.join('\n'));
console.log(lines.join('\n'));
