/**
 * The server as `npm start` runs it: a real process on a fresh embedded database in a
 * temporary DATA_DIR, on a free port. Checks first start (folder created, migrations,
 * demo plans, claim file with the URL) and that SIGTERM ends it cleanly, giving the
 * folder back. (Draining in-flight requests is tested in drain.test.ts, where the
 * requests can be held in flight deterministically.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPlans } from '../../fixtures/demo';
import { dataDirOwner } from '../../server/storage/data-dir-lock';

const ROOT = resolve(import.meta.dirname, '../..');
let dir: string;
let dataDir: string;
let child: ChildProcess;
let url: string;
let exit: Promise<number | null>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'server-main-'));
  dataDir = join(dir, 'data');
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SKIP_DASHBOARD_BUILD: '1', DASHBOARD_DIR: join(dir, 'no-dashboard'), LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: ROOT, env, stdio: 'ignore' });
  exit = new Promise((done) => child.on('exit', (code) => done(code)));
  // The server announces its URL in the folder's claim file once it listens.
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${String(child.exitCode)} before listening`);
    const owner = dataDirOwner(dataDir);
    if (owner?.url) {
      url = owner.url;
      break;
    }
    await new Promise((done) => setTimeout(done, 50));
  }
});

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** The demo sign-in as a browser's form would post it; the session cookie it sets. */
async function demoSession(role: string): Promise<string> {
  const response = await fetch(`${url}/auth/demo`, { method: 'POST', body: new URLSearchParams({ user: role, returnTo: '/' }), redirect: 'manual' });
  expect(response.status).toBe(303);
  const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith('session='));
  return session?.split(';')[0] ?? '';
}

describe('npm start on a fresh data folder', () => {
  it('creates the database, loads the demo plans, and claims the folder with its URL', async () => {
    expect((await fetch(`${url}/api/plans`)).status).toBe(401);
    const response = await fetch(`${url}/api/plans`, { headers: { cookie: await demoSession('viewer') } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as typeof demoPlans;
    expect(body.plans.map((p) => p.id)).toEqual(demoPlans.plans.map((p) => p.id));
    expect(JSON.parse(readFileSync(join(dataDir, 'server.json'), 'utf8'))).toMatchObject({ pid: child.pid, command: 'server', url });
  });

  it('on SIGTERM closes and exits cleanly, giving the folder back', async () => {
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(existsSync(join(dataDir, 'server.json'))).toBe(false);
  });
});

describe('npm start with the demo sign-in on an address other computers can reach', () => {
  it('refuses to start, saying why and what to set, and exits non-zero without touching the data folder', async () => {
    const refusedDir = join(dir, 'refused');
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '0.0.0.0', DATA_DIR: refusedDir, SKIP_DASHBOARD_BUILD: '1', LOG_LEVEL: 'warn' };
    delete env.OIDC_ISSUER;
    const refused = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    refused.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const code = await new Promise<number | null>((done) => refused.on('exit', (exitCode) => done(exitCode)));
    expect(code).toBe(1);
    expect(stderr).toContain('The server could not start: No identity provider is configured (OIDC_ISSUER is not set)');
    expect(stderr).toContain('refused on 0.0.0.0');
    expect(existsSync(refusedDir)).toBe(false);
  });
});
