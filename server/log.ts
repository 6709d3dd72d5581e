/**
 * Structured logs (pino, Fastify's logger) that carry no personal data or secrets:
 * a request is logged as its method, its path WITHOUT the query string (search text
 * and filters can name people), its id, status and time; never the client's address,
 * headers, cookies or tokens. Any header that reaches a log by another route is
 * redacted.
 */
import type { FastifyServerOptions } from 'fastify';

interface LoggedRequest {
  method: string;
  url: string;
  id: string;
}
interface LoggedReply {
  statusCode: number;
}

export function pathOnly(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

export const LOG_SERIALIZERS = {
  req: (request: LoggedRequest) => ({ method: request.method, path: pathOnly(request.url), id: request.id }),
  res: (reply: LoggedReply) => ({ statusCode: reply.statusCode }),
};

export const LOG_REDACT = {
  paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', 'headers.authorization', 'headers.cookie', '*.password', '*.token'],
  censor: '[redacted]',
};

/** Logger options for the server; `destination` lets tests read what would be logged. */
export function logOptions(level = process.env.LOG_LEVEL ?? 'info', stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return { level, serializers: LOG_SERIALIZERS, redact: LOG_REDACT, ...(stream && { stream }) };
}
