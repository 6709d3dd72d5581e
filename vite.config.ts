/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, minify, type Plugin } from 'vite';

/**
 * public/ is copied as it is: index.html's early-fetch script keeps its comments in the
 * repo and ships minified (it counts towards the first view's budget). ES2015 output:
 * a browser older than that cannot run the app anyway.
 *
 * It also ships content-hashed under assets/, and index.html points there: assets are
 * kept by the browser for a year (the reference server's Cache-Control), so a repeat
 * visit starts config.json and the data without first asking the server about this
 * script, a round trip the static floor page does not pay. `data-base` tells the script
 * where the app's base is from there (config.json, the routes). The unhashed copy stays
 * for a page cached before a deploy.
 */
function minifyEarlyFetch(): Plugin {
  let outDir = 'dist';
  let base = '/';
  let assetsDir = 'assets';
  return {
    name: 'minify-early-fetch',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      base = config.base;
      assetsDir = config.build.assetsDir;
    },
    async closeBundle() {
      const file = join(outDir, 'early-fetch.js');
      if (!existsSync(file)) return;
      const { code, errors } = await minify('early-fetch.js', readFileSync(file, 'utf8'), { compress: { target: 'es2015' }, mangle: true });
      if (errors.length > 0) throw new Error(`early-fetch.js: ${errors.map((e) => e.message).join('; ')}`);
      writeFileSync(file, code);
      const hashed = `${assetsDir}/early-fetch-${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`;
      mkdirSync(join(outDir, assetsDir), { recursive: true });
      writeFileSync(join(outDir, hashed), code);
      const index = join(outDir, 'index.html');
      const html = readFileSync(index, 'utf8');
      const tag = `src="${base}early-fetch.js"`;
      if (!html.includes(tag)) throw new Error(`index.html has no <script ${tag}>`);
      const back = `${posix.relative(`/${assetsDir}`, '/') || '.'}/`;
      writeFileSync(index, html.replace(tag, `src="${base}${hashed}" data-base="${back}"`));
    },
  };
}

export default defineConfig({
  plugins: [react(), minifyEarlyFetch()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // The demo chunk (MSW + fixtures) is large by nature and loaded only in demo mode;
    // the demo's Excel export (exceljs, ~940 kB) only when a demo user downloads the plan.
    chunkSizeWarningLimit: 1000,
  },
  test: {
    restoreMocks: true,
    // Worker threads start faster than forked processes; nothing here needs a process.
    pool: 'threads',
    // One worker per core. Vitest's default leaves a core free (one worker on a 2-core
    // machine), which cost about a quarter of the suite's time here (135 s to 105 s).
    maxWorkers: '100%',
    // Pure code runs in plain Node (fast); anything that renders or resolves page
    // URLs runs in jsdom. Browser tests have their own config (vitest.browser.config.ts).
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // Pure functions with no global state: one module graph for every file
          // instead of a fresh one per file.
          isolate: false,
          setupFiles: ['tests/setup-node.ts'],
          include: ['tests/domain/**/*.test.ts', 'tests/fixtures/**/*.test.ts', 'tests/contract/**/*.test.ts'],
          exclude: ['tests/contract/server.contract.test.ts', 'tests/contract/server-writes.contract.test.ts'],
          benchmark: { include: ['tests/bench/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          // The reference server on a real database: PGlite in memory (one per worker,
          // emptied for each file: it takes seconds to start), or PostgreSQL via DATABASE_URL.
          name: 'server',
          environment: 'node',
          // One module graph per worker (Fastify, drizzle, PGlite imported and started
          // once, not per file): each file still starts its own app on empty tables.
          isolate: false,
          setupFiles: ['tests/setup-node.ts'],
          include: ['tests/server/**/*.test.ts', 'tests/contract/server.contract.test.ts', 'tests/contract/server-writes.contract.test.ts'],
          hookTimeout: 90_000,
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          // One jsdom and one module graph per worker instead of per file: this halves the
          // suite's time. tests/setup.ts resets what a test can leave behind (the DOM, MSW
          // handlers, local storage, the persisted view store) after every test.
          isolate: false,
          // Whole-app renders are slow in jsdom on two shared cores. Whole-page axe runs
          // live in the Chromium suite (tests/browser), which checks every view.
          testTimeout: 20_000,
          // A render-once block (tests/support/render-app.tsx) renders its page in beforeAll.
          hookTimeout: 20_000,
          setupFiles: ['tests/setup-node.ts', 'tests/setup.ts'],
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/domain/**', 'tests/fixtures/**', 'tests/contract/**', 'tests/server/**', 'tests/browser/**', 'node_modules/**'],
        },
      },
    ],
  },
});
