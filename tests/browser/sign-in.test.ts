/**
 * Sign-in end to end in Chromium: the reference server (buildApp, serving the built
 * dashboard under its CSP) against a real OpenID provider (oidc-provider) on
 * loopback, both on ports chosen at run time. Proves the whole redirect dance (PKCE,
 * state, nonce), the return to the address asked for, the header's "Signed in as",
 * that page scripts cannot read the session and that it never appears in a URL or in
 * local storage, and RP-initiated sign-out from the header's button.
 */
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app';
import type { AuthConfig } from '../../server/auth/config';
import { DEFAULT_SESSION_POLICY } from '../../server/auth/sessions';
import { logOptions } from '../../server/log';
import { loadDemoPlansIfEmpty } from '../../server/storage/demo-plans';
import { openTestDatabase, type TestDatabase } from '../server/test-database';
import { startTestProvider, type TestProvider } from '../server/test-oidc-provider';
import { openBrowser, type BrowserSession } from './browser';
import { OUT_DIR } from './paths';

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

let database: TestDatabase;
let provider: TestProvider;
let server: FastifyInstance;
let log = '';
let browser: BrowserSession;
let appUrl = '';

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoPlansIfEmpty(database.db);
  appUrl = `http://127.0.0.1:${String(await freePort())}`;
  provider = await startTestProvider(appUrl, { alice: { name: 'Alice Example', roles: ['Plan.Editor.HFD', 'Unmapped.Group'] } });
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      log += chunk.toString('utf8');
      done();
    },
  });
  const auth: AuthConfig = {
    oidc: {
      issuer: new URL(provider.issuer),
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      rolesClaim: 'roles',
      nameClaim: 'name',
      roleMap: { 'Plan.Editor.HFD': [{ role: 'editor', plan: 'hfd-2022' }] },
    },
    publicUrl: new URL(appUrl),
    session: DEFAULT_SESSION_POLICY,
  };
  server = await buildApp({ database, auth, dashboardDir: OUT_DIR, logger: logOptions('info', stream), closeDatabase: false });
  await server.listen({ host: '127.0.0.1', port: Number(new URL(appUrl).port) });
  browser = await openBrowser();
});

afterAll(async () => {
  await browser.close();
  await server.close();
  await provider.close();
  await database.close();
});

describe('sign-in with an OpenID provider, in Chromium', () => {
  it('signs in by redirect, returns to the same address, keeps the session out of reach of scripts, URLs, storage and logs, and signs out at the provider', async () => {
    const { page, context } = browser;
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    const returnTo = '/plans/hfd-2022/actions?lead=Service%20Director';

    await page.goto(`${appUrl}/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
    expect(page.url().startsWith(`${provider.issuer}/interaction/`)).toBe(true);
    await page.locator('input[name="login"]').fill('alice');
    await page.locator('input[name="password"]').fill('any');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(`${appUrl}${returnTo}`);
    await page.getByRole('banner').getByText('Signed in as Alice Example (editor)').waitFor();

    const me = await page.evaluate(async () => {
      const response = await fetch('/api/me');
      return { status: response.status, body: (await response.json()) as unknown };
    });
    expect(me).toEqual({ status: 200, body: { name: 'Alice Example', kind: 'user', demo: false, plans: [{ planId: 'hfd-2022', role: 'editor', leadKeys: [] }] } });

    const cookies = await context.cookies(appUrl);
    const session = cookies.find((cookie) => cookie.name === 'session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    const sessionId = session?.value ?? '';
    expect(sessionId.length).toBeGreaterThan(20);
    // Page scripts see no cookie at all, and nothing about the session was put in storage:
    // only early-fetch.js's request settings for the next visit (an address, no secret).
    expect(await page.evaluate(() => document.cookie)).toBe('');
    const storage = await page.evaluate(() => ({ local: Object.entries(localStorage), session: sessionStorage.length }));
    expect(storage.session).toBe(0);
    expect(storage.local).toEqual([[expect.stringMatching(/^ipd-early-fetch:/), JSON.stringify({ apiBaseUrl: '/api', credentials: 'include', demo: false })]]);
    expect(JSON.stringify(storage.local)).not.toContain(sessionId);
    expect(urls.filter((url) => url.includes(sessionId))).toEqual([]);
    // The PKCE verifier never left the server: only its S256 challenge went to the provider.
    const authorize = urls.find((url) => url.startsWith(`${provider.issuer}/auth?`)) ?? '';
    expect(new URL(authorize).searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize).not.toContain('code_verifier');

    // Sign out with the header's button (a form post here, under the CSP); the provider's end-session page follows.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.href.startsWith(`${provider.issuer}/session/end`));
    const after = await fetch(`${appUrl}/api/me`, { headers: { cookie: `session=${sessionId}` } });
    expect(after.status).toBe(401);

    expect(log).not.toContain(sessionId);
  });
});
