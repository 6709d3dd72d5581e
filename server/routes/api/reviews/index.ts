/**
 * GET /plans/{planId}/reviews (counts), GET /plans/{planId}/reviews/{reviewId} (one
 * review's ratings) and POST /plans/{planId}/reviews (editors record the meeting's ratings).
 */
import type { FastifyInstance } from 'fastify';
import { HttpProblem } from '../../../plugins/app/problems';
import { planRevision, readReview, readReviewSummaries } from '../../../storage/plan-reads';
import { recordReview } from '../../../storage/review-writes';
import { planNotFound, planParams, planResourceRoute, sendCached } from '../plan-resource';
import { actorOf, invalidFields, requirePrincipal } from '../write-request';

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

  app.post<{ Params: { planId: string } }>('/plans/:planId/reviews', { schema: { params: planParams }, config: { access: 'record-review' } }, async (request, reply) => {
    const { planId } = request.params;
    const result = await recordReview(app.storage.db, planId, request.body, actorOf(requirePrincipal(request)), new Date());
    if (result.kind === 'not-found') throw planNotFound(planId);
    if (result.kind === 'invalid') throw invalidFields(result.errors);
    return reply
      .code(201)
      .header('Location', `${request.url.split('?')[0] ?? ''}/${encodeURIComponent(result.review.id)}`)
      .header('Cache-Control', 'no-store')
      .send(result.review);
  });
}
