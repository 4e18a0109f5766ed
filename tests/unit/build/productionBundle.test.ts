/**
 * The browser harness is for tests and demos only: the renderer bundle shipped in the
 * desktop app must not contain it. Builds the real production bundle into a temp folder
 * with the app's own electron-vite config and searches every emitted file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  harnessApiPrefix,
  harnessControlPrefix,
  harnessSessionHeader,
  harnessSessionStorageKey,
} from '../../harness/harnessProtocol';

const outDir = mkdtempSync(join(tmpdir(), 'care-appraisals-build-'));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function textOf(dir: string): string {
  return filesUnder(dir)
    .filter((f) => /\.(js|cjs|mjs|html|css)$/.test(f))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
}

describe('production bundle', () => {
  beforeAll(() => {
    execFileSync('npx', ['electron-vite', 'build', '--outDir', outDir, '--logLevel', 'error'], {
      stdio: 'pipe',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }, 240_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('builds the renderer, main and preload', () => {
    expect(readdirSync(outDir).sort()).toEqual(['main', 'preload', 'renderer']);
    // Guards against passing on an empty bundle: the real screens are in there.
    expect(textOf(join(outDir, 'renderer'))).toContain('Staff register');
  });

  it.each([
    ['the harness API path', harnessApiPrefix],
    ['the harness controls', harnessControlPrefix],
    ['the harness session header', harnessSessionHeader],
    ['the harness session key', harnessSessionStorageKey],
    ['the harness plugin name', 'care-appraisals-harness'],
  ])('contains no trace of %s in renderer or preload', (_, marker) => {
    expect(textOf(join(outDir, 'renderer'))).not.toContain(marker);
    expect(textOf(join(outDir, 'preload'))).not.toContain(marker);
  });
});
