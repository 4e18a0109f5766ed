/**
 * Playwright runs the whole app in Chromium through the browser harness (`npm run web`).
 * Debian's Chromium is used where installed: Playwright's own browser download is not
 * reachable from our build machines.
 */
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/chromiumLaunch';

// Overridable so two checkouts can run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 5199);

export default defineConfig({
  testDir: 'tests/e2e',
  // Per port, so two suites side by side never clear each other's traces.
  outputDir: process.env.E2E_PORT === undefined ? 'test-results' : `test-results/port-${port}`,
  fullyParallel: false,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // Whole journeys through a dev server on 2 cores; generous so load never fails a test.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1366, height: 768 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    // The same loader as `npm run web`: it reads the TypeScript config as Vite reads the app.
    command: `npx vite --config tests/harness/vite.config.ts --configLoader runner --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
