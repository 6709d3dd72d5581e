/**
 * The role matrix on the reference server's real routes (buildApp, as `npm start`
 * runs it): every /api endpoint, every role, the status expected, written out by hand;
 * and every plan list shows only the plans granted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoMain, demoSecond } from '../../fixtures/demo';
import { PLAN_ROLES } from '../../server/auth/roles';
import { createToken } from '../../server/auth/tokens';
import { startTestServer, type TestServer } from './test-app';

const MAIN = demoMain.plan.id;
const SECOND = demoSecond.plan.id;
const REVIEW = demoMain.reviews.reviews[0]?.id ?? '';

/** Every endpoint under /api that names a plan. Each role may read them all on a plan it holds. */
const PLAN_ENDPOINTS: ((planId: string) => string)[] = [
  (planId) => `/api/plans/${planId}`,
  (planId) => `/api/plans/${planId}/actions`,
  (planId) => `/api/plans/${planId}/reviews`,
  (planId) => `/api/plans/${planId}/reviews/${planId === MAIN ? REVIEW : (demoSecond.reviews.reviews[0]?.id ?? '')}`,
  (planId) => `/api/plans/${planId}/measures`,
  (planId) => `/api/plans/${planId}/summary`,
];

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const get = (url: string, headers: Record<string, string> = {}) => server.app.inject({ method: 'GET', url, headers });

async function tokenOn(planId: string, role: (typeof PLAN_ROLES)[number]): Promise<{ authorization: string }> {
  const { token } = await createToken(server.database.db, { name: `${role}-${planId}-${String(Math.random()).slice(2, 8)}`, role, planId, expiresAt: new Date(Date.now() + 86_400_000) }, 'test');
  return { authorization: `Bearer ${token}` };
}

describe('every /api endpoint refuses a caller without a session or token', () => {
  it('401 problem with a pointer to sign-in', async () => {
    for (const url of ['/api/plans', '/api/me', ...PLAN_ENDPOINTS.map((endpoint) => endpoint(MAIN))]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(401);
      expect(response.headers['content-type'], url).toMatch(/^application\/problem\+json/);
      expect(response.json(), url).toMatchObject({ status: 401, signIn: '/auth/login' });
    }
  });

  it('a forged session or an unknown token is no better', async () => {
    expect((await get(`/api/plans/${MAIN}`, { cookie: 'session=forged' })).statusCode).toBe(401);
    expect((await get(`/api/plans/${MAIN}`, { authorization: 'Bearer ipd_not-a-real-token' })).statusCode).toBe(401);
  });
});

describe('role matrix on the real routes', () => {
  for (const role of PLAN_ROLES) {
    it(`${role} on one plan reads that plan, and is refused the other with a 403 naming it`, async () => {
      const credentials = await tokenOn(MAIN, role);
      for (const endpoint of PLAN_ENDPOINTS) {
        expect((await get(endpoint(MAIN), credentials)).statusCode, endpoint(MAIN)).toBe(200);
        const refused = await get(endpoint(SECOND), credentials);
        expect(refused.statusCode, endpoint(SECOND)).toBe(403);
        expect(refused.json()).toEqual({
          type: 'about:blank',
          title: 'Not allowed on this plan',
          status: 403,
          detail: `You have no role on plan "${SECOND}": reading this plan needs the role viewer, lead, editor or admin.`,
          planId: SECOND,
          role: null,
        });
      }
      const list = await get('/api/plans', credentials);
      expect(list.statusCode).toBe(200);
      expect(list.json<{ plans: { id: string }[] }>().plans.map((plan) => plan.id)).toEqual([MAIN]);
      expect((await get('/api/me', credentials)).json()).toMatchObject({ kind: 'token', plans: [{ planId: MAIN, role }] });
    });

    it(`${role} of every plan (demo sign-in) reads both plans and lists both`, async () => {
      const credentials = await server.signIn(role);
      for (const endpoint of PLAN_ENDPOINTS) {
        for (const planId of [MAIN, SECOND]) expect((await get(endpoint(planId), credentials)).statusCode, endpoint(planId)).toBe(200);
      }
      expect((await get('/api/plans', credentials)).json<{ plans: { id: string }[] }>().plans.map((plan) => plan.id)).toEqual([MAIN, SECOND]);
    });
  }

  it('the plan list differs per caller, and so does its ETag', async () => {
    const one = await get('/api/plans', await tokenOn(SECOND, 'viewer'));
    const both = await get('/api/plans', await server.signIn('viewer'));
    expect(one.json<{ plans: { id: string }[] }>().plans.map((plan) => plan.id)).toEqual([SECOND]);
    expect(one.headers.etag).not.toBe(both.headers.etag);
  });
});
