/**
 * A real database for a server test file: PGlite in memory by default, or, when
 * DATABASE_URL names a PostgreSQL server (as in CI), a fresh database of its own on that
 * server, dropped afterwards, so test files running in parallel never share tables.
 *
 * PGlite: one instance per test worker, handed to the files that worker runs one after
 * another (the server project runs without isolation, so this module lives as long as
 * the worker). Starting PGlite costs about two seconds of CPU, most of the server
 * tests' time when every file started its own; each file still starts with every table
 * empty, and a file that holds the database while opening another gets a new instance.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { openDatabase, type Database, type Db } from '../../server/storage/database';

export interface TestDatabase extends Database {
  /** Empties every table (fast, between tests); the schema and migrations stay. */
  reset(): Promise<void>;
}

/**
 * Every table the migrations made (read from the database, so a new table is emptied
 * too); drizzle keeps its migration journal in a schema of its own, which stays.
 */
async function emptyEveryTable(db: Db): Promise<void> {
  // Both drivers (PGlite, node-postgres) answer a raw query with its rows under `rows`.
  const tables = (await db.execute(sql`select quote_ident(tablename) as name from pg_tables where schemaname = 'public'`)) as unknown as { rows: { name: string }[] };
  const names = tables.rows.map((row) => row.name);
  if (names.length === 0) throw new Error('the test database has no tables: were the migrations applied?');
  await db.execute(sql.raw(`truncate ${names.join(', ')} restart identity cascade`));
}

async function openPostgresTestDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `test_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  return {
    ...database,
    reset: () => emptyEveryTable(database.db),
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/** This worker's PGlite, and whether a file holds it now. */
let workerPglite: Promise<Database> | undefined;
let workerPgliteHeld = false;

async function openPgliteTestDatabase(): Promise<TestDatabase> {
  if (workerPgliteHeld) {
    const own = await openDatabase({ kind: 'pglite-memory' });
    return { ...own, reset: () => emptyEveryTable(own.db) };
  }
  workerPgliteHeld = true;
  try {
    workerPglite ??= openDatabase({ kind: 'pglite-memory' });
    const database = await workerPglite;
    // Whatever the previous file left is gone before this file sees the database.
    await emptyEveryTable(database.db);
    return {
      ...database,
      reset: () => emptyEveryTable(database.db),
      // Handed back to the worker for its next file, which empties it first.
      close: async () => {
        workerPgliteHeld = false;
      },
    };
  } catch (error) {
    workerPglite = undefined;
    workerPgliteHeld = false;
    throw error;
  }
}

export async function openTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  return serverUrl ? openPostgresTestDatabase(serverUrl) : openPgliteTestDatabase();
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
