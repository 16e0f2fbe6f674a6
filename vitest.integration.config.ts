import { defineConfig } from 'vitest/config';

/** Tests against the real Kamailio test PBX (the keyring tests have their own config: tests/keyring). */
export default defineConfig({
  test: {
    include: ['tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Each file starts its own PBX on its own ports; running files one at a time keeps 2 cores calm.
    fileParallelism: false,
  },
});
