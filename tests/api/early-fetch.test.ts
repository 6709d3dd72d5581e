import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../../src/api/client';
import { loadConfig } from '../../src/app/config';
import { problem } from '../../mocks/handlers';
import { server } from '../../mocks/node';

const script = readFileSync(resolve(import.meta.dirname, '../../public/early-fetch.js'), 'utf8');
const asOf = '2024-01-12T09:00:00+00:00';

/** Runs public/early-fetch.js as index.html would, on the page at `path`, and returns at once. */
function startEarlyFetch(path: string, tag: { src: string; 'data-base'?: string } = { src: '/early-fetch.js' }) {
  delete (globalThis as { ipdEarlyFetch?: unknown }).ipdEarlyFetch;
  window.history.replaceState(null, '', path);
  // A detached element, never run: the script is evaluated below, as index.html would run it.
  const element = document.createElement('script');
  element.src = new URL(tag.src, location.href).toString();
  if (tag['data-base'] !== undefined) element.setAttribute('data-base', tag['data-base']);
  Object.defineProperty(document, 'currentScript', { configurable: true, value: element });
  new Function(script)();
}

/** As startEarlyFetch, then lets config.json arrive and the data requests start. */
async function runEarlyFetch(path: string) {
  startEarlyFetch(path);
  await new Promise((r) => setTimeout(r, 50));
}

afterEach(() => {
  vi.restoreAllMocks();
  delete (globalThis as { ipdEarlyFetch?: unknown }).ipdEarlyFetch;
  Reflect.deleteProperty(document, 'currentScript');
  window.history.replaceState(null, '', '/');
});

function serveConfig(config: object) {
  server.use(http.get('*/config.json', () => HttpResponse.json(config)));
}

/** config.json answers only when `answer` is called (a slow config.json on a repeat visit). */
function holdConfig(config: object) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(
    http.get('*/config.json', async () => {
      await released;
      return HttpResponse.json(config);
    }),
  );
  return {
    answer: async () => {
      release();
      await new Promise((r) => setTimeout(r, 50));
    },
  };
}

/**
 * The overview's first requests, each answering with the credentials mode and
 * Authorization header it was sent with; `served` lists the paths in order.
 */
function serveOverview(base = '/api') {
  const served: string[] = [];
  const answer = (name: string) => (info: { request: Request }) => {
    served.push(name);
    return HttpResponse.json({ name, credentials: info.request.credentials, authorization: info.request.headers.get('authorization') });
  };
  server.use(
    http.get(`${base}/plans/p1`, answer('plan')),
    http.get(`${base}/plans/p1/summary`, answer('summary')),
    http.get(`${base}/plans/p1/reviews`, answer('reviews')),
  );
  return served;
}

describe('early fetch from index.html', () => {
  it('starts config.json and the overview’s first requests before the app asks, and the app uses those responses', async () => {
    serveConfig({ apiBaseUrl: '/api', demo: false });
    const served = serveOverview();
    await runEarlyFetch('/plans/p1');
    // The overview's first paint needs the plan, its summary and the review list; the
    // actions and measures (no handler here: unhandled requests fail the test) come later.
    expect([...served].sort()).toEqual(['plan', 'reviews', 'summary']);
    // From now on the server fails: the app must still get what the early requests received.
    server.use(
      http.get('*/config.json', () => new HttpResponse('gone', { status: 500 })),
      http.get('/api/plans/p1/summary', () => problem(500, 'Down')),
    );
    expect(await loadConfig('/config.json')).toMatchObject({ apiBaseUrl: '/api', demo: false });
    const client = createApiClient({ apiBaseUrl: '/api', requestTimeoutMs: 1000 });
    expect(JSON.parse(await client.getText('plan', 'plans/p1/summary'))).toMatchObject({ name: 'summary' });
    // Each early response is used once: a refetch goes to the server.
    await expect(client.getText('plan', 'plans/p1/summary')).rejects.toMatchObject({ kind: 'http', status: 500 });
  });

  it('finds config.json and the route from the hashed copy under assets/ that the build points index.html to', async () => {
    const configs: string[] = [];
    server.use(
      http.get('*/config.json', ({ request }) => {
        configs.push(new URL(request.url).pathname);
        return HttpResponse.json({ apiBaseUrl: '/api', demo: false });
      }),
    );
    const served = serveOverview();
    startEarlyFetch('/plans/p1', { src: '/assets/early-fetch-AbCd1234.js', 'data-base': '../' });
    await new Promise((r) => setTimeout(r, 50));
    expect(configs).toEqual(['/config.json']);
    expect([...served].sort()).toEqual(['plan', 'reviews', 'summary']);
  });

  it('starts the other plan views’ requests (plan and actions) as before', async () => {
    serveConfig({ apiBaseUrl: '/api', demo: false });
    const served: string[] = [];
    server.use(
      http.get('/api/plans/p1', () => {
        served.push('plan');
        return HttpResponse.json({ id: 'p1' });
      }),
      http.get('/api/plans/p1/actions', () => {
        served.push('actions');
        return HttpResponse.json({ asOf, actions: [] });
      }),
    );
    await runEarlyFetch('/plans/p1/measures');
    expect([...served].sort()).toEqual(['actions', 'plan']);
  });

  it('starts no API request in demo mode (the demo’s service worker is not running yet)', async () => {
    serveConfig({ demo: true });
    // onUnhandledRequest: 'error' fails the test if anything but config.json is requested.
    await runEarlyFetch('/plans/p1');
    expect(await loadConfig('/config.json')).toMatchObject({ demo: true });
  });

  it.each([['omit'], ['same-origin'], ['include'], [undefined]] as const)('sends credentials as config.json says (%s)', async (credentials) => {
    serveConfig({ apiBaseUrl: '/api', demo: false, ...(credentials && { credentials }) });
    const sent: string[] = [];
    server.use(
      http.get('/api/plans', ({ request }) => {
        sent.push(request.credentials);
        return HttpResponse.json({ asOf, plans: [] });
      }),
    );
    await runEarlyFetch('/');
    expect(sent).toEqual([credentials ?? 'include']);
  });
});

describe('early fetch on a repeat visit (settings remembered from the last config.json)', () => {
  /** A first visit that reads `config`, so the next visit has settings to remember. */
  async function visitOnce(config: object) {
    serveConfig(config);
    serveOverview();
    await runEarlyFetch('/plans/p1');
  }

  it('starts the overview’s requests before config.json answers, and the app gets them once config.json agrees', async () => {
    await visitOnce({ apiBaseUrl: '/api', demo: false, credentials: 'same-origin' });
    const config = holdConfig({ apiBaseUrl: '/api', demo: false, credentials: 'same-origin' });
    const served = serveOverview();
    startEarlyFetch('/plans/p1');
    await expect.poll(() => [...served].sort()).toEqual(['plan', 'reviews', 'summary']);
    // The server fails from now on: only the early responses can satisfy the app.
    server.use(http.get('/api/plans/p1/summary', () => problem(500, 'Down')));
    await config.answer();
    const settings = await loadConfig('/config.json');
    const client = createApiClient({ apiBaseUrl: settings.apiBaseUrl, credentials: settings.credentials, requestTimeoutMs: 1000 });
    expect(JSON.parse(await client.getText('plan', 'plans/p1/summary'))).toEqual({ name: 'summary', credentials: 'same-origin', authorization: null });
  });

  it('never hands the app a guessed response when config.json has changed, even one claimed before config.json answered', async () => {
    await visitOnce({ apiBaseUrl: '/api', demo: false, credentials: 'include' });
    const config = holdConfig({ apiBaseUrl: '/api', demo: false, credentials: 'omit' });
    const served = serveOverview();
    startEarlyFetch('/plans/p1');
    await expect.poll(() => served.length).toBe(3);
    // The app asks while the guess is still unchecked: it must wait, then fetch itself.
    const client = createApiClient({ apiBaseUrl: '/api', credentials: 'omit', requestTimeoutMs: 1000 });
    const summary = client.getText('plan', 'plans/p1/summary');
    await config.answer();
    expect(JSON.parse(await summary)).toMatchObject({ name: 'summary', credentials: 'omit' });
    expect(JSON.parse(await client.getText('plan', 'plans/p1'))).toMatchObject({ name: 'plan', credentials: 'omit' });

    // The new settings are the ones remembered: the next visit guesses them.
    const next = holdConfig({ apiBaseUrl: '/api', demo: false, credentials: 'omit' });
    const sent: string[] = [];
    server.use(
      http.get('/api/plans', ({ request }) => {
        sent.push(request.credentials);
        return HttpResponse.json({ asOf, plans: [] });
      }),
    );
    startEarlyFetch('/');
    await expect.poll(() => sent).toEqual(['omit']);
    await next.answer();
  });

  it('falls back to the app’s own request when the API address has moved', async () => {
    await visitOnce({ apiBaseUrl: '/api', demo: false });
    const config = holdConfig({ apiBaseUrl: '/api2', demo: false });
    const guessed = serveOverview('/api');
    const served = serveOverview('/api2');
    startEarlyFetch('/plans/p1');
    await expect.poll(() => guessed.length).toBe(3);
    await config.answer();
    const settings = await loadConfig('/config.json');
    const client = createApiClient({ apiBaseUrl: settings.apiBaseUrl, requestTimeoutMs: 1000 });
    expect(JSON.parse(await client.getText('plan', 'plans/p1/summary'))).toMatchObject({ name: 'summary' });
    expect(served).toContain('summary');
  });

  it('never stores an API token, and does not guess for a deployment that has one', async () => {
    await visitOnce({ apiBaseUrl: '/api', demo: false, apiToken: 'secret-token-123' });
    const stored = Object.keys(localStorage).map((key) => `${key}=${localStorage.getItem(key) ?? ''}`);
    expect(stored.join('\n')).not.toContain('secret-token-123');

    // Next visit: nothing starts until config.json has answered.
    const config = holdConfig({ apiBaseUrl: '/api', demo: false, apiToken: 'secret-token-123' });
    const served = serveOverview();
    startEarlyFetch('/plans/p1');
    await new Promise((r) => setTimeout(r, 50));
    expect(served).toEqual([]);
    await config.answer();
    // Then the requests start as before, with the token.
    const client = createApiClient({ apiBaseUrl: '/api', apiToken: 'secret-token-123', requestTimeoutMs: 1000 });
    expect(JSON.parse(await client.getText('plan', 'plans/p1/summary'))).toMatchObject({ authorization: 'Bearer secret-token-123' });
    expect(served.filter((name) => name === 'summary')).toHaveLength(1);
  });

  it('discards a guess made without a token when config.json now has one, and forgets the settings', async () => {
    await visitOnce({ apiBaseUrl: '/api', demo: false });
    const config = holdConfig({ apiBaseUrl: '/api', demo: false, apiToken: 'new-token' });
    const served = serveOverview();
    startEarlyFetch('/plans/p1');
    await expect.poll(() => served.length).toBe(3);
    // Claimed before config.json answers: the guess (sent without the token) must not be the answer.
    const client = createApiClient({ apiBaseUrl: '/api', apiToken: 'new-token', requestTimeoutMs: 1000 });
    const summary = client.getText('plan', 'plans/p1/summary');
    await config.answer();
    expect(JSON.parse(await summary)).toMatchObject({ authorization: 'Bearer new-token' });
    expect(Object.values({ ...localStorage }).join('\n')).not.toContain('new-token');

    // Forgotten: the next visit waits for config.json again.
    const next = holdConfig({ apiBaseUrl: '/api', demo: false, apiToken: 'new-token' });
    served.length = 0;
    startEarlyFetch('/plans/p1');
    await new Promise((r) => setTimeout(r, 50));
    expect(served).toEqual([]);
    await next.answer();
  });

  it('starts no API request in demo mode, remembered or new', async () => {
    serveConfig({ demo: true });
    await runEarlyFetch('/plans/p1');
    const config = holdConfig({ demo: true });
    const served = serveOverview();
    startEarlyFetch('/plans/p1');
    await new Promise((r) => setTimeout(r, 50));
    await config.answer();
    expect(served).toEqual([]);
    expect(await loadConfig('/config.json')).toMatchObject({ demo: true });
  });

  it('never hands over a guess when the deployment has switched to demo mode', async () => {
    await visitOnce({ apiBaseUrl: '/api', demo: false });
    const config = holdConfig({ apiBaseUrl: '/api', demo: true });
    const served = serveOverview();
    startEarlyFetch('/plans/p1');
    await expect.poll(() => served.length).toBe(3);
    const client = createApiClient({ apiBaseUrl: '/api', requestTimeoutMs: 1000 });
    const summary = client.getText('plan', 'plans/p1/summary');
    await config.answer();
    // The app's own request (the demo's service worker would answer it in a browser).
    expect(JSON.parse(await summary)).toMatchObject({ name: 'summary' });
    expect(served.filter((name) => name === 'summary')).toHaveLength(2);
  });

  it('never hands over a guess when config.json fails', async () => {
    await visitOnce({ apiBaseUrl: '/api', demo: false });
    server.use(http.get('*/config.json', () => new HttpResponse('gone', { status: 500 })));
    const served = serveOverview();
    startEarlyFetch('/plans/p1');
    await expect.poll(() => served.length).toBe(3);
    await new Promise((r) => setTimeout(r, 50));
    await expect(loadConfig('/config.json')).rejects.toThrow(/HTTP 500/);
    const client = createApiClient({ apiBaseUrl: '/api', requestTimeoutMs: 1000 });
    await client.getText('plan', 'plans/p1/summary');
    expect(served.filter((name) => name === 'summary')).toHaveLength(2);
  });

  it.each([
    ['storage is disabled (every access throws)', () => vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => { throw new DOMException('denied', 'SecurityError'); })],
    ['storage is full (writes throw)', () => vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => { throw new DOMException('full', 'QuotaExceededError'); })],
  ])('works as on a first visit when %s', async (_name, breakStorage) => {
    breakStorage();
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      await visitOnce({ apiBaseUrl: '/api', demo: false });
      const config = holdConfig({ apiBaseUrl: '/api', demo: false });
      const served = serveOverview();
      startEarlyFetch('/plans/p1');
      await new Promise((r) => setTimeout(r, 50));
      // Nothing was remembered, so nothing is guessed.
      expect(served).toEqual([]);
      await config.answer();
      expect([...served].sort()).toEqual(['plan', 'reviews', 'summary']);
      const client = createApiClient({ apiBaseUrl: '/api', requestTimeoutMs: 1000 });
      expect(JSON.parse(await client.getText('plan', 'plans/p1/summary'))).toMatchObject({ name: 'summary' });
      expect(served.filter((name) => name === 'summary')).toHaveLength(1);
      expect(errors).toEqual([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
