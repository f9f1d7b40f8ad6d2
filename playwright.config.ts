import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM } from './test/e2e/chromium';

// Browser tests run Debian's Chromium; no browser download is possible on these machines.
if (!existsSync(CHROMIUM)) {
  throw new Error(
    `Chromium not found at ${CHROMIUM}. Install it (Debian: apt-get install -y chromium) ` +
      'or set CHROMIUM_PATH. Browser tests are part of the suite and are never skipped.',
  );
}
if (!existsSync('dist/index.html')) {
  throw new Error('dist/ is missing: browser tests run against the production build (run `vite build`).');
}

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  // Each worker has its own emulator and static host; two match the machines' two cores.
  workers: 2,
  // One retry in CI so a loaded machine cannot block a landing; the list reporter still names any flaky test.
  retries: process.env.CI ? 1 : 0,
  // Limits sized for two cores shared with a second test run or a build: a test takes 10–40 s unloaded,
  // and a step can stall for many seconds while the other run holds the CPU. Waits for time to pass use
  // Playwright's clock and the emulator's clock instead, so these limits only bound stalls.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    },
  },
});
