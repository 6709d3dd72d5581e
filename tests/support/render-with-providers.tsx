import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { Router } from 'wouter';
import { createApiClient } from '../../src/api/client';
import { ApiProvider } from '../../src/api/provider';
import { createPlanQueries } from '../../src/api/queries';
import type { AppConfig } from '../../src/app/config';
import { createTestQueryClient, testConfig } from './render-app';

export interface RenderWithProvidersOptions {
  /** The browser URL (path and query string) to render at. */
  path?: string;
  config?: AppConfig;
}

/**
 * Renders one component with the app's real providers (query client, API, router) but
 * without the app's routes and layout, at `path` (the browser URL in jsdom). Views are
 * tested through their real routes with `renderApp`; this is for shared components.
 */
export function renderWithProviders(ui: ReactElement, { path = '/', config = testConfig }: RenderWithProvidersOptions = {}) {
  window.history.replaceState(null, '', path);
  const user = userEvent.setup();
  const queryClient = createTestQueryClient();
  const queries = createPlanQueries(createApiClient(config));
  const utils = render(
    <QueryClientProvider client={queryClient}>
      <ApiProvider queries={queries}>
        <Router>{ui}</Router>
      </ApiProvider>
    </QueryClientProvider>,
  );
  return { user, queryClient, ...utils };
}
