/** The renderer bundle a manager's PC loads at start: built for production, measured raw and gzipped. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function measureRendererBundle(): BundleSize[] {
  const outDir = mkdtempSync(join(tmpdir(), 'care-appraisals-bench-build-'));
  try {
    execFileSync('npx', ['electron-vite', 'build', '--outDir', outDir, '--logLevel', 'error'], {
      stdio: 'pipe',
    });
    const rendererDir = join(outDir, 'renderer');
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
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
