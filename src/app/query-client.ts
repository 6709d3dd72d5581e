import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/errors';
import type { AppConfig } from './config';

/** Retry-After longer than this is not waited for: the refresh timer and Retry take over. */
const MAX_RETRY_AFTER_MS = 60_000;
const MAX_BACKOFF_MS = 30_000;

/**
 * The app's query client. A dashboard left open (a board-room screen) refetches on the
 * configured interval and when the window regains focus; a failed refetch keeps the
 * last good data on screen (react-query keeps `data` on a refetch error) and
 * components/refresh-notice.tsx says so.
 */
export function createAppQueryClient(config: Pick<AppConfig, 'refreshIntervalSeconds'>): QueryClient {
  const intervalMs = config.refreshIntervalSeconds * 1000;
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Fresh for a minute, or for the interval when shorter, so a regained focus refetches data older than that.
        staleTime: intervalMs > 0 ? Math.min(60_000, intervalMs) : 60_000,
        refetchOnWindowFocus: true,
        refetchInterval: intervalMs > 0 ? intervalMs : false,
        retry: shouldRetry,
        retryDelay,
      },
    },
  });
}

/** Only transient failures are worth retrying (network, lost connection, timeout, 5xx), twice; never a 4xx or malformed data. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < 2 && (!isApiError(error) || error.retryable);
}

/** Exponential backoff (1 s, 2 s, 4 s… at most 30 s), or the server's Retry-After when it sent one (at most a minute). */
export function retryDelay(failureCount: number, error: unknown): number {
  if (isApiError(error) && error.retryAfterMs !== undefined) return Math.min(error.retryAfterMs, MAX_RETRY_AFTER_MS);
  return Math.min(1000 * 2 ** failureCount, MAX_BACKOFF_MS);
}
