/**
 * The reference server for a test file: built with inject() (no port) on the file's
 * own real database (see test-database.ts) holding the demo plans, with its log
 * captured so tests can read what it wrote.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app';
import type { AuthConfig } from '../../server/auth/config';
import type { PlanRole } from '../../server/auth/roles';
import { DEFAULT_SESSION_POLICY } from '../../server/auth/sessions';
import { logOptions } from '../../server/log';
import { openTestDatabase, type TestDatabase } from './test-database';

export interface TestServer {
  app: FastifyInstance;
  database: TestDatabase;
  /** Every log line written so far, parsed. */
  logLines(): Record<string, unknown>[];
  /**
   * Signs in as the demo user with this role on every plan and returns the request
   * headers that carry the session (`{ cookie }`); the viewer's unless asked.
   */
  signIn(role?: PlanRole): Promise<{ cookie: string }>;
  /** Empties the tables and reloads the demo plans. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A stand-in for Vite's output, enough to test how the server serves a built
 * dashboard (the real build is served in the browser tests): an index page, a
 * content-hashed asset and the build's config.json.
 */
export function fakeDashboardBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dashboard-build-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Improvement plan dashboard</title><script type="module" src="/assets/index-Bx7kq2Lm.js"></script>');
  writeFileSync(join(dir, 'assets', 'index-Bx7kq2Lm.js'), `console.log(${JSON.stringify('x'.repeat(4000))});\n`);
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ apiBaseUrl: '/api', demo: true, accentColour: '#005ea5' }));
  return dir;
}

/** No identity provider, so the demo sign-in (tests never listen on anything but loopback). */
export const DEMO_AUTH: AuthConfig = { oidc: undefined, publicUrl: undefined, session: DEFAULT_SESSION_POLICY };

/** The demo sign-in through the server's own form; the session cookie it sets, as a request header. */
export async function demoSignIn(app: FastifyInstance, role: PlanRole = 'viewer'): Promise<{ cookie: string }> {
  const response = await app.inject({ method: 'POST', url: '/auth/demo', payload: { user: role, returnTo: '/' } });
  const session = response.cookies.find((c) => c.name === 'session');
  if (response.statusCode !== 303 || !session) throw new Error(`demo sign-in as ${role} failed: ${response.statusCode} ${response.body}`);
  return { cookie: `session=${session.value}` };
}

export async function startTestServer(options: { dashboardDir?: string } = {}): Promise<TestServer> {
  const database = await openTestDatabase();
  await database.resetToDemo();
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const app = await buildApp({ database, auth: DEMO_AUTH, dashboardDir: options.dashboardDir, logger: logOptions('info', stream), closeDatabase: false });
  await app.ready();
  return {
    app,
    database,
    logLines: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    signIn: (role) => demoSignIn(app, role),
    reset: async () => {
      await database.resetToDemo();
    },
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
