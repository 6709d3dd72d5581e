/** GET /plans/{planId}/measures. */
import type { FastifyInstance } from 'fastify';
import { readMeasures } from '../../../storage/plan-reads';
import { planResourceRoute } from '../plan-resource';

export default async function measuresRoutes(app: FastifyInstance) {
  planResourceRoute(app, { url: '/plans/:planId/measures', resource: 'measures', read: readMeasures });
}
