/**
 * Smoke tests of the built Electron shell, run under plain Node with a fake `electron` module
 * (the Electron binary is not available everywhere the tests run):
 *
 *   npx vitest run --config tests/smoke/vitest.config.ts
 *
 * global-setup.ts rebuilds out/ first when it is older than the sources.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/smoke/**/*.smoke.test.ts'],
    environment: 'node',
    globalSetup: ['tests/smoke/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
