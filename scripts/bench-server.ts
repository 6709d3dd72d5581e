/**
 * `npm run bench:server`: the reference server under load on loopback (autocannon),
 * not a pass/fail test. Prints:
 * 1. time to first response on a fresh embedded database (start `server/main.ts` on
 *    an empty DATA_DIR: create PGlite, migrate, load the demo plans, listen, answer
 *    GET /api/plans: 401, as to anyone not signed in);
 * 2. GET /api/plans/{id}/actions of a generated 5,000-action plan, 50 connections for
 *    10 s, beside the same bytes served by the same server as a static file (the
 *    floor): requests per second, p50 and p99 latency, and the ratio to the floor. The
 *    API requests carry a demo viewer's session cookie, as the dashboard's do. Both
 *    are warmed up first (2 s each, not counted), then measured in BENCH_ROUNDS rounds
 *    (default 3) that alternate which goes first; the ratios compare the medians.
 *    Both use autocannon's keep-alive connections and ask for no compression; one
 *    more API run asks for brotli, as a browser does (no ratio: it has no floor).
 * 3. POST .../updates on the same plan by 20 writers at once for 10 s, each updating
 *    its own action again and again with the ETag its last update returned (so every
 *    update is a real write, none a 412): updates per second and the p99 latency.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { generateLargePlan } from '../fixtures/generate-large-plan';
import { openDatabase } from '../server/storage/database';
import { replacePlanBundle } from '../server/storage/plan-bundle';

const ROOT = resolve(import.meta.dirname, '..');
const CONNECTIONS = 50;
const WRITERS = 20;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARM_UP_S = 2;

function startServer(env: Record<string, string>): { child: ChildProcess; url: Promise<string>; exited: Promise<void> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', SKIP_DASHBOARD_BUILD: '1', LOG_LEVEL: 'warn', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  const url = new Promise<string>((done, fail) => {
    // At LOG_LEVEL=warn the only line naming the address is the claim file's; poll it.
    const dataDir = env.DATA_DIR ?? '';
    const poll = setInterval(() => {
      void import('../server/storage/data-dir-lock').then(({ dataDirOwner }) => {
        const owner = dataDirOwner(dataDir);
        if (owner?.url) {
          clearInterval(poll);
          done(owner.url);
        }
      });
    }, 20);
    child.on('exit', (code) => {
      clearInterval(poll);
      fail(new Error(`server exited with ${String(code)}`));
    });
  });
  return { child, url, exited };
}

async function stop(server: { child: ChildProcess; exited: Promise<void> }): Promise<void> {
  server.child.kill('SIGTERM');
  await server.exited;
}

async function timeToFirstResponse(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-fresh-'));
  try {
    const started = performance.now();
    const server = startServer({ DATA_DIR: join(dir, 'data'), DASHBOARD_DIR: join(dir, 'none') });
    const url = await server.url;
    let status = 0;
    while (status !== 401) status = (await fetch(`${url}/api/plans`)).status;
    const elapsed = performance.now() - started;
    await stop(server);
    return elapsed;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Load {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/** The demo sign-in (the server runs on loopback with no identity provider): a session cookie for that role. */
async function demoSession(url: string, user: 'viewer' | 'editor' = 'viewer'): Promise<string> {
  const response = await fetch(`${url}/auth/demo`, { method: 'POST', body: new URLSearchParams({ user, returnTo: '/' }), redirect: 'manual' });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('session='))?.split(';')[0];
  if (!cookie) throw new Error(`demo sign-in failed: ${String(response.status)}`);
  return cookie;
}

async function load(url: string, headers: Record<string, string> = {}, duration = DURATION_S): Promise<Load> {
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function medianLoad(runs: readonly Load[]): Load {
  return {
    rps: median(runs.map((r) => r.rps)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
  };
}

interface Writes {
  count: number;
  p99: number;
  failures: number;
}

/** `WRITERS` loops, each updating its own action with the ETag its previous update returned. */
async function writeLoad(url: string, planId: string, actionIds: readonly string[], cookie: string): Promise<Writes> {
  const latencies: number[] = [];
  let failures = 0;
  const until = performance.now() + DURATION_S * 1000;
  await Promise.all(
    actionIds.map(async (actionId, writer) => {
      const path = `${url}/api/plans/${planId}/actions/${encodeURIComponent(actionId)}`;
      let etag = (await fetch(path, { headers: { cookie } })).headers.get('etag') ?? '';
      for (let n = 0; performance.now() < until; n += 1) {
        const started = performance.now();
        const response = await fetch(`${path}/updates`, {
          method: 'POST',
          headers: { cookie, 'content-type': 'application/json', 'if-match': etag },
          body: JSON.stringify({ text: `Writer ${writer}, update ${n}.` }),
        });
        await response.arrayBuffer();
        latencies.push(performance.now() - started);
        if (response.status === 201) etag = response.headers.get('etag') ?? '';
        else failures += 1;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { count: latencies.length, p99: latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))] ?? 0, failures };
}

async function main(): Promise<void> {
  const fresh = await timeToFirstResponse();
  console.log(`time to first response on a fresh embedded database: ${(fresh / 1000).toFixed(1)} s (spawn, create PGlite, migrate, load demo plans, listen, GET /api/plans answers 401)`);

  const dir = mkdtempSync(join(tmpdir(), 'bench-large-'));
  try {
    const large = generateLargePlan({ actions: 5000, measures: 300, reviews: 12, seed: 5000 });
    const asOf = large.plan.asOf;
    const database = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'data') });
    await replacePlanBundle(
      database.db,
      { plan: large.plan, actions: { asOf, actions: large.actions }, reviews: { asOf, reviews: large.reviews }, measures: { asOf, measures: large.measures } },
      { label: 'bench' },
    );
    await database.close();

    const staticDir = join(dir, 'static');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>bench</title>');
    const server = startServer({ DATA_DIR: join(dir, 'data'), DASHBOARD_DIR: staticDir, LOAD_DEMO_PLANS: 'false' });
    const url = await server.url;
    const apiPath = `/api/plans/${large.plan.id}/actions`;
    const signedIn = { cookie: await demoSession(url) };
    const bytes = Buffer.from(await (await fetch(`${url}${apiPath}`, { headers: signedIn })).arrayBuffer());
    writeFileSync(join(staticDir, 'actions.json'), bytes);
    console.log(`GET ${apiPath}: ${large.actions.length} actions, ${(bytes.length / 1024 / 1024).toFixed(2)} MB, ${CONNECTIONS} connections for ${DURATION_S} s on loopback (no compression)`);

    const measureFloor = () => load(`${url}/actions.json`);
    const measureApi = () => load(`${url}${apiPath}`, signedIn);
    await load(`${url}/actions.json`, {}, WARM_UP_S);
    await load(`${url}${apiPath}`, signedIn, WARM_UP_S);
    const floorRuns: Load[] = [];
    const apiRuns: Load[] = [];
    const row = (name: string, r: Load) =>
      `${name.padEnd(28)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${String(r.p50).padStart(5)} ms   p99 ${String(r.p99).padStart(5)} ms   errors ${r.errors}`;
    for (let round = 1; round <= ROUNDS; round += 1) {
      // Alternate which goes first, so neither always runs on a machine the other just warmed or loaded.
      if (round % 2 === 1) {
        floorRuns.push(await measureFloor());
        apiRuns.push(await measureApi());
      } else {
        apiRuns.push(await measureApi());
        floorRuns.push(await measureFloor());
      }
      console.log(row(`round ${round}: static file`, floorRuns.at(-1) as Load));
      console.log(row(`round ${round}: API`, apiRuns.at(-1) as Load));
    }
    const floor = medianLoad(floorRuns);
    const api = medianLoad(apiRuns);
    // As a browser asks (no floor: the static file would be compressed per request).
    const apiBrotli = await load(`${url}${apiPath}`, { ...signedIn, 'accept-encoding': 'br' });
    const writes = await writeLoad(url, large.plan.id, large.actions.slice(0, WRITERS).map((a) => a.id), await demoSession(url, 'editor'));
    await stop(server);

    console.log(`medians of ${ROUNDS} rounds:`);
    console.log(row('static file (floor)', floor));
    console.log(row('API', api));
    console.log(row('API, brotli asked for', apiBrotli));
    // Both as "API over floor": throughput above 1 is better than the floor, p99 above 1 is worse.
    const throughput = api.rps / floor.rps;
    const p99 = api.p99 / Math.max(floor.p99, 1);
    console.log(`requests per second, API / floor: ${throughput.toFixed(2)} (aim: at least 1 / 1.5 = 0.67) ${throughput >= 1 / 1.5 ? 'met' : 'NOT met'}`);
    console.log(`p99 latency, API / floor: ${p99.toFixed(2)} (aim: at most 1.5) ${p99 <= 1.5 ? 'met' : 'NOT met'}`);
    console.log(
      `POST .../updates, ${WRITERS} writers at once for ${DURATION_S} s (each its own action, ETag chained): ${(writes.count / DURATION_S).toFixed(0)} updates/s   p99 ${writes.p99.toFixed(0)} ms   failures ${writes.failures}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
