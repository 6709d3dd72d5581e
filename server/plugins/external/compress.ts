/**
 * Compression for every response worth it (brotli preferred, then gzip), including
 * problem+json. Brotli at quality 4 (the plugin's default) keeps large plans fast.
 */
import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export default fp(
  async function compression(app: FastifyInstance) {
    await app.register(compress, {
      encodings: ['br', 'gzip'],
      threshold: 1024,
      customTypes: /^(text\/|application\/(json|problem\+json|javascript)|image\/svg\+xml)/,
    });
  },
  { name: 'compress' },
);
