/**
 * The shape every per-plan GET shares: validate the plan id, answer from the
 * revision-keyed cache with a weak ETag (304 when the client has it), 404 problem
 * for an unknown plan. API responses are private (restricted data: no shared cache
 * may keep them) and revalidated on every use.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { matchesETag, sendWithETag } from '../../http/conditional';
import { chooseEncoding } from '../../http/precompressed';
import { HttpProblem } from '../../plugins/app/problems';
import type { Db } from '../../storage/database';
import type { CachedResponse } from '../../storage/response-cache';

export const API_CACHE_CONTROL = 'private, no-cache';

export const planParams = {
  type: 'object',
  required: ['planId'],
  properties: { planId: { type: 'string', minLength: 1, maxLength: 200 } },
} as const;

export interface PlanResourceRoute {
  /** Path under /api, with `:planId`. */
  url: string;
  /** Cache key and ETag suffix: `plan`, `actions`, ... */
  resource: string;
  read: (db: Db, planId: string) => Promise<unknown>;
}

export function planNotFound(planId: string): HttpProblem {
  return new HttpProblem(404, 'Plan not found', `There is no plan with id "${planId}".`);
}

/**
 * A cached API response: private, revalidated, with its ETag (304 when the client has
 * it), compressed as the client accepts from the copy kept with it (precompressed.ts).
 */
export async function sendCached(request: FastifyRequest, reply: FastifyReply, response: CachedResponse): Promise<FastifyReply> {
  reply.header('Cache-Control', API_CACHE_CONTROL).header('Vary', 'Accept-Encoding').type('application/json; charset=utf-8');
  const encoding = matchesETag(request, response.etag) ? undefined : chooseEncoding(request.headers['accept-encoding'], response.body.length);
  if (!encoding) return sendWithETag(request, reply, response.body, response.etag);
  // Set before sending, so the compress plugin leaves the body alone.
  reply.header('Content-Encoding', encoding);
  return sendWithETag(request, reply, await response.compressed.get(encoding), response.etag);
}

export function planResourceRoute(app: FastifyInstance, { url, resource, read }: PlanResourceRoute): void {
  app.get<{ Params: { planId: string } }>(url, { schema: { params: planParams } }, async (request, reply) => {
    const { planId } = request.params;
    const response = await app.storage.responses.get(app.storage.db, planId, resource, read);
    if (!response) throw planNotFound(planId);
    return sendCached(request, reply, response);
  });
}
