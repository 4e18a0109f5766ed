/**
 * The renderer the browser bench serves: electron-vite's production build (as packaged:
 * production React, minified), measured for size before anything is added, then given the
 * harness's preload (so the page reaches main's handlers over HTTP, as under `npm run web`) and
 * the bench's probe page, both built for production by Vite beside it under /__bench/.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import {
  buildApp,
  measureInitialJs,
  measureRendererBundle,
  type BundleSize,
  type InitialJs,
} from '../bundleSize';
import { benchAssetsPath, preloadScriptPath } from './benchProtocol';

export interface ProductionRenderer {
  /** The folder served at /. */
  dir: string;
  bundle: BundleSize[];
  initialJs: InitialJs;
  buildSeconds: number;
  remove: () => void;
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export async function buildProductionRenderer(): Promise<ProductionRenderer> {
  const started = performance.now();
  const outDir = mkdtempSync(join(tmpdir(), 'care-appraisals-bench-build-'));
  const dir = buildApp(outDir);
  const bundle = measureRendererBundle(dir);
  const initialJs = measureInitialJs(dir);
  await build({
    configFile: false,
    root: here('.'),
    base: benchAssetsPath,
    mode: 'production',
    logLevel: 'error',
    // As the app's build (electron.vite.config.ts): the probe's backups use its export worker.
    worker: { format: 'es' },
    build: {
      outDir: join(dir, benchAssetsPath),
      emptyOutDir: true,
      minify: true,
      rolldownOptions: {
        input: { probe: here('./probe.html'), 'harness-preload': here('../../harness/browserPreload.ts') },
        output: { entryFileNames: '[name].js' },
      },
    },
  });
  // Module scripts run in document order: the preload defines the API before the app's script.
  const indexPath = join(dir, 'index.html');
  const html = readFileSync(indexPath, 'utf8');
  writeFileSync(
    indexPath,
    html.replace('<head>', `<head>\n    <script type="module" src="${preloadScriptPath}"></script>`),
  );
  return {
    dir,
    bundle,
    initialJs,
    buildSeconds: (performance.now() - started) / 1000,
    remove: () => rmSync(outDir, { recursive: true, force: true }),
  };
}
