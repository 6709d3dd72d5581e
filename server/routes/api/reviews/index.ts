/** GET /plans/{planId}/reviews (counts) and GET /plans/{planId}/reviews/{reviewId} (one review's ratings). */
import type { FastifyInstance } from 'fastify';
import { HttpProblem } from '../../../plugins/app/problems';
import { planRevision, readReview, readReviewSummaries } from '../../../storage/plan-reads';
import { planNotFound, planParams, planResourceRoute, sendCached } from '../plan-resource';

const reviewParams = {
  ...planParams,
  required: ['planId', 'reviewId'],
  properties: { ...planParams.properties, reviewId: { type: 'string', minLength: 1, maxLength: 200 } },
} as const;

export default async function reviewsRoutes(app: FastifyInstance) {
  planResourceRoute(app, { url: '/plans/:planId/reviews', resource: 'reviews', read: readReviewSummaries });

  app.get<{ Params: { planId: string; reviewId: string } }>('/plans/:planId/reviews/:reviewId', { schema: { params: reviewParams } }, async (request, reply) => {
    const { planId, reviewId } = request.params;
    const { db, responses } = app.storage;
    const response = await responses.get(db, planId, `review/${reviewId}`, (tx) => readReview(tx, planId, reviewId));
    if (!response) {
      if ((await planRevision(db, planId)) === undefined) throw planNotFound(planId);
      throw new HttpProblem(404, 'Review not found', `Plan "${planId}" has no review with id "${reviewId}".`);
    }
    return sendCached(request, reply, response);
  });
}
