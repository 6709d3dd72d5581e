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
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { openDatabase, type Database, type Db } from '../../server/storage/database';
import { loadDemoPlansIfEmpty } from '../../server/storage/demo-plans';

export interface TestDatabase extends Database {
  /** Empties every table (fast, between tests); the schema and migrations stay. */
  reset(): Promise<void>;
  /** Empties every table, then loads the demo plans (fixtures/demo) as a first start does. */
  resetToDemo(): Promise<void>;
}

/**
 * Every table the migrations made (read from the database, so a new table is emptied
 * too); drizzle keeps its migration journal in a schema of its own, which stays.
 */
async function tableNames(db: Db): Promise<string[]> {
  // Both drivers (PGlite, node-postgres) answer a raw query with its rows under `rows`.
  const tables = (await db.execute(sql`select quote_ident(tablename) as name from pg_tables where schemaname = 'public'`)) as unknown as { rows: { name: string }[] };
  const names = tables.rows.map((row) => row.name);
  if (names.length === 0) throw new Error('the test database has no tables: were the migrations applied?');
  return names;
}

async function emptyEveryTable(db: Db): Promise<void> {
  await db.execute(sql.raw(`truncate ${(await tableNames(db)).join(', ')} restart identity cascade`));
}

async function loadDemo(db: Db): Promise<void> {
  await emptyEveryTable(db);
  await loadDemoPlansIfEmpty(db);
}

/**
 * The demo plans as PGlite holds them once loaded, table by table, so that later tests get
 * the same rows back by COPY in a tenth of the time the import takes. The rows are the
 * import's own (taken after a real load), so a test sees exactly what a load gives.
 */
interface DemoSnapshot {
  tables: { name: string; rows: Blob }[];
}

async function takeDemoSnapshot(client: PGlite, db: Db): Promise<DemoSnapshot> {
  const tables: DemoSnapshot['tables'] = [];
  for (const name of await tableNames(db)) {
    const copied = await client.query(`copy ${name} to '/dev/blob'`);
    // An empty table gives no blob: nothing to put back.
    if (copied.blob) tables.push({ name, rows: copied.blob });
  }
  return { tables };
}

async function restoreDemoSnapshot(client: PGlite, db: Db, snapshot: DemoSnapshot): Promise<void> {
  // Emptied as any reset is (its TRUNCATE tells the server's caches); the rows then go back
  // in with triggers and foreign keys paused, as a restore does, in one transaction.
  await emptyEveryTable(db);
  await client.transaction(async (tx) => {
    await tx.exec('set local session_replication_role = replica');
    for (const table of snapshot.tables) await tx.query(`copy ${table.name} from '/dev/blob'`, [], { blob: table.rows });
    await tx.exec(`select setval(pg_get_serial_sequence('audit_log', 'id'), coalesce((select max(id) from audit_log), 0) + 1, false)`);
  });
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
    resetToDemo: () => loadDemo(database.db),
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/** A PGlite test database whose demo load is taken once, then restored. */
function pgliteTestDatabase(database: Database): Omit<TestDatabase, 'close'> {
  const client = (database.db as unknown as { $client: PGlite }).$client;
  let snapshot: DemoSnapshot | undefined;
  return {
    ...database,
    reset: () => emptyEveryTable(database.db),
    resetToDemo: async () => {
      if (snapshot) return restoreDemoSnapshot(client, database.db, snapshot);
      await loadDemo(database.db);
      snapshot = await takeDemoSnapshot(client, database.db);
    },
  };
}

/** This worker's PGlite, and whether a file holds it now. */
let workerPglite: Promise<Omit<TestDatabase, 'close'>> | undefined;
let workerPgliteHeld = false;

async function openPgliteTestDatabase(): Promise<TestDatabase> {
  if (workerPgliteHeld) {
    const own = await openDatabase({ kind: 'pglite-memory' });
    return { ...pgliteTestDatabase(own), close: own.close };
  }
  workerPgliteHeld = true;
  try {
    workerPglite ??= openDatabase({ kind: 'pglite-memory' }).then(pgliteTestDatabase);
    const database = await workerPglite;
    // Whatever the previous file left is gone before this file sees the database.
    await database.reset();
    return {
      ...database,
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
 * tests, emptied (and given the demo plans, when asked) before each test, closed after
 * the last. Call once at the top of the file; the handle reads the database opened in
 * beforeAll.
 */
export function withTestDatabase(options: { demoPlans?: boolean } = {}): Pick<TestDatabase, 'db' | 'reset' | 'resetToDemo'> {
  let database: TestDatabase | undefined;
  const opened = () => {
    if (!database) throw new Error('the test database opens in beforeAll');
    return database;
  };
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  beforeEach(async () => {
    await (options.demoPlans ? opened().resetToDemo() : opened().reset());
  });
  afterAll(async () => {
    await database?.close();
  });
  return {
    get db() {
      return opened().db;
    },
    reset: () => opened().reset(),
    resetToDemo: () => opened().resetToDemo(),
  };
}
