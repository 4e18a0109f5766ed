/**
 * `npm run lint:electron`: Electronegativity (Doyensec's Electron security lint) over electron/.
 * Prints every finding and fails on any HIGH one, or on a file it could not read (a file it
 * cannot parse is a file it did not check).
 *
 * It runs offline: Electron's version comes from package.json (the tool would otherwise look
 * it up online), and AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK is left out because all it does is
 * ask GitHub whether a newer Electron has shipped, which offline fails after retries and online
 * would make this lint pass or fail by the day rather than by our code. The tool still tries to
 * fetch translations and says so ("Could not retrieve updated translations"); that is harmless.
 *
 * Called through the tool's own runner rather than its CLI: the same checks, but the findings
 * come back as objects (its CSV output breaks rows whose sample spans lines).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';
import { z } from 'zod';

const root = resolve(import.meta.dirname, '..');
// Another folder may be named, to see the lint fail on a deliberately unsafe sample.
const scannedFolder = resolve(root, process.argv[2] ?? 'electron');
const offlineExclusions = ['AvailableSecurityFixesGlobalCheck'];

const packageJson = z
  .object({ devDependencies: z.object({ electron: z.string() }) })
  .parse(JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')));
// "^45.5.0" -> "45.5.0": the lowest version the range allows, so no check assumes a newer fix.
const electronVersion = /\d+\.\d+\.\d+/.exec(packageJson.devDependencies.electron)?.[0];
if (electronVersion === undefined) {
  throw new Error(
    `package.json's electron version "${packageJson.devDependencies.electron}" names no x.y.z.`,
  );
}

interface RunnerOptions {
  input: string;
  customScan: string[];
  excludeFromScan: string[];
  isRelative: boolean;
  isVerbose: boolean;
  electronVersionOverride: string;
  parserPlugins: string[];
}
type Runner = (options: RunnerOptions) => Promise<unknown>;

function isRunner(value: unknown): value is Runner {
  return typeof value === 'function';
}

const level = z.object({ name: z.string(), value: z.number() });
const report = z.object({
  atomicChecks: z.number(),
  globalChecks: z.number(),
  errors: z.array(z.object({ file: z.string(), message: z.string(), tolerable: z.boolean() })),
  issues: z.array(
    z.object({
      id: z.string(),
      file: z.string(),
      location: z.object({ line: z.number(), column: z.number() }),
      description: z.string(),
      severity: level,
      confidence: level,
      manualReview: z.boolean().optional(),
    }),
  ),
});

// The package is CommonJS without types: its export is the runner, checked before it is called.
const runner: unknown = createRequire(import.meta.url)('@doyensec/electronegativity');
if (!isRunner(runner)) throw new Error('@doyensec/electronegativity did not export its runner.');

const result = report.parse(
  await runner({
    input: scannedFolder,
    customScan: [],
    excludeFromScan: offlineExclusions,
    isRelative: true,
    isVerbose: true,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  }),
);

const issues = [...result.issues].sort((a, b) => b.severity.value - a.severity.value);
console.log(
  `Electronegativity over ${relative(root, scannedFolder) || '.'}/ (Electron ${electronVersion}, ${result.atomicChecks + result.globalChecks} checks): ${issues.length} finding(s).`,
);
for (const issue of issues) {
  const where =
    issue.file === 'N/A' ? '(whole app)' : `${issue.file}:${issue.location.line}:${issue.location.column}`;
  const review = issue.manualReview === true ? ' [review by hand]' : '';
  console.log(
    `  ${issue.severity.name.padEnd(13)} ${issue.confidence.name.padEnd(9)} ${issue.id}  ${where}  ${issue.description}${review}`,
  );
}
for (const error of result.errors) {
  console.log(
    `  ${error.tolerable ? 'warning' : 'ERROR'}: could not fully parse ${error.file}: ${error.message}`,
  );
}

const high = issues.filter((issue) => issue.severity.name === 'HIGH');
const unread = result.errors.filter((error) => !error.tolerable);
if (result.atomicChecks === 0) {
  console.error('Electronegativity loaded no checks, so nothing was checked.');
  process.exitCode = 1;
}
if (high.length > 0 || unread.length > 0) {
  console.error(
    `Failed: ${high.length} HIGH finding(s), ${unread.length} file(s) not parsed. Fix the code; do not exclude the check.`,
  );
  process.exitCode = 1;
}
