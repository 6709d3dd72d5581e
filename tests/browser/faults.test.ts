import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, type BrowserSession } from './browser';
import { startFaultServer, type Fault, type FaultServer } from './fault-server';

const baseUrl = inject('baseUrl');
const PLAN = '/plans/hfd-2022';
const TIMEOUT_MS = 1000;

/** Uncaught errors and console errors, less the browser's own notes on failed requests (not the app's). */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (/^Failed to load resource|net::ERR_|blocked by CORS policy/.test(text)) return;
    errors.push(`console: ${text}`);
  });
  return errors;
}

/** The built dashboard, with config.json pointing at the fault server instead of the demo. */
async function pointAt(page: Page, config: Record<string, unknown>): Promise<void> {
  await page.unroute('**/config.json');
  await page.route('**/config.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ demo: false, ...config }) }),
  );
}

describe('a real API that fails on demand (only the actions fail)', () => {
  let session: BrowserSession;
  let api: FaultServer;
  let errors: string[];

  beforeAll(async () => {
    api = await startFaultServer({ allowOrigin: new URL(baseUrl).origin, credentials: true });
    session = await openBrowser();
    errors = watchErrors(session.page);
    await pointAt(session.page, { apiBaseUrl: api.apiBaseUrl, requestTimeoutMs: TIMEOUT_MS, refreshIntervalSeconds: 0 });
  });
  afterAll(async () => {
    await session.close();
    await api.close();
  });

  const cases: [string, Fault, RegExp, RegExp][] = [
    ['slower than the timeout', 'slow', /Could not load the actions/, /The server took too long to return the actions/],
    ['the connection dropped mid-body', 'dropped', /Could not load the actions/, /The connection to the API at http:\/\/127\.0\.0\.1:\d+\/api was lost while sending the actions/],
    ['truncated JSON', 'truncated', /Could not load the actions/, /not in the expected format: the response is cut off or is not JSON/],
    ['HTML instead of JSON', 'html', /Could not load the actions/, /not in the expected format: the response is a web page \(HTML\), not JSON/],
    ['500', 500, /Could not load the actions/, /The server could not return the actions \(HTTP 500\)/],
    ['502', 502, /Could not load the actions/, /The server could not return the actions \(HTTP 502\)/],
    ['503 with Retry-After', 503, /Could not load the actions/, /\(HTTP 503\): The performance system is being updated\./],
    ['401', 401, /Sign in to see the actions/, /You need to sign in to see the actions: Your session has expired\./],
    ['403', 403, /You do not have permission to see the actions/, /You are not on the distribution list for this plan\./],
  ];

  it.each(cases)('%s: a plain message and Retry; the areas and measures still show', async (_name, fault, heading, message) => {
    const { page } = session;
    api.heal();
    api.fail('actions', fault);
    errors.length = 0;
    await page.goto(`${baseUrl}${PLAN}`);
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: heading }).waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toMatch(message);
    await screenshot(page, `fault-${String(fault)}`);
    // The rest of the page works: the plan's areas link to their pages, the measures are counted.
    await page.getByRole('link', { name: /^Area 3: / }).waitFor();
    await page.getByText(/^\d+ of 30 measures not meeting their target$/).waitFor();
    // Recovery: the API answers again and Retry brings the actions in.
    api.heal();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('heading', { name: '67 actions', level: 2 }).waitFor();
    expect(await page.evaluate(() => (window as { __faultServerHtmlRan?: boolean }).__faultServerHtmlRan)).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('retries a 5xx with backoff but never a 4xx', async () => {
    const { page } = session;
    api.heal();
    api.fail('actions', 401);
    await page.goto(`${baseUrl}${PLAN}`);
    await page.getByRole('heading', { name: /Sign in to see the actions/ }).waitFor();
    expect(api.requests('actions')).toBe(1);
    api.heal();
    api.fail('actions', 503);
    await page.goto(`${baseUrl}${PLAN}`);
    await page.getByRole('heading', { name: /Could not load the actions/ }).waitFor({ timeout: 20_000 });
    expect(api.requests('actions')).toBe(3);
  });
});

describe('a dashboard left open: refreshes, keeps the last good data, recovers by itself', () => {
  let session: BrowserSession;
  let api: FaultServer;

  beforeAll(async () => {
    api = await startFaultServer({ allowOrigin: new URL(baseUrl).origin, credentials: true });
    session = await openBrowser();
    await pointAt(session.page, { apiBaseUrl: api.apiBaseUrl, requestTimeoutMs: TIMEOUT_MS, refreshIntervalSeconds: 1 });
  });
  afterAll(async () => {
    await session.close();
    await api.close();
  });

  it('shows "Could not refresh" with the data still on screen, then clears it when the API is back', async () => {
    const { page } = session;
    await page.goto(`${baseUrl}${PLAN}`);
    await page.getByRole('heading', { name: '67 actions', level: 2 }).waitFor();
    api.fail('actions', 500);
    const notice = page.getByRole('status').filter({ hasText: 'Could not refresh' });
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.textContent()).toMatch(/Could not refresh the actions: showing data as at 12 January 2024, 9:00am\./);
    await screenshot(page, 'fault-refresh-failed');
    expect(await page.getByRole('heading', { name: '67 actions', level: 2 }).isVisible()).toBe(true);
    api.heal();
    await notice.waitFor({ state: 'detached', timeout: 20_000 });
    expect(await page.getByRole('heading', { name: '67 actions', level: 2 }).isVisible()).toBe(true);
  });
});

describe('an API on another origin (CORS)', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser();
  });
  afterAll(async () => {
    await session.close();
  });

  async function openWith(cors: { allowOrigin: string; credentials: boolean }, config: Record<string, unknown>) {
    const api = await startFaultServer(cors);
    await pointAt(session.page, { apiBaseUrl: api.apiBaseUrl, requestTimeoutMs: 5000, ...config });
    await session.page.goto(`${baseUrl}${PLAN}`);
    return api;
  }

  it('works with a wildcard origin and credentials "omit"', async () => {
    const api = await openWith({ allowOrigin: '*', credentials: false }, { credentials: 'omit' });
    await session.page.getByRole('heading', { name: '67 actions', level: 2 }).waitFor();
    await api.close();
  });

  it('works with the exact origin allowed and credentials (the default)', async () => {
    const api = await openWith({ allowOrigin: new URL(baseUrl).origin, credentials: true }, {});
    await session.page.getByRole('heading', { name: '67 actions', level: 2 }).waitFor();
    await api.close();
  });

  it('names the API and CORS when a wildcard API is sent credentials', async () => {
    const api = await openWith({ allowOrigin: '*', credentials: false }, { requestTimeoutMs: 2000 });
    const alert = session.page.getByRole('alert').first();
    await alert.waitFor({ timeout: 20_000 });
    const text = await alert.textContent();
    expect(text).toContain(`Could not reach the API at ${api.apiBaseUrl}`);
    expect(text).toMatch(/CORS/);
    await api.close();
  });
});
