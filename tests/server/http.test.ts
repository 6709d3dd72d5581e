import { rmSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoMain, demoSecond } from '../../fixtures/demo';
import { createToken } from '../../server/auth/tokens';
import { replacePlanBundle } from '../../server/storage/plan-bundle';
import { responseErrors } from '../contract/openapi';
import { fakeDashboardBuild, startTestServer, type TestServer } from './test-app';

let server: TestServer;
let dashboardDir: string;
/** A signed-in viewer's session: every /api request needs one (or a token). */
let signedIn: { cookie: string };
beforeAll(async () => {
  dashboardDir = fakeDashboardBuild();
  server = await startTestServer({ dashboardDir });
});
// Per test: a test that reloads the demo plans empties the sessions too.
beforeEach(async () => {
  signedIn = await server.signIn('viewer');
});
afterAll(async () => {
  await server.close();
  rmSync(dashboardDir, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) => server.app.inject({ method: 'GET', url, headers: { ...signedIn, ...headers } });
const planId = demoMain.plan.id;

/** Problem details, and that they conform to the contract's Problem. */
function expectProblem(response: Awaited<ReturnType<typeof get>>, status: number) {
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = response.json<Record<string, unknown>>();
  expect(body).toMatchObject({ status, title: expect.any(String) });
  return body;
}

describe('conditional requests and caching', () => {
  it('API responses are private, revalidated, and carry an ETag; a matching If-None-Match gets 304 with no body', async () => {
    const first = await get(`/api/plans/${planId}/actions`);
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/".+"$/);

    const again = await get(`/api/plans/${planId}/actions`, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
  });

  it('a change to the plan changes its ETags and what is served at once', async () => {
    const before = await get(`/api/plans/${planId}/actions`);
    await get(`/api/plans/${planId}/actions`, { 'accept-encoding': 'br' });
    const edited = structuredClone(demoMain);
    const first = edited.actions.actions[0];
    if (!first) throw new Error('demo plan has actions');
    first.rating = 'red';
    try {
      await replacePlanBundle(server.database.db, edited, { label: 'test' });

      const after = await get(`/api/plans/${planId}/actions`, { 'if-none-match': String(before.headers.etag) });
      expect(after.statusCode).toBe(200);
      expect(after.headers.etag).not.toBe(before.headers.etag);
      expect(after.json<{ actions: { id: string; rating: unknown }[] }>().actions[0]).toMatchObject({ id: first.id, rating: 'red' });
      const compressed = await get(`/api/plans/${planId}/actions`, { 'accept-encoding': 'br' });
      expect(brotliDecompressSync(compressed.rawPayload).toString('utf8')).toBe(after.body);
    } finally {
      await server.reset();
    }
  });

  it('the plan list has an ETag too', async () => {
    const first = await get('/api/plans');
    const again = await get('/api/plans', { 'if-none-match': String(first.headers.etag) });
    expect(again.statusCode).toBe(304);
  });
});

describe('compression', () => {
  it('sends brotli when asked, gzip otherwise, and the same JSON either way', async () => {
    const plain = await get(`/api/plans/${planId}/measures`);
    const br = await get(`/api/plans/${planId}/measures`, { 'accept-encoding': 'gzip, br' });
    const gzip = await get(`/api/plans/${planId}/measures`, { 'accept-encoding': 'gzip' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(plain.body);
    expect(gunzipSync(gzip.rawPayload).toString('utf8')).toBe(plain.body);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
  });

  it('honours the client\'s preferences and says the response varies with them', async () => {
    const url = `/api/plans/${planId}/actions`;
    const plain = await get(url);
    const cases: [string | undefined, string | undefined][] = [
      [undefined, undefined],
      ['identity', undefined],
      ['br', 'br'],
      ['br;q=0, gzip', 'gzip'],
      ['gzip;q=0.5, br;q=0.4', 'gzip'],
      ['deflate', undefined],
      ['*', 'br'],
    ];
    for (const [accept, expected] of cases) {
      const response = await get(url, accept === undefined ? {} : { 'accept-encoding': accept });
      expect(response.statusCode, accept).toBe(200);
      expect(response.headers['content-encoding'], accept).toBe(expected);
      expect(String(response.headers.vary), accept).toMatch(/accept-encoding/i);
      const decoded = expected === 'br' ? brotliDecompressSync(response.rawPayload) : expected === 'gzip' ? gunzipSync(response.rawPayload) : response.rawPayload;
      expect(decoded.toString('utf8'), accept).toBe(plain.body);
    }
    // A client that has the body gets 304 whatever it accepts, with nothing encoded.
    const notModified = await get(url, { 'accept-encoding': 'br', 'if-none-match': String(plain.headers.etag) });
    expect(notModified.statusCode).toBe(304);
    expect(notModified.headers['content-encoding']).toBeUndefined();
  });
});

describe('security headers', () => {
  for (const url of ['/', `/api/plans/${planId}`, '/api/nothing-here']) {
    it(`${url} carries a strict CSP with no inline script, nosniff, no referrer and no framing`, async () => {
      const response = await get(url);
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(csp).not.toContain('unsafe-eval');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    });
  }
});

describe('the dashboard beside the API', () => {
  it('serves index.html revalidated, hashed assets immutable', async () => {
    const index = await get('/');
    expect(index.statusCode).toBe(200);
    expect(index.headers['content-type']).toMatch(/^text\/html/);
    expect(index.headers['cache-control']).toBe('no-cache');
    const asset = await get('/assets/index-Bx7kq2Lm.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const revalidated = await get('/assets/index-Bx7kq2Lm.js', { 'if-none-match': String(asset.headers.etag) });
    expect(revalidated.statusCode).toBe(304);
  });

  it('hands the dashboard a config.json for this server: the API here, demo off, the build\'s other settings kept', async () => {
    const config = await get('/config.json');
    expect(config.statusCode).toBe(200);
    expect(config.headers['cache-control']).toBe('no-cache');
    expect(config.json()).toEqual({ apiBaseUrl: '/api', demo: false, requestTimeoutMs: 20000, accentColour: '#005ea5' });
    expect((await get('/config.json', { 'if-none-match': String(config.headers.etag) })).statusCode).toBe(304);
  });

  it('answers page paths with the dashboard (single-page app), keeping their query', async () => {
    const page = await get(`/plans/${planId}/actions?rating=red`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('Improvement plan dashboard');
  });

  it('answers unknown API paths and missing files with a 404 problem, never the page', async () => {
    for (const url of ['/api/nothing-here', `/api/plans/${planId}/unknown`, '/api', '/assets/missing-abc123.js']) {
      const body = expectProblem(await get(url), 404);
      expect(body.detail).toContain(url);
    }
    expectProblem(await server.app.inject({ method: 'POST', url: '/plans' }), 404);
  });
});

describe('errors are problem details', () => {
  it('an unknown plan is a 404 naming it, in the contract\'s Problem shape', async () => {
    const response = await get('/api/plans/no-such-plan/reviews');
    const body = expectProblem(response, 404);
    expect(body.detail).toBe('There is no plan with id "no-such-plan".');
    expect(responseErrors({ method: 'GET', path: '/plans/no-such-plan/reviews', status: 404, contentType: String(response.headers['content-type']), body })).toEqual([]);
  });

  it('a request parameter out of bounds is a 400 naming the field', async () => {
    const body = expectProblem(await get(`/api/plans/${'x'.repeat(201)}`), 400);
    expect(body.detail).toMatch(/params\.planId: must NOT have more than 200 characters/);
  });

  it('a 50 MB upload is refused with 413 before it is read, on any path', async () => {
    const fifty = Buffer.alloc(50 * 1024 * 1024, 0x7b);
    for (const url of ['/api/plans', `/api/plans/${planId}/actions`, '/anything']) {
      const response = await server.app.inject({ method: 'POST', url, payload: fifty, headers: { 'content-type': 'application/json' } });
      const body = expectProblem(response, 413);
      expect(body.detail).toBe('The request body is 50 MB; the limit here is 1 MB.');
    }
  });
});

describe('a failure inside the server', () => {
  it('is a 500 problem that reveals nothing of its cause, and is logged', async () => {
    // A real failure: the plan changed, so the route must read it, and a table it reads is gone for a moment.
    await server.database.db.execute(sql`alter table progress_notes rename to progress_notes_away`);
    await server.database.db.execute(sql`update plans set revision = gen_random_uuid() where id = ${planId}`);
    try {
      const body = expectProblem(await get(`/api/plans/${planId}/actions`), 500);
      expect(JSON.stringify(body)).not.toMatch(/progress_notes|select|relation/i);
    } finally {
      await server.database.db.execute(sql`alter table progress_notes_away rename to progress_notes`);
    }
    expect(server.logLines()).toEqual(expect.arrayContaining([expect.objectContaining({ level: 50, msg: 'request failed' })]));
  });
});

describe('logs', () => {
  it('record method, path and status, but no query string, address, cookie or token', async () => {
    await get(`/api/plans/${planId}/actions?q=Jane%20Smith`, { cookie: `${signedIn.cookie}; sid=sekret-session-2` });
    await get(`/api/plans/${planId}/actions`, { authorization: 'Bearer sekret-token-1' });
    const lines = server.logLines();
    const text = JSON.stringify(lines);
    expect(text).not.toContain(signedIn.cookie.replace('session=', ''));
    expect(lines).toEqual(expect.arrayContaining([expect.objectContaining({ req: { method: 'GET', path: `/api/plans/${planId}/actions`, id: expect.any(String) } })]));
    expect(lines).toEqual(expect.arrayContaining([expect.objectContaining({ res: { statusCode: 200 } })]));
    expect(text).not.toMatch(/Jane|sekret|127\.0\.0\.1|remoteAddress|user-agent/i);
  });
});

describe('health', () => {
  it('GET /healthz answers when the database does', async () => {
    const response = await get('/healthz');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });
});

describe('POST /api/imports: who may import what', () => {
  const folder = (bundle: typeof demoSecond) =>
    JSON.stringify({ files: (['plan', 'actions', 'reviews', 'measures'] as const).map((part) => ({ name: `${part}.json`, base64: Buffer.from(JSON.stringify(bundle[part])).toString('base64') })) });
  const post = (url: string, headers: Record<string, string>, payload: string) => server.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', ...headers }, payload });

  it('a viewer is refused; an editor of one plan may not import files that touch another, and nothing is written', async () => {
    const before = (await get(`/api/plans/${demoSecond.plan.id}/actions`)).body;
    const viewer = await post('/api/imports?commit=true', signedIn, folder(demoSecond));
    expectProblem(viewer, 403);
    const { token } = await createToken(server.database.db, { name: 'main-editor', role: 'editor', planId, expiresAt: new Date(Date.now() + 86_400_000) }, 'test');
    const authorization = `Bearer ${token}`;
    const renamed = { ...demoSecond, actions: { ...demoSecond.actions, actions: demoSecond.actions.actions.map((a) => ({ ...a, title: `${a.title} (changed)` })) } };
    const other = await post('/api/imports?commit=true', { authorization }, folder(renamed));
    expect(expectProblem(other, 403)).toMatchObject({ planId: demoSecond.plan.id });
    expect((await get(`/api/plans/${demoSecond.plan.id}/actions`)).body).toBe(before);
    // Its own plan, the same files as stored: allowed, and nothing to change.
    const own = await post('/api/imports?commit=true', { authorization }, folder(demoMain));
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ committed: true, problems: [], plans: [{ planId, unchanged: true }] });
  });
});
