import { defineConfig } from '@playwright/test';

// End-to-end tests drive the web shell in the system's Chromium (Debian's package here;
// set CHROMIUM_PATH elsewhere). One worker: each test starts its own web shell. A test that
// fails is run once more, since a loaded 2-core CI machine can overrun a wait; the list reporter
// marks a test that passed only the second time as flaky, so it is seen and fixed.
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  retries: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
