/**
 * GET /healthz: the server is up and its database answers. Outside /api (it is not
 * part of the contract); command-line tools use it to find a running server.
 */
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';

export default async function healthRoutes(app: FastifyInstance) {
  app.get('/healthz', async (_request, reply) => {
    await app.storage.db.execute(sql`select 1`);
    return reply.header('Cache-Control', 'no-store').send({ status: 'ok' });
  });
}
