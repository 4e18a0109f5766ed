/**
 * `npm run web`: the whole renderer in a plain browser, with the main process's handlers
 * served by the harness plugin. Used by the Playwright e2e tests and for demos.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { careAppraisalsHarness } from './harnessPlugin';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  productName: string;
  version: string;
};

export default defineConfig({
  root: fileURLToPath(new URL('../../renderer', import.meta.url)),
  plugins: [react(), careAppraisalsHarness({ productName: pkg.productName, appVersion: pkg.version })],
  // Discover every dependency up front: a dependency first met mid-test (say, signature_pad
  // on the signing screen) makes Vite re-optimise and reload the page, wiping what a test typed.
  optimizeDeps: {
    entries: ['**/*.{ts,tsx}'],
    include: ['@noble/hashes/sha2', '@noble/hashes/utils', 'signature_pad'],
  },
  server: {
    port: 5173,
    fs: { allow: [repoRoot] },
  },
  clearScreen: false,
});
