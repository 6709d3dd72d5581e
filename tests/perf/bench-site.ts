import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { IMMUTABLE, REVALIDATE } from '../../server/plugins/external/dashboard';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface BenchSite {
  url: string;
  /** Replaces the generated responses (config.json, the API, the floor page). */
  serve(routes: ReadonlyMap<string, { type: string; body: string }>): void;
  close(): Promise<void>;
}

/**
 * One local HTTP server for the benchmark: the production build, its API and the
 * static floor page on the same origin, as a real deployment serves them (no
 * request interception in the browser, whose overhead would land on the dashboard
 * only). Unknown paths get index.html, the single-page-app fallback. Built files get
 * the reference server's Cache-Control: Vite's content-hashed /assets/ are kept by
 * the browser, everything else is fetched again, so a repeat load is a repeat visit.
 */
export async function startBenchSite(dist: string): Promise<BenchSite> {
  let routes: ReadonlyMap<string, { type: string; body: string }> = new Map();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const generated = routes.get(path);
    if (generated) {
      response.writeHead(200, { 'Content-Type': generated.type, 'Cache-Control': 'no-store' });
      response.end(generated.body);
      return;
    }
    const file = normalize(join(dist, path));
    const inside = file.startsWith(dist) && extname(file) !== '';
    readFile(inside ? file : join(dist, 'index.html'))
      .catch(() => readFile(join(dist, 'index.html')))
      .then((body) => {
        response.writeHead(200, {
          'Content-Type': TYPES[inside ? extname(file) : '.html'] ?? 'application/octet-stream',
          'Cache-Control': inside && path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE,
        });
        response.end(body);
      })
      .catch(() => {
        response.writeHead(404);
        response.end();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    serve(next) {
      routes = next;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
