import { defineConfig } from 'vitest/config';

/** Tests against real outside parts: the Kamailio test PBX and the Secret Service keyring. */
export default defineConfig({
  test: {
    include: ['tests/integration/**/*.test.ts', 'tests/keyring/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Each file starts its own PBX on its own ports; running files one at a time keeps 2 cores calm.
    fileParallelism: false,
  },
});
