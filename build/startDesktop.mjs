// `npm start`: the desktop app under electron-vite, or, where the Electron program itself is
// missing (it could not be downloaded, as on our build machines), one plain sentence saying
// so and what to run instead, rather than electron-vite's "Error: Electron uninstall".
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { electronProgram } from './electronProgram.mjs';

const require = createRequire(import.meta.url);

function installedElectron() {
  try {
    return electronProgram(dirname(require.resolve('electron/package.json')));
  } catch {
    return null;
  }
}

if (installedElectron() === null) {
  console.error(
    'The Electron program is not installed on this computer, so the desktop app cannot start here. ' +
      'Run "npm run web" to use Care Appraisals in your browser instead.',
  );
  process.exit(1);
}

const child = spawn(
  process.execPath,
  [require.resolve('electron-vite/bin/electron-vite.js'), 'dev', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
child.on('exit', (code) => process.exit(code ?? 1));
