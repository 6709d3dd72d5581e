/**
 * The dashboard's built files (dist/) on the same origin as the API. Cache-Control by
 * kind: Vite's content-hashed files in /assets/ never change, so browsers keep them a
 * year without asking; everything else (index.html, the service worker, icons) is
 * revalidated on each use with its ETag, so a new release shows at once.
 *
 * /config.json is the runtime configuration the dashboard reads first: the build's
 * own file (so a deployer's settings such as accentColour are kept) with the API
 * pointed at this server and demo mode off.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sendWithETag } from '../../http/conditional';

export interface DashboardOptions {
  /** The built dashboard (Vite's outDir, with index.html). */
  root: string;
}

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** The config.json this server hands the dashboard. */
export function dashboardConfig(root: string): Record<string, unknown> {
  const file = join(root, 'config.json');
  let built: Record<string, unknown> = {};
  if (existsSync(file)) {
    try {
      built = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch {
      built = {};
    }
  }
  return { requestTimeoutMs: 20000, ...built, apiBaseUrl: '/api', demo: false };
}

export default fp<DashboardOptions>(
  async function dashboard(app: FastifyInstance, { root }) {
    const config = JSON.stringify(dashboardConfig(root));
    const configETag = `"${createHash('sha256').update(config).digest('base64url').slice(0, 27)}"`;
    app.get('/config.json', (request, reply) => {
      reply.header('Cache-Control', REVALIDATE).type('application/json; charset=utf-8');
      return sendWithETag(request, reply, config, configETag);
    });

    await app.register(fastifyStatic, {
      root,
      wildcard: true,
      index: ['index.html'],
      cacheControl: false,
      // Directory listings and dotfiles are never served.
      list: false,
      dotfiles: 'deny',
      setHeaders: (reply, path) => {
        const relative = path.slice(root.length).replace(/\\/g, '/');
        reply.header('Cache-Control', relative.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
      },
    });
  },
  { name: 'dashboard', dependencies: ['problems'] },
);
