import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateLargePlan } from '../../fixtures/generate-large-plan';
import { openBrowser, type BrowserSession } from '../browser/browser';

const baseUrl = inject('baseUrl');
const large = generateLargePlan({ actions: 5000, measures: 300, reviews: 12, seed: 5000 });
const asOf = large.plan.asOf;
const RUNS = 7;

/** Serves the generated plan as a real API would: config.json points the build at /api, not the demo. */
async function serveLargePlan(page: Page): Promise<void> {
  const planId = large.plan.id;
  const bodies: Record<string, unknown> = {
    '/config.json': { apiBaseUrl: '/api', demo: false, requestTimeoutMs: 30000 },
    '/api/plans': { asOf, plans: [{ id: planId, title: large.plan.title, organisation: large.plan.organisation, status: large.plan.status }] },
    [`/api/plans/${planId}`]: large.plan,
    [`/api/plans/${planId}/actions`]: { asOf, actions: large.actions },
    [`/api/plans/${planId}/reviews`]: { asOf, reviews: large.reviews },
    [`/api/plans/${planId}/measures`]: { asOf, measures: large.measures },
  };
  const json = new Map(Object.entries(bodies).map(([path, body]) => [path, JSON.stringify(body)]));
  await page.route(
    (url) => json.has(url.pathname),
    (route) => route.fulfill({ status: 200, contentType: 'application/json', body: json.get(new URL(route.request().url()).pathname) ?? '' }),
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const results: string[] = [];

describe(`large plan in Chromium (${large.actions.length} actions, ${large.measures.length} measures)`, () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser();
    await serveLargePlan(session.page);
  });
  afterAll(async () => {
    await session.close();
    console.log(`\nBrowser benchmark (median of ${RUNS} runs, production build, Chromium)\n${results.join('\n')}\n`);
  });

  it('overview: from navigation to the rendered rollup', async () => {
    const { page } = session;
    const times: number[] = [];
    const renders: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const started = Date.now();
      await page.goto(`${baseUrl}/plans/${large.plan.id}`);
      await page.getByRole('heading', { name: `${large.actions.length.toLocaleString('en-GB')} actions`, level: 2 }).or(page.getByRole('heading', { name: `${large.actions.length} actions`, level: 2 })).waitFor();
      await page.getByRole('link', { name: /of 300 measures not meeting their target/ }).waitFor();
      times.push(Date.now() - started);
      // Render alone: from the first data response to the painted overview, as the page saw it.
      renders.push(
        await page.evaluate(() => {
          const responses = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/plans/'));
          const lastResponse = Math.max(...responses.map((e) => (e as PerformanceResourceTiming).responseEnd));
          return performance.now() - lastResponse;
        }),
      );
    }
    results.push(`  overview, navigation to rendered: ${median(times).toFixed(0)} ms (budget 1000 ms)`);
    results.push(`  overview, last API response to rendered: ${median(renders).toFixed(0)} ms`);
    expect(times).toHaveLength(RUNS);
  });

  it('actions explorer: keystroke in the search box to the updated count', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}/plans/${large.plan.id}/actions`);
    const search = page.getByRole('searchbox', { name: /Search actions/ }).or(page.getByRole('textbox', { name: /Search actions/ }));
    await search.waitFor();
    await page.getByText(/^5,000 of 5,000 actions$/).waitFor();
    const latencies: number[] = [];
    // Each query narrows the list, so the live count must change (ids and words of the generated plan).
    const queries = ['3.1', '7.2', 'zzz', '10.', 'update', '4.12', 'risk', '9.9', 'service', '1.1'];
    for (const query of queries) {
      await search.fill('');
      await page.waitForFunction(() => /^5,000 of 5,000 actions$/.test(document.querySelector('[role="status"][aria-live]')?.textContent ?? ''));
      // Time from the key event to the moment the live count changes, measured inside the page.
      const latency = await page.evaluate(async (text) => {
        const input = document.activeElement instanceof HTMLInputElement ? document.activeElement : document.querySelector<HTMLInputElement>('input[type="search"], input[name="q"]');
        const status = document.querySelector('[role="status"][aria-live]');
        if (!input || !status) return -1;
        const before = status.textContent;
        return await new Promise<number>((resolve) => {
          const started = performance.now();
          const observer = new MutationObserver(() => {
            if (status.textContent !== before) {
              observer.disconnect();
              // Wait for the frame that paints the new list.
              requestAnimationFrame(() => resolve(performance.now() - started));
            }
          });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
          // A query that matched every action leaves the count unchanged: not a sample.
          setTimeout(() => {
            observer.disconnect();
            resolve(-1);
          }, 5000);
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
          setter?.call(input, text);
          input.dispatchEvent(new Event('input', { bubbles: true }));
        });
      }, query);
      await search.focus();
      if (latency >= 0) latencies.push(latency);
    }
    results.push(`  actions search, keystroke to updated list: ${median(latencies).toFixed(0)} ms median, ${Math.max(...latencies).toFixed(0)} ms worst of ${latencies.length} (budget 100 ms)`);
    expect(latencies.length).toBeGreaterThan(0);
  });
});
