import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../../src/api/client';
import { loadConfig } from '../../src/app/config';
import { problem } from '../../mocks/handlers';
import { server } from '../../mocks/node';

const script = readFileSync(resolve(import.meta.dirname, '../../public/early-fetch.js'), 'utf8');
const asOf = '2024-01-12T09:00:00+00:00';

/** Runs public/early-fetch.js as index.html would, on the page at `path`. */
async function runEarlyFetch(path: string) {
  window.history.replaceState(null, '', path);
  Object.defineProperty(document, 'currentScript', { configurable: true, value: { src: new URL('/early-fetch.js', location.href).toString() } });
  new Function(script)();
  // Let config.json arrive and the data requests start.
  await new Promise((r) => setTimeout(r, 50));
}

afterEach(() => {
  delete (globalThis as { ipdEarlyFetch?: unknown }).ipdEarlyFetch;
  Reflect.deleteProperty(document, 'currentScript');
  window.history.replaceState(null, '', '/');
});

function serveConfig(config: object) {
  server.use(http.get('*/config.json', () => HttpResponse.json(config)));
}

describe('early fetch from index.html', () => {
  it('starts config.json and the overview’s data before the app asks, and the app uses those responses', async () => {
    serveConfig({ apiBaseUrl: '/api', demo: false });
    let actionsServed = 0;
    server.use(
      http.get('/api/plans/p1/actions', () => {
        actionsServed += 1;
        return HttpResponse.json({ asOf, actions: [] });
      }),
      http.get('/api/plans/p1', () => HttpResponse.json({ id: 'p1' })),
      http.get('/api/plans/p1/reviews', () => HttpResponse.json({ asOf, reviews: [] })),
      http.get('/api/plans/p1/measures', () => HttpResponse.json({ asOf, measures: [] })),
    );
    await runEarlyFetch('/plans/p1');
    expect(actionsServed).toBe(1);
    // From now on the server fails: the app must still get what the early requests received.
    server.use(
      http.get('*/config.json', () => new HttpResponse('gone', { status: 500 })),
      http.get('/api/plans/p1/actions', () => problem(500, 'Down')),
    );
    expect(await loadConfig('/config.json')).toMatchObject({ apiBaseUrl: '/api', demo: false });
    const client = createApiClient({ apiBaseUrl: '/api', requestTimeoutMs: 1000 });
    expect(JSON.parse(await client.getText('actions', 'plans/p1/actions'))).toEqual({ asOf, actions: [] });
    // Each early response is used once: a refetch goes to the server.
    await expect(client.getText('actions', 'plans/p1/actions')).rejects.toMatchObject({ kind: 'http', status: 500 });
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
