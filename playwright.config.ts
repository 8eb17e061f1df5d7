import { defineConfig } from '@playwright/test';

/**
 * E2E runs the BUILT renderer (`npm run build` first) in Debian's Chromium with a real on-disk
 * profile; `tests/e2e/support/app-fixture.ts` plays the preload and bridges `window.prDesk`
 * to the real main-process handler table. Debian's chromium, never `npx playwright install`.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e-artifacts',
  fullyParallel: false,
  // Two cores: one browser at a time keeps timings honest and the machine responsive.
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
    viewport: { width: 1366, height: 768 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
});
