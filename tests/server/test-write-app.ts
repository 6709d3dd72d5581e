/**
 * The reference server's write path for a test file: the server's own plugins and API
 * routes with the sign-in plugin in front (demo sign-in, as the server runs without an
 * identity provider), on the file's real database with the demo plans, driven with
 * inject(). `as(role)` signs in as that demo user and sends their cookie.
 */
import type { LightMyRequestResponse } from 'fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import { DEMO_ISSUER, DEMO_USERS } from '../../server/auth/demo';
import type { PlanRole } from '../../server/auth/roles';
import { createSession, DEFAULT_SESSION_POLICY } from '../../server/auth/sessions';
import { upsertUser } from '../../server/auth/users';
import type { Db } from '../../server/storage/database';
import authPlugin from '../../server/plugins/app/auth';
import problems from '../../server/plugins/app/problems';
import storage from '../../server/plugins/app/storage';
import actionsRoutes from '../../server/routes/api/actions';
import plansRoutes from '../../server/routes/api/plans';
import reviewsRoutes from '../../server/routes/api/reviews';
import { loadDemoPlansIfEmpty } from '../../server/storage/demo-plans';
import { DEMO_CONFIG } from './test-auth-app';
import { openTestDatabase, type TestDatabase } from './test-database';

export interface Call {
  method: 'GET' | 'POST' | 'PATCH';
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface TestWriteServer {
  app: FastifyInstance;
  database: TestDatabase;
  /** A request as a signed-in demo user of that role (one session per role, reused). */
  as(role: PlanRole, call: Call): Promise<LightMyRequestResponse>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A session cookie for the demo user of a role, made in the database exactly as the
 * demo sign-in makes it (the sign-in page itself is rate limited and tested elsewhere).
 */
export async function demoSessionCookie(db: Db, role: PlanRole): Promise<string> {
  const user = DEMO_USERS.find((u) => u.role === role);
  if (!user) throw new Error(`no demo user with role ${role}`);
  const userId = await upsertUser(db, {
    issuer: DEMO_ISSUER,
    subject: user.role,
    displayName: user.name,
    grants: { everyPlan: { role: user.role, leadKeys: user.leadKeys }, plans: {} },
  });
  return `session=${await createSession(db, userId, new Date(), DEFAULT_SESSION_POLICY)}`;
}

export async function startWriteServer(): Promise<TestWriteServer> {
  const database = await openTestDatabase();
  await loadDemoPlansIfEmpty(database.db);
  const app = Fastify({ logger: false });
  await app.register(problems);
  await app.register(storage, { database, closeOnExit: false });
  await app.register(authPlugin, { db: database.db, config: DEMO_CONFIG });
  await app.register(
    async (api) => {
      await api.register(plansRoutes);
      await api.register(actionsRoutes);
      await api.register(reviewsRoutes);
    },
    { prefix: '/api' },
  );
  await app.ready();

  const cookies = new Map<PlanRole, string>();
  async function cookieFor(role: PlanRole): Promise<string> {
    const known = cookies.get(role);
    if (known) return known;
    const cookie = await demoSessionCookie(database.db, role);
    cookies.set(role, cookie);
    return cookie;
  }

  return {
    app,
    database,
    async as(role, { method, url, headers = {}, body }) {
      const cookie = await cookieFor(role);
      return app.inject({ method, url, headers: { cookie, ...headers }, ...(body !== undefined && { payload: body as object }) });
    },
    async reset() {
      await database.reset();
      cookies.clear();
      await loadDemoPlansIfEmpty(database.db);
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
