/**
 * What an unknown address gets: under /api, always a 404 problem (a client must
 * never mistake the dashboard's page for data); a page path (GET, no file extension)
 * gets the dashboard's index.html so links like /plans/hfd-2022 load the app; any
 * other path (a missing file) gets a 404 problem.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sendProblem } from './problems';

export interface NotFoundOptions {
  /** False when no dashboard is served: every unknown path is then a 404 problem. */
  spaFallback: boolean;
}

function isPagePath(method: string, path: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (path === '/api' || path.startsWith('/api/')) return false;
  const last = path.split('/').pop() ?? '';
  return !last.includes('.');
}

export default fp<NotFoundOptions>(
  async function notFound(app: FastifyInstance, { spaFallback }) {
    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? '/';
      if (spaFallback && isPagePath(request.method, path)) return reply.sendFile('index.html');
      const isApi = path === '/api' || path.startsWith('/api/');
      return sendProblem(
        reply,
        404,
        'Not found',
        isApi ? `There is no API resource at ${request.method} ${path}.` : `There is nothing at ${path}.`,
      );
    });
  },
  { name: 'not-found', dependencies: ['problems'] },
);
