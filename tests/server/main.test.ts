/**
 * The server as `npm start` runs it: a real process on a fresh embedded database in a
 * temporary DATA_DIR, on a free port. Checks first start (folder created, migrations,
 * demo plans, claim file with the URL), `npm run import` going through the running
 * server (PGlite admits one process), a 50 MB upload refused over real HTTP, and that
 * SIGTERM lets a request in flight finish, closes idle keep-alive connections and exits
 * within seconds, giving the folder back.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Socket } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPlans, demoSecond } from '../../fixtures/demo';
import { importCommand } from '../../server/cli/import-command';
import { dataDirOwner } from '../../server/storage/data-dir-lock';

const ROOT = resolve(import.meta.dirname, '../..');
const IMPORT_FILES = resolve(import.meta.dirname, 'import-files');
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

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  socket: Socket;
}

/** Reads a whole response. */
function replyOf(response: http.IncomingMessage): Promise<Reply> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    // A keep-alive agent takes the socket back at the end: note it now.
    const { socket } = response;
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8'), socket }));
    response.on('error', fail);
  });
}

/** Signed in as a viewer (the demo sign-in), for every read below. */
let cookie = '';

function get(path: string, agent: http.Agent | false = false): Promise<Reply> {
  return new Promise((done, fail) => {
    http.get(`${url}${path}`, { agent, headers: { cookie } }, (response) => void replyOf(response).then(done, fail)).on('error', fail);
  });
}

/** The demo sign-in as a browser's form would post it; the session cookie it sets. */
async function demoSession(role: string): Promise<string> {
  const response = await fetch(`${url}/auth/demo`, { method: 'POST', body: new URLSearchParams({ user: role, returnTo: '/' }), redirect: 'manual' });
  expect(response.status).toBe(303);
  const session = response.headers.getSetCookie().find((line) => line.startsWith('session='));
  return session?.split(';')[0] ?? '';
}

const runImport = (...argv: string[]) => importCommand(argv, { env: { DATA_DIR: dataDir }, defaultDataDir: dataDir, now: () => new Date('2024-02-01T09:00:00Z') });

describe('npm start on a fresh data folder', () => {
  it('creates the database, loads the demo plans, and claims the folder with its URL', async () => {
    expect((await get('/api/plans')).status).toBe(401);
    cookie = await demoSession('viewer');
    const response = await get('/api/plans');
    expect(response.status).toBe(200);
    const body = JSON.parse(response.text) as typeof demoPlans;
    expect(body.plans.map((p) => p.id)).toEqual(demoPlans.plans.map((p) => p.id));
    expect(JSON.parse(readFileSync(join(dataDir, 'server.json'), 'utf8'))).toMatchObject({ pid: child.pid, command: 'server', url, operatorKey: expect.stringMatching(/^ipd_local_/) });
    // The claim file holds the key tools present to the server: its owner's alone.
    expect(statSync(join(dataDir, 'server.json')).mode & 0o077).toBe(0);
  });

  it('npm run import goes through the running server as the data folder owner: a dry run, a bad file, then --commit', async () => {
    // A viewer may not import; the command presents the key in the claim file.
    const refused = await fetch(`${url}/api/imports?plan=${demoSecond.plan.id}`, { method: 'POST', headers: { cookie, 'Content-Type': 'text/csv' }, body: 'x' });
    expect(refused.status).toBe(403);
    const file = join(IMPORT_FILES, 'plan-changes.csv');
    const dryRun = await runImport(file, '--plan', demoSecond.plan.id);
    expect(dryRun.output).toContain(`Through the server running on ${dataDir} (${url}).`);
    expect(dryRun.output).toContain('  actions added (1): 2.4');
    expect(dryRun.output).toContain('Dry run: nothing was written.');
    expect(dryRun.code).toBe(0);

    const bad = await runImport(join(IMPORT_FILES, 'impossible-date.csv'), '--plan', demoSecond.plan.id, '--commit');
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('impossible-date.csv, row 2, column Deadline: "31/02/2023" is not a real date');

    const committed = await runImport(file, '--plan', demoSecond.plan.id, '--commit');
    expect(committed.output).toContain('Imported.');
    expect(committed.code).toBe(0);
    const actions = JSON.parse((await get(`/api/plans/${demoSecond.plan.id}/actions`)).text) as typeof demoSecond.actions;
    // plan-changes.csv drops 2.2 and adds 2.4 (see the file).
    expect(actions.actions.map((a) => a.id)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.3', '2.4']);
  });

  it('answers a 50 MB upload with a 413 problem, changes nothing, and keeps serving', async () => {
    const path = `/api/plans/${demoSecond.plan.id}/actions`;
    const before = (await get(path)).text;
    const size = 50 * 1024 * 1024;
    // A 50 MB upload announced by its Content-Length: the server answers 413 from the
    // headers and closes without reading the body. (Writing the body into a connection
    // the server is closing would race its reset, so the test waits for the answer.)
    const request = http.request(`${url}/api/imports?plan=${demoSecond.plan.id}&commit=true&file=big.csv`, {
      method: 'POST',
      agent: false,
      headers: { cookie, 'Content-Type': 'text/csv', 'Content-Length': String(size) },
    });
    const reply = await new Promise<Reply>((done, fail) => {
      request.on('response', (response) => void replyOf(response).then(done, fail));
      request.on('error', fail);
      request.write(Buffer.alloc(64 * 1024, ','));
    });
    request.destroy();
    expect(reply.status).toBe(413);
    expect(reply.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(reply.text)).toMatchObject({ status: 413, detail: 'The request body is 50 MB; the limit here is 20 MB.' });
    expect((await get(path)).text).toBe(before);
    expect((await get('/healthz')).status).toBe(200);
  });

  it('on SIGTERM lets the request in flight finish, closes idle keep-alive connections, and exits 0 within seconds', async () => {
    // An idle keep-alive connection: it must not hold the server open for the keep-alive timeout (72 s).
    const idleAgent = new http.Agent({ keepAlive: true });
    const idle = await get('/healthz', idleAgent);
    const idleClosed = new Promise<void>((done) => idle.socket.once('close', () => done()));

    // A request in flight: its headers are in (the server said 100 Continue), its body is not.
    const body = readFileSync(join(IMPORT_FILES, 'plan-changes.csv'));
    const editor = await demoSession('editor');
    const request = http.request(`${url}/api/imports?plan=${demoSecond.plan.id}&file=plan-changes.csv`, {
      method: 'POST',
      agent: new http.Agent({ keepAlive: true }),
      headers: { cookie: editor, 'Content-Type': 'text/csv', 'Content-Length': String(body.length), Expect: '100-continue' },
    });
    const answer = new Promise<Reply>((done, fail) => {
      request.on('response', (response) => void replyOf(response).then(done, fail));
      request.on('error', fail);
    });
    const continued = new Promise((done) => request.once('continue', done));
    request.flushHeaders();
    await continued;

    const signalled = performance.now();
    child.kill('SIGTERM');
    // The server has stopped listening: a new connection is refused.
    for (;;) {
      const refused = await get('/healthz').then(
        (reply) => reply.status === 503,
        () => true,
      );
      if (refused) break;
      await new Promise((done) => setTimeout(done, 20));
    }
    await idleClosed;

    request.end(body);
    const reply = await answer;
    expect(reply.status).toBe(200);
    expect(reply.headers.connection).toBe('close');
    expect(JSON.parse(reply.text)).toMatchObject({ committed: false, problems: [] });

    expect(await exit).toBe(0);
    expect(performance.now() - signalled).toBeLessThan(8000);
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
