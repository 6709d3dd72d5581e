/**
 * The database for the routes: `app.storage.db`, closed when the server closes
 * (after in-flight requests have drained). The server does not own the database's
 * lifetime decision (main.ts or a test opens it); it only closes it on the way out.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Database } from '../../storage/database';
import { ResponseCache } from '../../storage/response-cache';

export interface Storage {
  readonly database: Database;
  readonly db: Database['db'];
  /** Serialised plan responses by plan revision: see response-cache.ts. */
  readonly responses: ResponseCache;
}

declare module 'fastify' {
  interface FastifyInstance {
    storage: Storage;
  }
}

export interface StorageOptions {
  database: Database;
  /** Close the database when the server closes (default true). */
  closeOnExit?: boolean;
}

export default fp<StorageOptions>(
  async function storage(app: FastifyInstance, { database, closeOnExit = true }) {
    app.decorate('storage', { database, db: database.db, responses: new ResponseCache(database.changes) });
    if (closeOnExit) {
      app.addHook('onClose', async () => {
        await database.close();
        app.log.info({ driver: database.driver }, 'database closed');
      });
    }
  },
  { name: 'storage' },
);
