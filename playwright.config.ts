import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the UI in web mode: each test copies the sample library to a temporary
 * folder and runs the real `dossier serve` on it (e2e/fixtures.ts), driving Debian's Chromium.
 * The browser download is never needed: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1.
 */
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD ??= '1';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  globalSetup: './e2e/global-setup.ts',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  // Two shared cores: one server and one browser at a time.
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    headless: true,
    viewport: { width: 1400, height: 860 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    // The UI in web mode: e2e/web/*.spec.ts and feature specs beside it (e.g. e2e/timeline.spec.ts).
    { name: 'web', testDir: 'e2e', testIgnore: ['electron/**'] },
    // The desktop app's own tests (main/app engineer); they skip when no Electron binary exists.
    { name: 'electron', testDir: 'e2e/electron' },
  ],
});
