import { defineConfig } from 'vitest/config';

/**
 * Integration tests against real daemons (Kamailio, rtpengine, SIPp), kept
 * out of the fast unit run: `npx vitest run --config tests/integration/vitest.config.ts`.
 * Test files here start PBXes on fixed ports of their own, so files may run
 * in parallel but each file's tests run one after another.
 */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
