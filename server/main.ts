/**
 * `npm start`: build the dashboard if needed, open the database (migrations applied,
 * demo plans loaded into an empty one), listen, and on SIGTERM or SIGINT stop taking
 * requests, let in-flight ones finish, close the database and exit.
 */
import { buildApp } from './app';
import { readAuthConfig } from './auth/config';
import { newOperatorKey } from './auth/operator';
import { ensureDashboardBuilt } from './build-dashboard';
import { readConfig, ROOT } from './config';
import { announceUrl, claimDataDir, releaseDataDir } from './storage/data-dir-lock';
import { openDatabase } from './storage/database';
import { loadDemoPlansIfEmpty } from './storage/demo-plans';

/** How long in-flight requests get to finish after SIGTERM. */
const DRAIN_LIMIT_MS = 10_000;

async function main(): Promise<void> {
  const config = readConfig(process.env);
  // Before anything else: the demo sign-in on a non-loopback address is refused here.
  const auth = readAuthConfig(process.env, config.host);
  const dataDir = config.database.kind === 'pglite' ? config.database.dataDir : undefined;
  if (process.env.SKIP_DASHBOARD_BUILD !== '1') ensureDashboardBuilt(ROOT, config.dashboardDir, (m) => process.stderr.write(`${m}\n`));

  if (dataDir) claimDataDir(dataDir, 'server');
  const database = await openDatabase(config.database).catch((error: unknown) => {
    if (dataDir) releaseDataDir(dataDir);
    throw error;
  });
  // Only PGlite needs it: on PostgreSQL a tool opens the database alongside the server.
  const operatorKey = dataDir ? newOperatorKey() : undefined;
  const app = await buildApp({ database, auth, dashboardDir: config.dashboardDir, ...(operatorKey !== undefined && { operatorKey }) });
  if (config.loadDemoPlans) {
    const loaded = await loadDemoPlansIfEmpty(database.db);
    if (loaded.length > 0) app.log.info({ plans: loaded }, 'loaded the demo plans into the empty database');
  }

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'draining in-flight requests, then closing');
    // A request that never finishes (a stalled upload) must not keep the server up for ever.
    setTimeout(() => {
      app.log.warn({ afterMs: DRAIN_LIMIT_MS }, 'requests still in flight: closing their connections');
      app.server.closeAllConnections();
    }, DRAIN_LIMIT_MS).unref();
    app
      .close()
      .then(() => {
        if (dataDir) releaseDataDir(dataDir);
        process.exit(0);
      })
      .catch((error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  const address = await app.listen({ host: config.host, port: config.port });
  if (dataDir) announceUrl(dataDir, address, operatorKey);
  app.log.info({ url: address, database: database.driver, location: database.location }, 'serving the dashboard and the API');
}

main().catch((error: unknown) => {
  process.stderr.write(`The server could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
