/**
 * Closing without waiting on idle clients. Node's server.close() ends the connections
 * that are idle at that moment, and Fastify answers new requests with 503; but a
 * keep-alive connection busy at that moment would stay open after its response until
 * the keep-alive timeout (72 s), holding the process. So once the server is closing,
 * every response says `Connection: close`: each in-flight request finishes, its
 * connection ends with it, and close() completes as soon as the last one is done.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export default fp(
  async function gracefulClose(app: FastifyInstance) {
    let closing = false;
    app.addHook('preClose', async () => {
      closing = true;
    });
    app.addHook('onSend', async (_request, reply) => {
      if (closing) reply.header('Connection', 'close');
    });
  },
  { name: 'graceful-close' },
);
