/** GET /plans/{planId}/actions. */
import type { FastifyInstance } from 'fastify';
import { readActions } from '../../../storage/plan-reads';
import { planResourceRoute } from '../plan-resource';

export default async function actionsRoutes(app: FastifyInstance) {
  planResourceRoute(app, { url: '/plans/:planId/actions', resource: 'actions', read: readActions });
}
