/**
 * Where the overview's time goes: loads the production build's overview of a
 * generated plan in Chromium under a performance trace (CDP Tracing, with V8's
 * sampling profiler) and prints, per thread, the longest tasks and the functions
 * that took the most time, plus the moment the figures were painted.
 *
 *   npx tsx tests/perf/trace-overview.ts [actions=20000] [--no-build]
 *
 * Uses the build in test-results/dist (built here, not minified so the profile names
 * functions, unless --no-build) and writes the
 * full trace to test-results/overview-trace.json, which Chromium's DevTools
 * (Performance, "Load profile") or https://ui.perfetto.dev open.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { generateLargePlan } from '../../fixtures/generate-large-plan';
import { openBrowser } from '../browser/browser';
import { OUT_DIR, RESULTS_DIR } from '../browser/paths';
import { routesFor } from './bench-routes';
import { startBenchSite } from './bench-site';
import { summariseTrace, type TraceEvent } from './trace-summary';

const size = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 20_000);
const skipBuild = process.argv.includes('--no-build');

async function main() {
  if (!skipBuild || !existsSync(resolve(OUT_DIR, 'index.html'))) {
    process.env.NODE_ENV = 'production';
    await build({ root: resolve(import.meta.dirname, '../..'), mode: 'production', logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true, minify: false } });
  }
  const large = generateLargePlan({ actions: size, measures: 300, reviews: 12, seed: size });
  const site = await startBenchSite(OUT_DIR);
  site.serve(routesFor(large, OUT_DIR).routes);
  const session = await openBrowser();
  try {
    const { page } = session;
    const url = `${site.url}/plans/${large.plan.id}`;
    // A cheap check every 100 ms: the trace should show the app's work, not the test's.
    const shown = () =>
      page.waitForFunction(() => [...document.querySelectorAll('h2')].some((h) => /^\s*[\d,]+\s+actions\s*$/.test(h.textContent ?? '')), null, { timeout: 120_000, polling: 100 });
    // One untraced load first: the first visit also compiles code and fills caches.
    await page.goto(url);
    await shown();
    await page.goto('about:blank');

    const cdp = await session.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: {
        includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing', 'loading', 'netlog'],
      },
    });
    await page.goto(url);
    await shown();
    await page.waitForTimeout(1000);
    await cdp.send('Tracing.end');
    await complete;
    writeFileSync(resolve(RESULTS_DIR, 'overview-trace.json'), JSON.stringify({ traceEvents: events }));
    console.log(`Overview of ${size.toLocaleString('en-GB')} actions, traced (${events.length} events; test-results/overview-trace.json)\n`);
    console.log(summariseTrace(events).join('\n'));
  } finally {
    await session.close();
    await site.close();
  }
}

await main();
