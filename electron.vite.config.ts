/**
 * Builds the three parts of the desktop app into out/:
 *   out/main/main.js         main process, ES module (package.json "type": "module")
 *   out/preload/preload.cjs  preload, CommonJS: sandboxed preloads cannot be ES modules
 *   out/renderer/            the React app, served as app://appraisals/
 * The preload bundles everything (a sandboxed preload cannot require). Main bundles the dev
 * dependencies it uses (zod, @noble/hashes) and imports package.json "dependencies" (pdfkit,
 * fontkit) from node_modules at run time: pdfkit reads its data files (AFM metrics, ICC
 * profiles) with fs from paths relative to its own folder, which an inlined copy would lose.
 * electron-builder packs production dependencies into app.asar beside out/.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { buildLayout } from './electron/buildLayout';
import { devCspNonceEnv } from './electron/security';

const root = import.meta.dirname;

/**
 * electron-vite gives production renderers the relative base './', which breaks deep links
 * such as app://appraisals/staff/42 (assets would resolve under /staff/). The origin is
 * ours alone, so an absolute base is always right.
 */
const absoluteBase: Plugin = {
  name: 'care-appraisals:absolute-base',
  config(config) {
    config.base = '/';
  },
};

/**
 * Under `npm start` main gives the dev server's pages a CSP (devContentSecurityPolicy) that lets
 * inline script and style run only with this run's nonce. Vite stamps the nonce on React
 * refresh's inline preamble and on every style it injects; Electron, which electron-vite starts
 * from this process, reads it from the environment. Kept for the life of the process, so a
 * restarted dev server and a restarted Electron still agree.
 */
/**
 * react-router's package exports only its development build (warnings, invariant messages);
 * the packaged app gets the production build it also ships. Both entries share their chunks, so
 * the router's context is one module either way.
 */
const reactRouterProduction: Plugin = {
  name: 'care-appraisals:react-router-production',
  apply: 'build',
  config() {
    const dist = resolve(root, 'node_modules/react-router/dist/production');
    return {
      resolve: {
        alias: [
          { find: /^react-router$/, replacement: resolve(dist, 'index.mjs') },
          { find: /^react-router\/dom$/, replacement: resolve(dist, 'dom-export.mjs') },
        ],
      },
    };
  },
};

const devCspNonce: Plugin = {
  name: 'care-appraisals:dev-csp-nonce',
  apply: 'serve',
  config() {
    const nonce = (process.env[devCspNonceEnv] ??= randomBytes(18).toString('base64'));
    return { html: { cspNonce: nonce } };
  },
};

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, buildLayout.mainDir),
      // true: every package.json "dependencies" entry stays an import (see above).
      externalizeDeps: true,
      lib: {
        entry: resolve(root, 'electron/main.ts'),
        formats: ['es'],
        fileName: () => buildLayout.mainFile,
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, buildLayout.preloadDir),
      externalizeDeps: false,
      lib: {
        entry: resolve(root, 'electron/preload.ts'),
        formats: ['cjs'],
        fileName: () => buildLayout.preloadFile,
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), absoluteBase, devCspNonce, reactRouterProduction],
    // The backup's export worker is a module worker, as the dev server serves it.
    worker: { format: 'es' },
    build: {
      outDir: resolve(root, buildLayout.rendererDir),
      // electron-vite leaves output unminified unless asked; the renderer is what the PC parses at start.
      minify: true,
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
