import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { dataDirOwner } from '../../server/storage/data-dir-lock';
import { openBrowser, type BrowserSession } from './browser';
import { OUT_DIR } from './paths';

const ROOT = resolve(import.meta.dirname, '../..');

export interface ReferenceServer {
  baseUrl: string;
  stop: () => Promise<void>;
}

async function waitForUrl(dataDir: string, child: ChildProcess): Promise<string> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${String(child.exitCode)}`);
    const url = dataDirOwner(dataDir)?.url;
    if (url) return url;
    await new Promise((done) => setTimeout(done, 50));
  }
}

/**
 * The reference server as `npm start` runs it (server/main.ts, embedded database in a
 * temporary folder, the browser tests' build, port 0), after `seed` has prepared the
 * data folder (nothing: the server loads the demo plans into an empty one).
 */
export async function startReferenceServer(seed: (dataDir: string) => Promise<void> = async () => undefined): Promise<ReferenceServer> {
  const dir = mkdtempSync(join(tmpdir(), 'reference-server-'));
  const dataDir = join(dir, 'data');
  await seed(dataDir);
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', PORT: '0', DATA_DIR: dataDir, DASHBOARD_DIR: OUT_DIR, SKIP_DASHBOARD_BUILD: '1', LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: ROOT, env, stdio: 'inherit' });
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((done) => child.once('exit', done));
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    return { baseUrl: await waitForUrl(dataDir, child), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export interface ServedBrowser {
  baseUrl: string;
  session: BrowserSession;
}

/**
 * For a test file: starts the reference server (after `seed`) and a browser before its
 * tests, `prepare`s the page, and stops both after; the accessor returns them once open.
 */
export function referenceServerInBrowser(options: { seed?: (dataDir: string) => Promise<void>; prepare?: (session: BrowserSession) => Promise<void> } = {}): () => ServedBrowser {
  let server: ReferenceServer | undefined;
  let session: BrowserSession | undefined;
  // PGlite starts (seeding, then the server's): seconds alone, minutes on a busy machine.
  beforeAll(async () => {
    server = await startReferenceServer(options.seed);
    session = await openBrowser();
    await options.prepare?.(session);
  }, 300_000);
  afterAll(async () => {
    await session?.close();
    await server?.stop();
  });
  return () => {
    if (!server || !session) throw new Error('the reference server or the browser did not start');
    return { baseUrl: server.baseUrl, session };
  };
}
