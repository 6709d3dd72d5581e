import { defineConfig } from 'vitest/config';

/**
 * `npm run bench:browser`: the production build in Chromium against generated plans
 * of 5,000 and 20,000 actions (300 measures, 12 reviews), served with their API by a
 * local server, beside a static HTML page of the same overview (the floor). Measures
 * and prints; it is a benchmark, not a test that fails on a slow machine.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/perf/**/*.perf.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 900_000,
    hookTimeout: 120_000,
  },
});
