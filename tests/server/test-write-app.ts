/**
 * The reference server (buildApp, with its sign-in plugin in front of every route) for
 * the write-path tests, on the file's real database with the demo plans, driven with
 * inject(). `as(role)` sends the request with that demo user's session cookie.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { DEMO_ISSUER, DEMO_USERS } from '../../server/auth/demo';
import type { PlanRole } from '../../server/auth/roles';
import { createSession, DEFAULT_SESSION_POLICY } from '../../server/auth/sessions';
import { upsertUser } from '../../server/auth/users';
import type { Db } from '../../server/storage/database';
import { responseErrors } from '../contract/openapi';
import { startTestServer, type TestServer } from './test-app';

export interface Call {
  method: 'GET' | 'POST' | 'PATCH';
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface TestWriteServer extends TestServer {
  /** A request as the demo user of that role (one session per role, made once per reset). */
  as(role: PlanRole, call: Call): Promise<LightMyRequestResponse>;
}

/**
 * A session cookie for the demo user of a role, made in the database exactly as the
 * demo sign-in makes it (the sign-in form itself is rate limited, and tested elsewhere).
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
  const server = await startTestServer();
  const cookies = new Map<PlanRole, string>();
  async function cookieFor(role: PlanRole): Promise<string> {
    const cookie = cookies.get(role) ?? (await demoSessionCookie(server.database.db, role));
    cookies.set(role, cookie);
    return cookie;
  }
  return {
    ...server,
    async as(role, { method, url, headers = {}, body }) {
      const cookie = await cookieFor(role);
      return server.app.inject({ method, url, headers: { cookie, ...headers }, ...(body !== undefined && { payload: body as object }) });
    },
    async reset() {
      await server.reset();
      cookies.clear();
    },
  };
}

/**
 * The write server for a test file: started before its tests, emptied and reloaded with
 * the demo plans before each, closed after. `send` fails the test unless the response
 * conforms to the contract.
 */
export function withWriteServer() {
  let started: TestWriteServer | undefined;
  const server = (): TestWriteServer => {
    if (!started) throw new Error('the write server starts in beforeAll');
    return started;
  };
  beforeAll(async () => {
    started = await startWriteServer();
  });
  beforeEach(async () => {
    await server().reset();
  });
  afterAll(async () => {
    await started?.close();
  });
  async function send(role: PlanRole, call: Call): Promise<LightMyRequestResponse> {
    const response = await server().as(role, call);
    const contentType = response.headers['content-type'];
    const body = response.body ? (JSON.parse(response.body) as unknown) : undefined;
    const path = call.url.replace(/^\/api/, '').split('?')[0] ?? '';
    expect(responseErrors({ method: call.method, path, status: response.statusCode, contentType: typeof contentType === 'string' ? contentType : undefined, body })).toEqual([]);
    return response;
  }
  return { server, send };
}
