/** The server's settings, from the environment (documented in the README). */
import { resolve } from 'node:path';
import { databaseTargetFromEnv, type DatabaseTarget } from './storage/database';

export const ROOT = resolve(import.meta.dirname, '..');

export interface ServerConfig {
  host: string;
  port: number;
  database: DatabaseTarget;
  /** Load the demo plans into an empty database (default: yes on PGlite, no on PostgreSQL). */
  loadDemoPlans: boolean;
  /** The built dashboard; built by `npm start` when missing or stale. */
  dashboardDir: string;
}

export function readConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${String(env.PORT)}"`);
  const database = databaseTargetFromEnv(env, resolve(ROOT, 'data'));
  const demo = env.LOAD_DEMO_PLANS?.trim().toLowerCase();
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port,
    database,
    loadDemoPlans: demo === undefined || demo === '' ? database.kind !== 'postgres' : demo === 'true' || demo === '1' || demo === 'yes',
    dashboardDir: resolve(env.DASHBOARD_DIR?.trim() || resolve(ROOT, 'dist')),
  };
}
