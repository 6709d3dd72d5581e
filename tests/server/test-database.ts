/**
 * A real database for a server test file: PGlite in memory by default (one instance
 * per file: it takes seconds to initialise), or, when DATABASE_URL names a PostgreSQL
 * server (as in CI), a fresh database of its own on that server, dropped afterwards,
 * so test files running in parallel never share tables.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { openDatabase, type Database } from '../../server/storage/database';

export interface TestDatabase extends Database {
  /** Empties every table (fast, between tests); the schema and migrations stay. */
  reset(): Promise<void>;
}

const TABLES = [
  'audit_log',
  'api_tokens',
  'sessions',
  'login_attempts',
  'plan_members',
  'measure_points',
  'measures',
  'review_ratings',
  'reviews',
  'progress_notes',
  'actions',
  'areas',
  'plans',
  'users',
];

export async function openTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  let database: Database;
  let dropDatabase = async () => {};
  if (serverUrl) {
    const name = `test_${randomUUID().replace(/-/g, '')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    database = await openDatabase({ kind: 'postgres', url: url.toString() });
    dropDatabase = async () => {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    };
  } else {
    database = await openDatabase({ kind: 'pglite-memory' });
  }
  return {
    ...database,
    reset: async () => {
      await database.db.execute(sql.raw(`truncate ${TABLES.join(', ')} restart identity cascade`));
    },
    close: async () => {
      await database.close();
      await dropDatabase();
    },
  };
}

/**
 * The lifecycle every storage test file shares: the file's database opened before its
 * tests, emptied before each test, closed after the last. Call once at the top of the
 * file; the handle reads the database opened in beforeAll.
 */
export function withTestDatabase(): Pick<TestDatabase, 'db' | 'reset'> {
  let database: TestDatabase | undefined;
  const opened = () => {
    if (!database) throw new Error('the test database opens in beforeAll');
    return database;
  };
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  beforeEach(async () => {
    await opened().reset();
  });
  afterAll(async () => {
    await database?.close();
  });
  return {
    get db() {
      return opened().db;
    },
    reset: () => opened().reset(),
  };
}
