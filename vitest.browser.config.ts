import { defineConfig } from 'vitest/config';

/**
 * Browser tests: a production build in demo mode, served locally, driven in Debian's
 * Chromium by playwright-core. One file at a time: this machine has two cores.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
