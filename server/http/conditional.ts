/** Conditional GET (RFC 9110): ETag and 304 Not Modified for bodies the server builds itself. */
import type { FastifyReply, FastifyRequest } from 'fastify';

/** True when the request's If-None-Match names this ETag (weak comparison, as RFC 9110 says for GET). */
export function matchesETag(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/** Sends a JSON body with an ETag, or 304 when the client already has it. */
export function sendWithETag(request: FastifyRequest, reply: FastifyReply, body: string | Buffer, etag: string): FastifyReply {
  reply.header('ETag', etag);
  if (matchesETag(request, etag)) return reply.code(304).send();
  return reply.send(body);
}
