/**
 * Serves the production renderer (productionRenderer.ts) with `vite preview`, and main's handlers
 * through the harness plugin's middleware, as `npm run web` does for the dev server. Each harness
 * session keeps its data folder under `dataRoot`. Also the backup's floor: POST plainCopyPath
 * writes the body to a file in the session's data folder and fsyncs it. And the data to seed:
 * GET seedPagePath?page=n answers the nth page the bench put in `seedPages` (JSON), which the
 * probe page fetches: far faster than handing the page 120 MB through Playwright.
 */
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { preview, type Plugin, type PreviewServer } from 'vite';
import { careAppraisalsHarness } from '../../harness/harnessPlugin';
import { harnessSessionHeader } from '../../harness/harnessProtocol';
import { plainCopyPath, seedPagePath } from './benchProtocol';

export interface BenchServer {
  baseURL: string;
  /** JSON texts served at seedPagePath?page=<index>. */
  seedPages: string[];
  close: () => Promise<void>;
}

/** A port nothing listens on, for a server of our own. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createNetServer();
    probe.once('error', fail);
    probe.listen(0, () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address !== null
          ? done(address.port)
          : fail(new Error('No free port.')),
      );
    });
  });
}

function sessionOf(req: IncomingMessage): string {
  const value = req.headers[harnessSessionHeader];
  const session = (Array.isArray(value) ? value[0] : value) ?? 'default';
  return /^[A-Za-z0-9_-]{1,64}$/.test(session) ? session : 'default';
}

function seedData(pages: string[]): Plugin {
  return {
    name: 'care-appraisals-bench:seed-data',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://bench.invalid');
        const page = pages[Number(url.searchParams.get('page'))];
        if (url.pathname !== seedPagePath || page === undefined) {
          next();
          return;
        }
        res.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'cache-control': 'no-store',
        });
        res.end(page);
      });
    },
  };
}

function plainCopy(dataRoot: string): Plugin {
  let copies = 0;
  return {
    name: 'care-appraisals-bench:plain-copy',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url !== plainCopyPath || req.method !== 'POST') {
          next();
          return;
        }
        const folder = join(dataRoot, sessionOf(req), 'plain-copies');
        mkdirSync(folder, { recursive: true });
        copies += 1;
        const file = join(folder, `export-${String(copies)}.json`);
        pipeline(req, createWriteStream(file))
          .then(async () => {
            const handle = await open(file, 'r+');
            await handle.sync();
            await handle.close();
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end('{}');
          })
          .catch((error: unknown) => {
            res.writeHead(500);
            res.end(String(error));
          });
      });
    },
  };
}

export async function startBenchServer(rendererDir: string, dataRoot: string): Promise<BenchServer> {
  // The harness reads its data root from the environment when its first session opens.
  process.env.CARE_APPRAISALS_HARNESS_DATA = dataRoot;
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    productName: string;
    version: string;
  };
  const port = await freePort();
  const seedPages: string[] = [];
  const server: PreviewServer = await preview({
    configFile: false,
    root: rendererDir,
    logLevel: 'error',
    build: { outDir: rendererDir },
    preview: { port, strictPort: true, host: 'localhost' },
    plugins: [
      careAppraisalsHarness({ productName: pkg.productName, appVersion: pkg.version }),
      plainCopy(dataRoot),
      seedData(seedPages),
    ],
  });
  return { baseURL: `http://localhost:${String(port)}`, seedPages, close: () => server.close() };
}
