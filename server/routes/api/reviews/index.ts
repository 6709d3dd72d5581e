/** GET /plans/{planId}/reviews. */
import type { FastifyInstance } from 'fastify';
import { readReviews } from '../../../storage/plan-reads';
import { planResourceRoute } from '../plan-resource';

export default async function reviewsRoutes(app: FastifyInstance) {
  planResourceRoute(app, { url: '/plans/:planId/reviews', resource: 'reviews', read: readReviews });
}
