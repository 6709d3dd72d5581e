/**
 * The auth plugin on a Fastify instance of its own, with a route for each permission
 * under /api (as the reference server's routes declare them), on the file's test
 * database with the demo plans. Its log is captured so tests can scan it for secrets.
 */
import { Writable } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import { requireOnPlan } from '../../server/auth/authorize';
import type { AuthConfig } from '../../server/auth/config';
import authPlugin from '../../server/plugins/app/auth';
import problems from '../../server/plugins/app/problems';
import type { Permission } from '../../server/auth/roles';
import type { Database } from '../../server/storage/database';

export interface TestAuthApp {
  app: FastifyInstance;
  logText(): string;
}

/** One route per permission, plus one needing `administer` with no plan in its path (and POST /api/imports, below). */
export const PERMISSION_ROUTES: { method: 'GET' | 'POST'; url: (planId: string) => string; access: Permission; route: string }[] = [
  { method: 'GET', route: '/api/plans/:planId', url: (planId) => `/api/plans/${planId}`, access: 'read' },
  { method: 'POST', route: '/api/plans/:planId/actions/:actionId', url: (planId) => `/api/plans/${planId}/actions/A1`, access: 'update-action' },
  { method: 'POST', route: '/api/plans/:planId/reviews', url: (planId) => `/api/plans/${planId}/reviews`, access: 'record-review' },
  { method: 'POST', route: '/api/plans/:planId/import', url: (planId) => `/api/plans/${planId}/import`, access: 'import' },
];


/** On the database's change reports when it gives them (PGlite), as the server does: sessions are then kept in memory. */
export async function startAuthApp({ db, changes }: Pick<Database, 'db' | 'changes'>, config: AuthConfig, now?: () => Date): Promise<TestAuthApp> {
  let log = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      log += chunk.toString('utf8');
      done();
    },
  });
  const app = Fastify({ logger: { level: 'info', stream } });
  await app.register(problems);
  await app.register(authPlugin, { db, ...(changes && { changes }), config, ...(now && { now }) });
  for (const { method, route, access } of PERMISSION_ROUTES) {
    app.route({ method, url: route, config: { access }, handler: async (_request, reply) => reply.code(204).send() });
  }
  app.post('/api/plans', async (_request, reply) => reply.code(204).send());
  // A route whose plan comes in its query (as POST /imports): it checks the plan itself.
  app.post<{ Querystring: { plan: string } }>('/api/imports', { config: { access: 'import', plansCheckedByRoute: true } }, async (request, reply) => {
    if (!request.principal) throw new Error('the auth hook sets the principal');
    requireOnPlan(request.principal, request.query.plan, 'import');
    return reply.code(204).send();
  });
  await app.ready();
  return { app, logText: () => log };
}
