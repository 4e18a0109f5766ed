/** `npm start` decides whether the Electron program is there the way electron's package does. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error A plain .mjs launcher script (no types): it runs before anything is built.
import { electronProgram } from '../../../build/electronProgram.mjs';

const decide = electronProgram as (
  packageDir: string,
  env: Record<string, string | undefined>,
) => string | null;

function electronPackage(options: { pathTxt?: string; program?: boolean }): string {
  const dir = mkdtempSync(join(tmpdir(), 'electron-package-'));
  if (options.pathTxt !== undefined) writeFileSync(join(dir, 'path.txt'), options.pathTxt);
  if (options.program === true) {
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', options.pathTxt ?? 'electron'), '');
  }
  return dir;
}

describe('is the Electron program installed?', () => {
  it('no, when its download never ran (no path.txt), as on our build machines', () => {
    expect(decide(electronPackage({}), {})).toBeNull();
  });

  it('no, when path.txt names a program that is not there', () => {
    expect(decide(electronPackage({ pathTxt: 'electron.exe' }), {})).toBeNull();
  });

  it('yes, where path.txt names a program that is there', () => {
    const dir = electronPackage({ pathTxt: 'electron.exe', program: true });
    expect(decide(dir, {})).toBe(join(dir, 'dist', 'electron.exe'));
  });

  it('yes, wherever ELECTRON_OVERRIDE_DIST_PATH points, as electron itself honours it', () => {
    expect(decide(electronPackage({}), { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' })).toBe(
      '/opt/electron',
    );
  });
});
