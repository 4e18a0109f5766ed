/**
 * `npm run bench`: measures the work a manager waits on and writes BENCHMARKS.md (with the
 * machine and date) and bench-results.json (issue #13's rows, each with its target). The
 * real-browser half runs first, then main's services in this process. Tests never time
 * things; this does.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { benchmarkAuditLog } from './auditBench';
import { benchmarkAuditCheck } from './auditCheckBench';
import { benchmarkBrowser } from './browser/browserBench';
import { benchmarkDashboard } from './dashboardBench';
import { benchmarkMainBlocking } from './mainBlockingBench';
import { benchmarkInspectionPack } from './packBench';
import { benchmarkAppraisalPdf } from './pdfBench';
import { benchResults } from './results';
import { benchmarkSealAtScale, benchmarkSealing } from './sealBench';
import { benchmarkStaffRegister } from './staffRegisterBench';
import { benchmarksMarkdown } from './benchmarksMarkdown';

const started = performance.now();
/** Runs one part, saying on stderr how long it took (the whole must stay under 15 minutes). */
async function part<T>(name: string, run: () => Promise<T>): Promise<T> {
  const from = performance.now();
  const value = await run();
  console.error(`[bench] ${name}: ${((performance.now() - from) / 1000).toFixed(0)} s`);
  return value;
}
const browser = await part('browser', benchmarkBrowser);
const pdf = await part('pdf', benchmarkAppraisalPdf);
const sealing = await part('sealing', benchmarkSealing);
const sealAtScale = await part('seal at scale', benchmarkSealAtScale);
const pack = await part('pack', () => benchmarkInspectionPack());
const blocking = await part('main blocking', () => benchmarkMainBlocking());
const audit = await part('audit', benchmarkAuditLog);
const node = [
  ...(await part('staff register', benchmarkStaffRegister)),
  ...(await part('dashboard rules', benchmarkDashboard)),
  pdf.timing,
  pdf.floor,
  pdf.chromium,
  ...sealing.timings,
  sealAtScale.empty,
  sealAtScale.atScale,
  ...(await part('long text', async () => (await import('./longTextBench')).benchmarkLongText())),
  ...audit.rows,
  await part('audit check', () => benchmarkAuditCheck()),
  ...browser.keyboard,
];
const results = benchResults({
  browser,
  pack,
  pdf,
  auditEmpty: audit.empty,
  auditAtScale: audit.atScale,
  sealEmpty: sealAtScale.empty,
  sealAtScale: sealAtScale.atScale,
});
const minutes = (performance.now() - started) / 60_000;
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
const markdown = benchmarksMarkdown({
  machine,
  commit,
  minutes,
  results,
  browser,
  pack,
  pdf,
  sealing,
  blocking,
  node,
});
const root = (file: string) => fileURLToPath(new URL(`../../${file}`, import.meta.url));
writeFileSync(root('BENCHMARKS.md'), markdown);
// Formatted as the repository formats JSON, so `npm run format:check` passes on it as written.
const resultsFile = root('bench-results.json');
const prettierOptions = (await resolveConfig(resultsFile)) ?? {};
writeFileSync(resultsFile, await format(JSON.stringify(results), { ...prettierOptions, parser: 'json' }));
console.log(markdown);
