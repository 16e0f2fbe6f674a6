import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/testbed/chromium';

const webPort = Number(process.env.E2E_WEB_PORT ?? 4180);

/**
 * End-to-end tests: the renderer's web build in Debian's Chromium against the real test PBX.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: '.tmp/test-results',
  globalSetup: './tests/e2e/global-setup.ts',
  // Tests register real extensions at one PBX; one worker keeps them from answering each other's calls.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${webPort}/`,
    trace: 'retain-on-failure',
    permissions: ['microphone'],
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx vite preview -c vite.web.config.ts --port ${webPort} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${webPort}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
