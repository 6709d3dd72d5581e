/**
 * Builds the reference server from plugins: no port, no environment, no process
 * handling (main.ts does those), so tests drive it with inject() on a test database.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { AuthConfig } from './auth/config';
import auth from './plugins/app/auth';
import gracefulClose from './plugins/app/graceful-close';
import notFound from './plugins/app/not-found';
import problems from './plugins/app/problems';
import storage from './plugins/app/storage';
import compress from './plugins/external/compress';
import dashboard from './plugins/external/dashboard';
import securityHeaders from './plugins/external/security-headers';
import actionsRoutes from './routes/api/actions';
import exportRoutes from './routes/api/exports';
import importRoutes from './routes/api/imports';
import measuresRoutes from './routes/api/measures';
import plansRoutes from './routes/api/plans';
import reviewsRoutes from './routes/api/reviews';
import summaryRoutes from './routes/api/summary';
import healthRoutes from './routes/health';
import { logOptions } from './log';
import type { Database } from './storage/database';

/** Request bodies above this get 413 (routes that take uploads set their own bodyLimit). */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export interface AppOptions {
  database: Database;
  /** Sign-in settings (readAuthConfig): the council's identity provider, or the demo sign-in. */
  auth: AuthConfig;
  /** The built dashboard to serve beside the API (dist/); omitted or missing: API only. */
  dashboardDir?: string;
  /** pino options or false; tests pass a stream to read the log. */
  logger?: FastifyServerOptions['logger'];
  /** Close the database when the server closes (default true). */
  closeDatabase?: boolean;
  /** The data folder owner's key for command-line tools (server/auth/operator.ts). */
  operatorKey?: string;
}

export async function buildApp({ database, auth: authConfig, dashboardDir, logger = logOptions(), closeDatabase = true, operatorKey }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    bodyLimit: DEFAULT_BODY_LIMIT,
    // Request ids are generated here, never taken from a client header.
    requestIdHeader: false,
    // While closing, new requests get 503 and in-flight ones finish (SIGTERM drain).
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    // Plan ids longer than the router's default (100) reach validation and get a 400 naming them.
    routerOptions: { maxParamLength: 1000 },
  });

  await app.register(gracefulClose);
  await app.register(problems);
  await app.register(securityHeaders, { formActionOrigins: authConfig.oidc ? [authConfig.oidc.issuer.origin] : [] });
  await app.register(compress);
  await app.register(storage, { database, closeOnExit: closeDatabase });
  // Before every route: refuses cross-site writes, and every /api request without a
  // session or token (401) or without the role its route declares (403).
  await app.register(auth, { db: database.db, ...(database.changes && { changes: database.changes }), config: authConfig, ...(operatorKey !== undefined && { operatorKey }) });

  await app.register(healthRoutes);
  await app.register(
    async (api) => {
      await api.register(plansRoutes);
      await api.register(actionsRoutes);
      await api.register(reviewsRoutes);
      await api.register(measuresRoutes);
      await api.register(summaryRoutes);
      await api.register(exportRoutes);
      await api.register(importRoutes);
    },
    { prefix: '/api' },
  );

  const serveDashboard = dashboardDir !== undefined && existsSync(join(dashboardDir, 'index.html'));
  if (serveDashboard) await app.register(dashboard, { root: dashboardDir });
  await app.register(notFound, { spaFallback: serveDashboard });
  return app;
}
