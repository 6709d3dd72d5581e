import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoMain, demoSecond } from '../../fixtures/demo';
import { DEMO_USERS } from '../../server/auth/demo';
import { PLAN_ROLES, type PlanRole } from '../../server/auth/roles';
import { revokeUserSessions } from '../../server/auth/sessions';
import { createToken } from '../../server/auth/tokens';
import * as t from '../../server/db/schema';
import { DEMO_AUTH } from './test-app';
import { PERMISSION_ROUTES, startAuthApp, type TestAuthApp } from './test-auth-app';
import { openTestDatabase, type TestDatabase } from './test-database';
import { responseErrors } from '../contract/openapi';

const MAIN = demoMain.plan.id;
const SECOND = demoSecond.plan.id;
const HOST = 'dashboard.test:8080';
const OWN_ORIGIN = `http://${HOST}`;

let database: TestDatabase;
let server: TestAuthApp;
let clock = new Date('2026-03-02T09:00:00Z');
/** Every session id and token handed out, to prove none reaches the log. */
const secrets: string[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  server = await startAuthApp(database, DEMO_AUTH, () => clock);
});
afterAll(async () => {
  // The log scan: no session id or token ever reached a log line.
  const log = server.logText();
  expect(log.length).toBeGreaterThan(0);
  for (const secret of secrets) expect(log).not.toContain(secret);
  await server.app.close();
  await database.close();
});
beforeEach(async () => {
  await database.resetToDemo();
  clock = new Date('2026-03-02T09:00:00Z');
});

function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'session');
  if (!cookie?.value) throw new Error(`no session cookie: ${response.statusCode} ${response.body}`);
  secrets.push(cookie.value);
  return `session=${cookie.value}`;
}

/** `from`: the client's address (sign-in is rate limited per address, so a group of tests may take its own). */
async function signInAs(role: PlanRole, cookie?: string, from = '127.0.0.1'): Promise<{ cookie: string; response: LightMyRequestResponse }> {
  const response = await server.app.inject({
    method: 'POST',
    url: '/auth/demo',
    remoteAddress: from,
    headers: { host: HOST, origin: OWN_ORIGIN, 'content-type': 'application/x-www-form-urlencoded', ...(cookie && { cookie }) },
    payload: `user=${role}&returnTo=${encodeURIComponent('/plans/hfd-2022/actions?lead=x')}`,
  });
  return { cookie: sessionCookie(response), response };
}

function call(method: 'GET' | 'POST', url: string, headers: Record<string, string> = {}) {
  return server.app.inject({ method, url, headers: { host: HOST, ...(method === 'POST' && { origin: OWN_ORIGIN }), ...headers } });
}

describe('demo sign-in', () => {
  it('shows a clearly labelled page with one demo user per role', async () => {
    const response = await call('GET', `/auth/demo?returnTo=${encodeURIComponent('/x?a="b"')}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('<h1>Demo sign-in</h1>');
    expect(response.body).toContain('Demo only: not for real data.');
    for (const user of DEMO_USERS) expect(response.body).toContain(`Sign in as ${user.name} (${user.role})`);
    expect(response.body).toContain('value="/x?a=&quot;b&quot;"');
  });

  it('/auth/login goes to the demo page, keeping the address to return to', async () => {
    const response = await call('GET', '/auth/login?returnTo=%2Fplans%2Fhfd-2022');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/auth/demo?returnTo=%2Fplans%2Fhfd-2022');
  });

  it('signs in with an HttpOnly, SameSite=Lax session cookie and returns to the address asked for', async () => {
    const { response, cookie } = await signInAs('editor');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/plans/hfd-2022/actions?lead=x');
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/); // plain http on loopback; Secure behind https (below)
    const me = await call('GET', '/api/me', { cookie });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({
      name: 'Eddie Editor',
      kind: 'user',
      demo: true,
      plans: [MAIN, SECOND].sort().map((planId) => ({ planId, role: 'editor', leadKeys: [] })),
    });
    expect(me.headers['cache-control']).toBe('private, no-store');
    expect(responseErrors({ method: 'GET', path: '/me', status: 200, contentType: String(me.headers['content-type']), body: me.json() })).toEqual([]);
    const audit = await database.db.select().from(t.auditLog).where(eq(t.auditLog.event, 'sign-in'));
    expect(audit.map((row) => row.actorLabel)).toEqual(['Eddie Editor']);
  });

  it('gives the lead their lead keys', async () => {
    const { cookie } = await signInAs('lead');
    const me = (await call('GET', '/api/me', { cookie })).json<{ plans: { leadKeys: string[] }[] }>();
    expect(me.plans[0]?.leadKeys).toEqual(['Service Director (Improvement)', 'Head of SEND']);
  });

  it('refuses an unknown demo user and audits the failed sign-in', async () => {
    const response = await server.app.inject({ method: 'POST', url: '/auth/demo', headers: { host: HOST, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'user=root' });
    expect(response.statusCode).toBe(400);
    expect(response.cookies).toEqual([]);
    const failed = await database.db.select().from(t.auditLog).where(eq(t.auditLog.event, 'sign-in.failed'));
    expect(failed.map((row) => row.reason)).toEqual(['unknown demo user']);
  });

  it('rate limits sign-in: the 21st attempt in a minute gets 429', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 21; attempt += 1) {
      const response = await server.app.inject({ method: 'GET', url: '/auth/demo', headers: { host: HOST }, remoteAddress: '10.9.9.9' });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 20).every((status) => status === 200)).toBe(true);
    expect(statuses[20]).toBe(429);
  });
});

describe('sessions over HTTP', () => {
  it('401 with problem+json, and a pointer to sign-in, without a session', async () => {
    const response = await call('GET', '/api/me');
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 401, title: 'Sign-in required', signIn: '/auth/login' });
    expect(responseErrors({ method: 'GET', path: '/me', status: 401, contentType: String(response.headers['content-type']), body: response.json() })).toEqual([]);
  });

  it('rotates the session at sign-in: the old cookie stops working', async () => {
    const first = await signInAs('viewer');
    const second = await signInAs('editor', first.cookie);
    expect(second.cookie).not.toBe(first.cookie);
    expect((await call('GET', '/api/me', { cookie: first.cookie })).statusCode).toBe(401);
    expect((await call('GET', '/api/me', { cookie: second.cookie })).statusCode).toBe(200);
  });

  it('an idle session gives 401; so does one past its absolute end', async () => {
    const { cookie } = await signInAs('viewer');
    clock = new Date(clock.getTime() + 29 * 60_000);
    expect((await call('GET', '/api/me', { cookie })).statusCode).toBe(200);
    clock = new Date(clock.getTime() + 31 * 60_000);
    expect((await call('GET', '/api/me', { cookie })).statusCode).toBe(401);

    // Used every 20 minutes (never idle): still refused at 12 hours, the absolute limit.
    const fresh = await signInAs('viewer');
    for (let use = 1; use < 36; use += 1) {
      clock = new Date(clock.getTime() + 20 * 60_000);
      expect((await call('GET', '/api/me', { cookie: fresh.cookie })).statusCode).toBe(200);
    }
    clock = new Date(clock.getTime() + 20 * 60_000);
    expect((await call('GET', '/api/me', { cookie: fresh.cookie })).statusCode).toBe(401);
  });

  it('a revoked session gives 401: by sign-out, or by an admin ending all of a user\'s sessions', async () => {
    const { cookie } = await signInAs('viewer');
    const out = await call('POST', '/auth/logout', { cookie });
    expect(out.statusCode).toBe(303);
    expect(out.headers.location).toBe('/');
    expect(String(out.headers['set-cookie'])).toMatch(/session=;/);
    expect((await call('GET', '/api/me', { cookie })).statusCode).toBe(401);

    const other = await signInAs('editor');
    const [user] = await database.db.select().from(t.users).where(eq(t.users.displayName, 'Eddie Editor'));
    if (!user) throw new Error('the demo editor was stored');
    await revokeUserSessions(database.db, user.id, clock);
    expect((await call('GET', '/api/me', { cookie: other.cookie })).statusCode).toBe(401);
    const events = (await database.db.select().from(t.auditLog)).map((row) => row.event);
    expect(events).toContain('sign-out');
  });
});

/**
 * On the embedded database a live session is kept in memory (server/auth/session-reader.ts).
 * Each test first uses the session, so it is kept, then ends or changes it some way and
 * expects the very next request to see that. On PostgreSQL (DATABASE_URL) the same
 * tests check the per-request read.
 */
describe('a session that was just used ends or changes at once', () => {
  const update = PERMISSION_ROUTES.find((route) => route.access === 'update-action');
  if (!update) throw new Error('a route needs update-action');
  // Its own client address: these sign-ins must not use up the rest of the file's rate limit.
  const FROM = '10.7.7.7';
  const userNamed = async (name: string) => {
    const [user] = await database.db.select().from(t.users).where(eq(t.users.displayName, name));
    if (!user) throw new Error(`${name} was stored at sign-in`);
    return user;
  };

  it('by sign-out', async () => {
    const { cookie } = await signInAs('viewer', undefined, FROM);
    expect((await call('GET', '/api/me', { cookie })).statusCode).toBe(200);
    const out = await server.app.inject({ method: 'POST', url: '/auth/logout', remoteAddress: FROM, headers: { host: HOST, origin: OWN_ORIGIN, cookie } });
    expect(out.statusCode).toBe(303);
    expect((await call('GET', '/api/me', { cookie })).statusCode).toBe(401);
  });

  it('by signing in again (rotation)', async () => {
    const first = await signInAs('viewer', undefined, FROM);
    expect((await call('GET', '/api/me', { cookie: first.cookie })).statusCode).toBe(200);
    await signInAs('editor', first.cookie, FROM);
    expect((await call('GET', '/api/me', { cookie: first.cookie })).statusCode).toBe(401);
  });

  it('by an admin ending the user\'s sessions, or disabling the user, in the database', async () => {
    const viewer = await signInAs('viewer', undefined, FROM);
    const editor = await signInAs('editor', undefined, FROM);
    for (const { cookie } of [viewer, editor]) expect((await call('GET', '/api/me', { cookie })).statusCode).toBe(200);
    await revokeUserSessions(database.db, (await userNamed('Eddie Editor')).id, clock);
    expect((await call('GET', '/api/me', { cookie: editor.cookie })).statusCode).toBe(401);
    await database.db.update(t.users).set({ disabledAt: clock }).where(eq(t.users.id, (await userNamed('Vic Viewer')).id));
    expect((await call('GET', '/api/me', { cookie: viewer.cookie })).statusCode).toBe(401);
  });

  it('by a change of role: the new role applies to the next request', async () => {
    const { cookie } = await signInAs('editor', undefined, FROM);
    expect((await call('POST', update.url(MAIN), { cookie })).statusCode).toBe(204);
    await database.db.update(t.users).set({ everyPlanRole: 'viewer' }).where(eq(t.users.id, (await userNamed('Eddie Editor')).id));
    expect((await call('POST', update.url(MAIN), { cookie })).statusCode).toBe(403);
  });

  it('at the idle and absolute limits, however recently it was read', async () => {
    // Limits above the minute at which last use is written (sessions.ts), as any real setting is.
    const short = await startAuthApp(database, { ...DEMO_AUTH, session: { idleMs: 90_000, absoluteMs: 125_000 } }, () => clock);
    try {
      const signIn = async () =>
        sessionCookie(await short.app.inject({ method: 'POST', url: '/auth/demo', remoteAddress: FROM, headers: { host: HOST, origin: OWN_ORIGIN, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'user=viewer' }));
      const me = async (cookie: string) => (await short.app.inject({ method: 'GET', url: '/api/me', headers: { host: HOST, cookie } })).statusCode;
      const start = clock.getTime();
      const at = (seconds: number) => {
        clock = new Date(start + seconds * 1000);
      };

      // Used now and then (never idle for 90 s): refused at 125 s, its absolute end, one second after a use.
      const busy = await signIn();
      for (const second of [0, 61, 122, 124]) {
        at(second);
        expect(await me(busy), `at ${second} s`).toBe(200);
      }
      at(125);
      expect(await me(busy)).toBe(401);

      // Signed in at 125 s, used at 130 s, then not for 90 s.
      const idle = await signIn();
      at(130);
      expect(await me(idle)).toBe(200);
      at(220);
      expect(await me(idle)).toBe(401);
    } finally {
      await short.app.close();
    }
  });
});

describe('a cross-site request is refused before any route runs', () => {
  it('403 for an unsafe method with a foreign Origin, whatever cookie it carries', async () => {
    const { cookie } = await signInAs('admin');
    for (const { method, url } of PERMISSION_ROUTES.filter((route) => route.method === 'POST')) {
      const response = await call(method, url(MAIN), { cookie, origin: 'https://evil.example' });
      expect(response.statusCode, url(MAIN)).toBe(403);
      expect(response.json()).toMatchObject({ title: 'Cross-site request refused' });
    }
    // Sign-out and sign-in are unsafe too: a foreign page cannot sign someone out or in.
    expect((await call('POST', '/auth/logout', { cookie, origin: 'https://evil.example' })).statusCode).toBe(403);
    expect((await call('GET', '/api/me', { cookie })).statusCode).toBe(200);
    // Without Origin, a browser's Sec-Fetch-Site still tells.
    const noOrigin = await server.app.inject({ method: 'POST', url: '/api/plans', headers: { host: HOST, cookie, 'sec-fetch-site': 'cross-site' } });
    expect(noOrigin.statusCode).toBe(403);
    // The same request from the dashboard's own origin goes through.
    expect((await call('POST', '/api/plans', { cookie })).statusCode).toBe(204);
    // A form post under Referrer-Policy: no-referrer says `Origin: null`: the browser's Sec-Fetch-Site decides.
    expect((await call('POST', '/api/plans', { cookie, origin: 'null', 'sec-fetch-site': 'same-origin' })).statusCode).toBe(204);
    expect((await call('POST', '/api/plans', { cookie, origin: 'null', 'sec-fetch-site': 'cross-site' })).statusCode).toBe(403);
    expect((await call('POST', '/api/plans', { cookie, origin: 'null' })).statusCode).toBe(403);
    // Sec-Fetch-Site cannot vouch for a foreign Origin.
    expect((await call('POST', '/api/plans', { cookie, origin: 'https://evil.example', 'sec-fetch-site': 'same-origin' })).statusCode).toBe(403);
  });
});

// What each role gets from each endpoint, written out by hand from the issue:
// viewer reads; lead also updates actions; editor also reviews and imports; admin also
// administers. On a plan with no grant (a token scoped to the other plan), 403.
const MATRIX: Record<PlanRole, Record<string, number>> = {
  viewer: { read: 204, 'update-action': 403, 'record-review': 403, import: 403, administer: 403, me: 200 },
  lead: { read: 204, 'update-action': 204, 'record-review': 403, import: 403, administer: 403, me: 200 },
  editor: { read: 204, 'update-action': 204, 'record-review': 204, import: 204, administer: 403, me: 200 },
  admin: { read: 204, 'update-action': 204, 'record-review': 204, import: 204, administer: 204, me: 200 },
};

describe('role matrix: every endpoint, every role', () => {
  for (const role of PLAN_ROLES) {
    it(`${role} (signed in)`, async () => {
      const { cookie } = await signInAs(role);
      for (const { method, url, access } of PERMISSION_ROUTES) {
        expect((await call(method, url(MAIN), { cookie })).statusCode, `${method} ${url(MAIN)}`).toBe(MATRIX[role][access]);
      }
      expect((await call('POST', '/api/plans', { cookie })).statusCode).toBe(MATRIX[role].administer);
      expect((await call('GET', '/api/me', { cookie })).statusCode).toBe(MATRIX[role].me);
    });

    it(`${role} (API token on one plan)`, async () => {
      const { token } = await createToken(database.db, { name: `t-${role}`, role, planId: MAIN, expiresAt: new Date(clock.getTime() + 86_400_000) }, 'test');
      secrets.push(token);
      const authorization = `Bearer ${token}`;
      for (const { method, url, access } of PERMISSION_ROUTES) {
        expect((await call(method, url(MAIN), { authorization })).statusCode, `${method} ${url(MAIN)}`).toBe(MATRIX[role][access]);
        expect((await call(method, url(SECOND), { authorization })).statusCode, `${method} ${url(SECOND)}`).toBe(403);
      }
      // A token is never an admin of every plan, whatever its role on its one plan.
      expect((await call('POST', '/api/plans', { authorization })).statusCode).toBe(403);
    });
  }

  it('anyone without credentials gets 401 from every endpoint', async () => {
    for (const { method, url } of PERMISSION_ROUTES) expect((await call(method, url(MAIN))).statusCode).toBe(401);
    expect((await call('GET', '/api/me', { authorization: 'Bearer ipd_not-a-real-token' })).statusCode).toBe(401);
    expect((await call('GET', '/api/me', { cookie: 'session=forged' })).statusCode).toBe(401);
  });

  it('a route whose plans come in its body or query: the role on some plan lets it run, and it checks each plan', async () => {
    const viewer = await signInAs('viewer');
    const refused = await call('POST', `/api/imports?plan=${MAIN}`, { cookie: viewer.cookie });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ detail: 'This needs the role editor or admin on a plan; your highest role is viewer.' });
    const { token } = await createToken(database.db, { name: 'importer', role: 'editor', planId: MAIN, expiresAt: new Date(clock.getTime() + 86_400_000) }, 'test');
    secrets.push(token);
    const authorization = `Bearer ${token}`;
    expect((await call('POST', `/api/imports?plan=${MAIN}`, { authorization })).statusCode).toBe(204);
    const other = await call('POST', `/api/imports?plan=${SECOND}`, { authorization });
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ planId: SECOND, detail: `You have no role on plan "${SECOND}": importing a plan needs the role editor or admin.` });
  });

  it('a 403 says which plan and why, as problem+json', async () => {
    const { cookie } = await signInAs('viewer');
    const response = await call('POST', `/api/plans/${MAIN}/reviews`, { cookie });
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toEqual({
      type: 'about:blank',
      title: 'Not allowed on this plan',
      status: 403,
      detail: `Your role on plan "${MAIN}" is viewer: recording a review needs the role editor or admin.`,
      planId: MAIN,
      role: 'viewer',
    });
  });
});
