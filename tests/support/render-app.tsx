import { QueryClient } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { App } from '../../src/app/app';
import type { AppConfig } from '../../src/app/config';
import { parseConfig } from '../../src/app/config-schema';
import { TEST_API_BASE } from '../../mocks/node';
import { holdPage } from './held-page';

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

/**
 * For a block of read-only tests of one big page: renders the page once, before the
 * block's first test, and keeps it until the block ends, instead of rendering it again
 * for every test (a whole page costs about a second in jsdom). Call it inside the block's
 * `describe`; `ready` waits until the page has everything the tests read. A test in the
 * block only reads: one that changes the page (a click, typing, a navigation) fails,
 * since its neighbours would see the change.
 */
export function renderAppOnce(path: string, ready: () => Promise<unknown>): void {
  let before = '';
  beforeAll(async () => {
    holdPage(true);
    renderApp(path);
    await ready();
  });
  beforeEach(() => {
    before = window.location.href + document.body.innerHTML;
  });
  afterEach(() => {
    // Compared as one boolean: a failure's diff of two whole pages would bury the message.
    expect(window.location.href + document.body.innerHTML === before, 'a test in a render-once block changed the page').toBe(true);
  });
  afterAll(() => {
    holdPage(false);
    cleanup();
    window.history.replaceState(null, '', '/');
  });
}
