// Where electron's own npm package says its program is, or null when it is not there: read the
// way electron/index.js reads it, but without starting its download when the program is missing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} packageDir  node_modules/electron  @param {NodeJS.ProcessEnv} env */
export function electronProgram(packageDir, env = process.env) {
  if (env.ELECTRON_OVERRIDE_DIST_PATH) return env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const program = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(program) ? program : null;
}
