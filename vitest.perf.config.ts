import { defineConfig } from 'vitest/config';

/**
 * `npm run bench:browser`: the production build in Chromium against a generated plan
 * of 5,000 actions and 300 measures. Measures and prints; it is a benchmark, not a
 * test that fails on a slow machine.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/perf/**/*.perf.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
