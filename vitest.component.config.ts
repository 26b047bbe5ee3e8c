import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { libraryCommands, libraryProxy } from './tests/component/library-server.ts';

// Component tests (`npm run test:component`): the renderer's components in the system's
// Chromium (set CHROMIUM_PATH elsewhere), each test talking to a real web shell on a fresh
// library (tests/component/library-server.ts; needs `npm run build`). Apart from the unit
// tests' config, so `npx vitest run` stays the unit tests alone, where no Chromium is.
export default defineConfig({
  plugins: [libraryProxy()],
  // Every package the window uses is prepared before the first test: one found later is
  // prepared apart, with a second copy of React that breaks hooks.
  optimizeDeps: { entries: ['renderer/main.tsx'] },
  test: {
    name: 'component',
    include: ['tests/component/**/*.test.tsx'],
    setupFiles: ['tests/component/setup.ts'],
    testTimeout: 60_000,
    // One web shell serves the page at a time.
    fileParallelism: false,
    // Wait for states as the end-to-end tests do: a loaded machine answers late.
    expect: { poll: { timeout: 10_000 } },
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      viewport: { width: 1366, height: 768 },
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
        contextOptions: { locale: 'zh-CN', timezoneId: 'Asia/Shanghai' },
      }),
      instances: [{ browser: 'chromium' }],
      commands: libraryCommands,
    },
  },
});
