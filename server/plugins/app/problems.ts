/**
 * Every error is RFC 9457 problem details (`application/problem+json`), whatever
 * raised it: a route, request validation, a body over the limit, an unknown /api path,
 * or a bug (a 500 that says nothing about internals; the log has the error).
 */
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';

/** An error a route raises on purpose, sent as its status with a title and detail. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    /** Extension members (RFC 9457 §3.2), such as the plan a 403 is about. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail ?? title);
    this.name = 'HttpProblem';
  }
}

export function sendProblem(reply: FastifyReply, status: number, title: string, detail?: string, extra: Record<string, unknown> = {}): FastifyReply {
  return reply
    .code(status)
    .header('Cache-Control', 'no-store')
    .type('application/problem+json; charset=utf-8')
    .send(JSON.stringify({ type: 'about:blank', title, status, ...(detail !== undefined && { detail }), ...extra }));
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  413: 'Request body too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  503: 'Service unavailable',
};

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(0)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

export default fp(
  async function problems(app: FastifyInstance) {
    // Refuse an oversized body from its Content-Length before a byte of it is read,
    // on every path (known or not); bodies without a length are cut off by Fastify's
    // own bodyLimit, which ends in the error handler below as a 413 too.
    app.addHook('onRequest', async (request, reply) => {
      const length = Number(request.headers['content-length'] ?? 0);
      const limit = request.routeOptions.bodyLimit ?? app.initialConfig.bodyLimit ?? 0;
      if (length > limit) {
        reply.header('Connection', 'close');
        return sendProblem(reply, 413, TITLES[413] ?? 'Request body too large', `The request body is ${formatBytes(length)}; the limit here is ${formatBytes(limit)}.`);
      }
      return undefined;
    });

    app.setErrorHandler((error: FastifyError | HttpProblem, request, reply) => {
      if (error instanceof HttpProblem) return sendProblem(reply, error.status, error.title, error.detail, error.extra);
      if (error.validation) {
        const where = error.validationContext ?? 'request';
        const detail = error.validation.map((v) => `${where}${v.instancePath.replace(/\//g, '.') || ''}: ${v.message ?? 'is invalid'}`).join('; ');
        return sendProblem(reply, 400, 'Invalid request', detail);
      }
      const status = error.statusCode ?? 500;
      if (status >= 500) {
        request.log.error({ err: error }, 'request failed');
        return sendProblem(reply, status, status === 503 ? 'Service unavailable' : 'Internal server error', 'The server could not answer this request. It has been logged.');
      }
      if (status === 413) {
        const limit = request.routeOptions.bodyLimit ?? app.initialConfig.bodyLimit ?? 0;
        return sendProblem(reply, 413, TITLES[413] ?? 'Request body too large', `The limit here is ${formatBytes(limit)}.`);
      }
      return sendProblem(reply, status, TITLES[status] ?? 'Bad request', error.message);
    });
  },
  { name: 'problems' },
);
