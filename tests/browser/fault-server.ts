import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { demoDatasets, demoPlans } from '../../fixtures/demo';
import { reviewSummary } from '../../mocks/handlers';

/** The contract's resources as the fault server names them. */
export type FaultResource = 'plans' | 'plan' | 'actions' | 'reviews' | 'review' | 'measures';

/**
 * What a resource does instead of answering: hang past the dashboard's timeout, drop
 * the connection mid-body, send cut-off JSON or an HTML page, or an HTTP error.
 */
export type Fault = 'slow' | 'dropped' | 'truncated' | 'html' | 500 | 502 | 503 | 401 | 403;

export interface Cors {
  /** `*`, or the one origin allowed (the dashboard's). */
  allowOrigin: string;
  /** Sends `Access-Control-Allow-Credentials: true` (never with `*`: browsers refuse it). */
  credentials: boolean;
}

export interface FaultServer {
  /** `http://127.0.0.1:<port>/api`, for config.json's apiBaseUrl. */
  apiBaseUrl: string;
  fail(resource: FaultResource, fault: Fault): void;
  heal(): void;
  /** Requests received per resource since start or the last `heal()`. */
  requests(resource: FaultResource): number;
  close(): Promise<void>;
}

const ROUTE = /^\/api\/plans(?:\/([^/]+)(?:\/(actions|reviews|measures)(?:\/([^/]+))?)?)?$/;

/**
 * A real HTTP server for the browser tests: the contract served from the demo fixtures,
 * on port 0 (a free port), on its own origin, failing on demand per resource.
 */
export async function startFaultServer(cors: Cors): Promise<FaultServer> {
  const faults = new Map<FaultResource, Fault>();
  const counts = new Map<FaultResource, number>();
  const sockets = new Set<Socket>();

  const server = createServer((req, res) => {
    corsHeaders(res, cors);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'Access-Control-Allow-Headers': 'Authorization, Accept', 'Access-Control-Allow-Methods': 'GET' });
      res.end();
      return;
    }
    const match = ROUTE.exec(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!match) return sendJson(res, 404, problem(404, 'Not found'));
    const [, planId, sub, reviewId] = match;
    const resource: FaultResource =
      planId === undefined ? 'plans' : reviewId !== undefined ? 'review' : ((sub as FaultResource | undefined) ?? 'plan');
    counts.set(resource, (counts.get(resource) ?? 0) + 1);
    const body = bodyFor(resource, planId, reviewId);
    if (body === undefined) return sendJson(res, 404, problem(404, 'Plan not found'));
    const fault = faults.get(resource);
    if (fault === undefined) return sendJson(res, 200, body);
    misbehave(res, fault, JSON.stringify(body));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiBaseUrl: `http://127.0.0.1:${port}/api`,
    fail: (resource, fault) => faults.set(resource, fault),
    heal: () => {
      faults.clear();
      counts.clear();
    },
    requests: (resource) => counts.get(resource) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The contract's answers from the demo fixtures, as the reference server sends them. */
function bodyFor(resource: FaultResource, planId: string | undefined, reviewId: string | undefined): unknown {
  if (resource === 'plans') return demoPlans;
  const dataset = planId === undefined ? undefined : demoDatasets[decodeURIComponent(planId)];
  if (!dataset) return undefined;
  switch (resource) {
    case 'plan':
      return dataset.plan;
    case 'actions':
      return dataset.actions;
    case 'reviews':
      // The list carries each review's counts; its ratings come one review at a time.
      return { asOf: dataset.reviews.asOf, reviews: dataset.reviews.reviews.map(reviewSummary) };
    case 'review': {
      const review = dataset.reviews.reviews.find((r) => r.id === decodeURIComponent(reviewId ?? ''));
      return review && { ...review, counts: reviewSummary(review).counts };
    }
    case 'measures':
      return dataset.measures;
  }
}

function misbehave(res: ServerResponse, fault: Fault, json: string): void {
  switch (fault) {
    case 'slow':
      // Never answers; close() destroys the socket.
      return;
    case 'dropped': {
      // Promise the whole body, send half, then cut the connection.
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(json) });
      res.write(json.slice(0, Math.floor(json.length / 2)), () => res.socket?.destroy());
      return;
    }
    case 'truncated': {
      const cut = json.slice(0, Math.floor(json.length / 2));
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(cut) });
      res.end(cut);
      return;
    }
    case 'html':
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><html><head><title>Sign in</title></head><body><h1>Please sign in</h1><script>window.__faultServerHtmlRan = true</script></body></html>');
      return;
    case 503:
      res.setHeader('Retry-After', '1');
      sendJson(res, 503, problem(503, 'Service unavailable', 'The performance system is being updated.'));
      return;
    case 502:
      // A gateway's own error page, not the API's problem+json.
      res.writeHead(502, { 'Content-Type': 'text/html' });
      res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
      return;
    case 500:
      sendJson(res, 500, problem(500, 'Internal server error'));
      return;
    case 401:
      sendJson(res, 401, problem(401, 'Unauthorized', 'Your session has expired.'));
      return;
    case 403:
      sendJson(res, 403, problem(403, 'Forbidden', 'You are not on the distribution list for this plan.'));
      return;
  }
}

function corsHeaders(res: ServerResponse, cors: Cors): void {
  res.setHeader('Access-Control-Allow-Origin', cors.allowOrigin);
  if (cors.allowOrigin !== '*') res.setHeader('Vary', 'Origin');
  if (cors.credentials) res.setHeader('Access-Control-Allow-Credentials', 'true');
}

function problem(status: number, title: string, detail?: string) {
  return { type: 'about:blank', title, status, ...(detail !== undefined && { detail }) };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(json) });
  res.end(json);
}
