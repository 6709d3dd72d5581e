/** GET /plans and GET /plans/{planId}. */
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { grantedPlans } from '../../../auth/authorize';
import { sendWithETag } from '../../../http/conditional';
import { listPlans, readPlan } from '../../../storage/plan-reads';
import { API_CACHE_CONTROL, planResourceRoute } from '../plan-resource';

export default async function plansRoutes(app: FastifyInstance) {
  app.get('/plans', async (request, reply) => {
    // Only the plans the caller holds a role on. Small and read from several plans at
    // once: its validator is a hash of the body (so it differs per caller too).
    const list = await listPlans(app.storage.db);
    const principal = request.principal;
    const visible = principal ? grantedPlans(principal, list.plans).map(({ plan }) => plan) : [];
    const body = JSON.stringify({ ...list, plans: visible });
    const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    reply.header('Cache-Control', API_CACHE_CONTROL).type('application/json; charset=utf-8');
    return sendWithETag(request, reply, body, etag);
  });

  planResourceRoute(app, { url: '/plans/:planId', resource: 'plan', read: readPlan });
}
