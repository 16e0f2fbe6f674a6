import { defineConfig } from '@playwright/test';

const webPort = Number(process.env.E2E_WEB_PORT ?? 4180);

/**
 * End-to-end tests: the renderer's web build in Debian's Chromium against the real test PBX.
 * Never `npx playwright install`: the browser is /usr/bin/chromium (apt package `chromium`).
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
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        // Without it Chromium offers no ICE candidate on 127.0.0.1 and JsSIP never sends the INVITE.
        '--allow-loopback-in-peer-connection',
        '--autoplay-policy=no-user-gesture-required',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx vite preview -c vite.web.config.ts --port ${webPort} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${webPort}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
