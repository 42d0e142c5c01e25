import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './test/support/chromium';

/**
 * End-to-end tests drive the real renderer in Debian's Chromium through browser mode (electron/web),
 * each test against its own server and data directory. Build first (`npm test` does).
 */
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env['CI'] ? 2 : 0,
  reporter: [['list']],
  use: {
    locale: 'zh-CN',
    // With reduced motion the app turns antd's animations off, so a click never lands on a half-open dropdown.
    reducedMotion: 'reduce',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
});
