import type { QueryClient } from '@tanstack/react-query';
import { createApiClient } from '../api/client';
import { createPlanQueries, type PlanQueries } from '../api/queries';
import type { AppConfig } from './config';
import { createAppQueryClient } from './query-client';
import { APP_BASE } from './app-base';

/** How long the page may keep index.html's "Loading the dashboard…" while the first view's data arrives. */
export const FIRST_VIEW_WAIT_MS = 150;

/**
 * Asks for the first view's data before React's first render, and settles when it
 * is in (each request's failure is kept in the cache for the view to report). A
 * view's own queries start only in effects, which React runs after the first frame
 * is painted, so a view would paint its loading state first and its figures a frame
 * or more later. The same requests per route as public/early-fetch.js's firstRequests
 * (the overview: its plan and summary; any other plan view: the plan and its
 * actions; the start page: the plan list): their early responses are claimed here.
 */
export function prefetchFirstView(queryClient: QueryClient, queries: PlanQueries, path: string): Promise<unknown> {
  return Promise.all(firstViewRequests(queryClient, queries, path));
}

/** What the first view shows first, by its path within the app; null for an address no view reads data for. */
type FirstView = { kind: 'plans' } | { kind: 'overview' | 'records'; planId: string } | null;

function firstView(path: string): FirstView {
  if (path === '/' || path === '') return { kind: 'plans' };
  const match = /^\/plans\/([^/]+)(\/.*)?$/.exec(path);
  if (!match?.[1]) return null;
  let planId: string;
  try {
    planId = decodeURIComponent(match[1]);
  } catch {
    // A malformed address: the route shows its own message.
    return null;
  }
  return { kind: (match[2] ?? '').replace(/\/+$/, '') === '' ? 'overview' : 'records', planId };
}

function firstViewRequests(queryClient: QueryClient, queries: PlanQueries, path: string): Promise<void>[] {
  const view = firstView(path);
  if (view === null) return [];
  if (view.kind === 'plans') return [queryClient.prefetchQuery(queries.list())];
  const { planId } = view;
  return [queryClient.prefetchQuery(queries.detail(planId)), view.kind === 'overview' ? queryClient.prefetchQuery(queries.summary(planId)) : queryClient.prefetchQuery(queries.actions(planId))];
}

/**
 * Whether the first view reads the plan's actions before it can show anything (every
 * plan view but the overview): a large plan's actions are read in the decode worker,
 * which should then start at once, to compile while they download.
 */
export function firstViewReadsRecords(path: string): boolean {
  return firstView(path)?.kind === 'records';
}

/** The page's path within the app (the router's base taken off). */
export function appPath(): string {
  const path = globalThis.location.pathname;
  return path.startsWith(APP_BASE) ? path.slice(APP_BASE.length) || '/' : path;
}

/**
 * The app's query client and API queries, with the first view's data asked for; the
 * promise settles when that data is in or after `waitMs`, whichever is first, so the
 * first render shows the view's figures rather than its loading state.
 */
export async function startFirstView(config: AppConfig, waitMs = FIRST_VIEW_WAIT_MS): Promise<{ queryClient: QueryClient; queries: PlanQueries }> {
  const queryClient = createAppQueryClient(config);
  const queries = createPlanQueries(createApiClient(config));
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    prefetchFirstView(queryClient, queries, appPath()),
    new Promise((resolve) => (timer = setTimeout(resolve, waitMs))),
  ]);
  clearTimeout(timer);
  return { queryClient, queries };
}
