/**
 * The renderer bundle a manager's PC loads: the production build (electron-vite's, as packaged),
 * every file raw and gzipped, and the JavaScript index.html loads before any navigation (its
 * module script and everything that imports statically, which the PC parses at start).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface InitialJs {
  /** The JS files index.html loads at start, by path under the renderer folder. */
  files: string[];
  bytes: number;
  gzipBytes: number;
  /** JS files loaded only on demand (dynamic imports). */
  lazyFiles: number;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Builds main, preload and renderer as `npm run build` does, into `outDir`. */
export function buildApp(outDir: string): string {
  execFileSync('npx', ['electron-vite', 'build', '--outDir', outDir, '--logLevel', 'error'], {
    stdio: 'pipe',
  });
  return join(outDir, 'renderer');
}

export function measureRendererBundle(rendererDir: string): BundleSize[] {
  return filesUnder(rendererDir)
    .filter((f) => /\.(js|css|html)$/.test(f))
    .map((f) => {
      const bytes = readFileSync(f);
      return {
        file: f.slice(rendererDir.length + 1),
        bytes: bytes.length,
        gzipBytes: gzipSync(bytes).length,
      };
    })
    .sort((a, b) => b.bytes - a.bytes);
}

/** `src`/`href` paths (absolute from the renderer root) of index.html's module scripts and preloads. */
function htmlScripts(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  return tags.flatMap((tag) => {
    const isScript = tag.startsWith('<script') && /type="module"/.test(tag);
    const isPreload = tag.startsWith('<link') && /rel="modulepreload"/.test(tag);
    const path = /(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    return (isScript || isPreload) && path !== undefined ? [posix.normalize(`/${path}`)] : [];
  });
}

/** Static imports of a built chunk: `import … from"./x.js"` and `import"./x.js"`, not `import(…)`. */
function staticImports(code: string, from: string): string[] {
  const found = code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g);
  return [...found].flatMap((m) =>
    m[1] === undefined ? [] : [posix.normalize(posix.join(posix.dirname(from), m[1]))],
  );
}

export function measureInitialJs(rendererDir: string): InitialJs {
  const seen = new Set<string>();
  const queue = htmlScripts(readFileSync(join(rendererDir, 'index.html'), 'utf8'));
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (seen.has(path)) continue;
    seen.add(path);
    queue.push(...staticImports(readFileSync(join(rendererDir, path), 'utf8'), path));
  }
  const files = [...seen].sort();
  const contents = files.map((f) => readFileSync(join(rendererDir, f)));
  const allJs = filesUnder(rendererDir).filter((f) => f.endsWith('.js'));
  return {
    files,
    bytes: contents.reduce((n, c) => n + c.length, 0),
    gzipBytes: contents.reduce((n, c) => n + gzipSync(c).length, 0),
    lazyFiles: allJs.length - files.length,
  };
}
