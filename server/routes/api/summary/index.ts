/** GET /plans/{planId}/summary: the overview's figures, counted by the dashboard's own rules. */
import type { FastifyInstance } from 'fastify';
import { readSummary } from '../../../storage/plan-reads';
import { planResourceRoute } from '../plan-resource';

export default async function summaryRoutes(app: FastifyInstance) {
  planResourceRoute(app, { url: '/plans/:planId/summary', resource: 'summary', read: readSummary });
}
