import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/app';
import type { AppConfig } from '../../src/app/config';
import { parseConfig } from '../../src/app/config-schema';
import { TEST_API_BASE } from '../../mocks/node';

export const testConfig: AppConfig = parseConfig({ apiBaseUrl: TEST_API_BASE, demo: false, requestTimeoutMs: 2000 });

/** A fresh client per test, no retries, so a failure shows at once and nothing leaks between tests. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity, gcTime: Infinity } } });
}

/**
 * Renders the whole app, real providers and router, at `path` (the browser URL in jsdom).
 * A test of refreshing and retrying passes the app's own query client.
 */
export function renderApp(path = '/', config: AppConfig = testConfig, queryClient: QueryClient = createTestQueryClient()) {
  window.history.replaceState(null, '', path);
  const user = userEvent.setup();
  const utils = render(<App config={config} queryClient={queryClient} />);
  return { user, queryClient, ...utils };
}
