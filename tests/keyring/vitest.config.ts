/**
 * The keyring tests need a Secret Service, so they stay out of the default `vitest run` and run
 * through tests/scripts/with-keyring.sh:
 *
 *   bash tests/scripts/with-keyring.sh npx vitest run --config tests/keyring/vitest.config.ts
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/keyring/**/*.keyring.test.ts'],
    environment: 'node',
    // One keyring, one D-Bus session: files run one after another.
    fileParallelism: false,
    testTimeout: 30_000,
  },
});
