import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from './browser';
import { startFaultServer, type FaultServer } from './fault-server';

const baseUrl = inject('baseUrl');
const PLAN = '/plans/hfd-2022';
/** How long config.json may wait for the API's first request before answering anyway. */
const WAIT_FOR_API_MS = 10_000;

async function waitFor(done: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (!done() && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  return done();
}

describe('index.html’s early requests against a real API (production build, Chromium)', () => {
  let session: BrowserSession;
  let api: FaultServer;
  /** Per load: whether the API had the plan request before config.json answered. */
  const apiBeforeConfig: boolean[] = [];
  let holdConfig = false;

  beforeAll(async () => {
    api = await startFaultServer({ allowOrigin: new URL(baseUrl).origin, credentials: true });
    session = await openBrowser();
    const config = JSON.stringify({ demo: false, apiBaseUrl: api.apiBaseUrl, refreshIntervalSeconds: 0 });
    await session.page.route('**/config.json', async (route) => {
      // Held, the answer waits for the API's first request: the request can only arrive
      // first if it did not wait for config.json (its response has not even started).
      const arrived = holdConfig ? await waitFor(() => api.requests('plan') > 0, WAIT_FOR_API_MS) : api.requests('plan') > 0;
      apiBeforeConfig.push(arrived);
      await route.fulfill({ status: 200, contentType: 'application/json', body: config });
    });
  });
  afterAll(async () => {
    await session.close();
    await api.close();
  });

  it('waits for config.json on a first visit, and not on the next: the guessed requests are the ones the app uses', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}${PLAN}`);
    await page.getByRole('heading', { name: '67 actions', level: 2 }).waitFor({ timeout: 20_000 });
    expect(apiBeforeConfig).toEqual([false]);

    api.heal();
    holdConfig = true;
    await page.goto(`${baseUrl}${PLAN}`);
    await page.getByRole('heading', { name: '67 actions', level: 2 }).waitFor({ timeout: 20_000 });
    expect(apiBeforeConfig).toEqual([false, true]);
    // config.json confirmed the remembered settings, so the app took the early
    // responses instead of asking again.
    expect(api.requests('plan')).toBe(1);
    expect(api.requests('reviews')).toBe(1);
  });
});
