/**
 * The server as `npm start` runs it: a real process on a fresh embedded database in a
 * temporary DATA_DIR, on a free port. Checks first start (folder created, migrations,
 * demo plans, claim file), and that SIGTERM lets in-flight requests finish, closes
 * the database and gives the folder back.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPlans } from '../../fixtures/demo';

const ROOT = resolve(import.meta.dirname, '../..');
let dir: string;
let child: ChildProcess;
let url: string;
const logLines: Record<string, unknown>[] = [];
let exit: Promise<number | null>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'server-main-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: join(dir, 'data'), SKIP_DASHBOARD_BUILD: '1', DASHBOARD_DIR: join(dir, 'no-dashboard') };
  delete env.DATABASE_URL;
  child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  exit = new Promise((done) => child.on('exit', (code) => done(code)));
  url = await new Promise<string>((done, fail) => {
    let buffered = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const entry = JSON.parse(line) as Record<string, unknown>;
        logLines.push(entry);
        if (entry.msg === 'serving the dashboard and the API') done(String(entry.url));
      }
    });
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    child.on('exit', (code) => fail(new Error(`the server exited (${String(code)}) before listening: ${errors}`)));
  });
});

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('npm start on a fresh data folder', () => {
  it('creates the database, loads the demo plans, and claims the folder with its URL', async () => {
    const response = await fetch(`${url}/api/plans`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as typeof demoPlans;
    expect(body.plans.map((p) => p.id)).toEqual(demoPlans.plans.map((p) => p.id));
    expect(JSON.parse(readFileSync(join(dir, 'data', 'server.json'), 'utf8'))).toMatchObject({ pid: child.pid, command: 'server', url });
  });

  it('on SIGTERM finishes the requests in flight, closes the database and exits cleanly', { timeout: 60_000 }, async () => {
    const inFlight = Array.from({ length: 20 }, () => fetch(`${url}/api/plans/hfd-2022/measures`).then((r) => r.status));
    // Ask it to stop once it has taken the requests (each logs "incoming request").
    const taken = () => logLines.filter((l) => l.msg === 'incoming request' && JSON.stringify(l.req).includes('/measures')).length;
    while (taken() < 20) await new Promise((done) => setTimeout(done, 20));
    child.kill('SIGTERM');
    expect(await Promise.all(inFlight)).toEqual(Array(20).fill(200));
    expect(await exit).toBe(0);
    expect(logLines.map((l) => l.msg)).toEqual(expect.arrayContaining(['draining in-flight requests, then closing', 'database closed']));
    expect(existsSync(join(dir, 'data', 'server.json'))).toBe(false);
  });
});
