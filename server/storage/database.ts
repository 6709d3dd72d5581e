/**
 * Opens the database and brings it to the latest migration. One interface, two
 * drivers: PGlite (PostgreSQL in WebAssembly, persisted in a folder) by default, or a
 * PostgreSQL 15+ server when a `postgres://` URL is given. The same schema and the
 * same migration files serve both.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from '../db/schema';
import { listenToPglite, type DatabaseChanges } from './database-changes';

export const MIGRATIONS_DIR = resolve(import.meta.dirname, '../db/migrations');

export type Schema = typeof schema;
/** The drizzle database, whichever driver is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  readonly db: Db;
  readonly driver: 'pglite' | 'postgres';
  /** Where the data lives, for messages: a folder, `memory`, or the server's host and database (never a password). */
  readonly location: string;
  /**
   * Committed changes, told to this process at commit: only when this process is the
   * database's only writer (PGlite). The in-memory caches exist only when it is set.
   */
  readonly changes?: DatabaseChanges;
  close(): Promise<void>;
}

export type DatabaseTarget =
  /** PGlite persisted in a folder (created when missing). */
  | { kind: 'pglite'; dataDir: string }
  /** PGlite in memory: a throwaway database for tests. */
  | { kind: 'pglite-memory' }
  /** A PostgreSQL server. */
  | { kind: 'postgres'; url: string };

/** DATABASE_URL wins when set; otherwise PGlite in DATA_DIR. */
export function databaseTargetFromEnv(env: NodeJS.ProcessEnv, defaultDataDir: string): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error('DATABASE_URL must be a postgres:// URL');
    return { kind: 'postgres', url };
  }
  return { kind: 'pglite', dataDir: resolve(env.DATA_DIR?.trim() || defaultDataDir) };
}

function describePostgres(url: string): string {
  const parsed = new URL(url);
  return `postgresql://${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}

/** Opens the target and applies every pending migration before returning. */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // An idle connection the server ends (a PostgreSQL restart, a failover, a database
    // dropped with its connections) must not take the process down: without a listener
    // the pool's 'error' event is an uncaught exception. The pool opens a new connection
    // on next use; a query in flight still gets its own error.
    pool.on('error', (error) => {
      process.emitWarning(`PostgreSQL ended an idle connection: ${error.message}`);
    });
    const db = drizzleNodePg(pool, { schema });
    try {
      await migrateNodePg(db, { migrationsFolder: MIGRATIONS_DIR });
    } catch (error) {
      await pool.end();
      throw error;
    }
    return { db: db as unknown as Db, driver: 'postgres', location: describePostgres(target.url), close: () => pool.end() };
  }
  let client: PGlite;
  if (target.kind === 'pglite') {
    mkdirSync(target.dataDir, { recursive: true });
    client = await PGlite.create(target.dataDir);
  } else {
    client = await PGlite.create();
  }
  const db = drizzlePglite(client, { schema });
  let changes: DatabaseChanges;
  try {
    await migratePglite(db, { migrationsFolder: MIGRATIONS_DIR });
    changes = await listenToPglite(client);
  } catch (error) {
    await client.close();
    throw error;
  }
  return {
    db: db as unknown as Db,
    driver: 'pglite',
    changes,
    location: target.kind === 'pglite' ? target.dataDir : 'memory',
    close: () => client.close(),
  };
}
