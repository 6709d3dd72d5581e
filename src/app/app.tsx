import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Router } from 'wouter';
import { createApiClient } from '../api/client';
import { ApiProvider } from '../api/provider';
import { createPlanQueries, type PlanQueries } from '../api/queries';
import type { AppConfig } from './config';
import { createAppQueryClient } from './query-client';
import { AppRoutes } from './routes';
import { RouteFocus } from './route-focus';
import { SessionProvider } from './session';
import { APP_BASE } from './app-base';

export interface AppProps {
  config: AppConfig;
  /** Tests pass a fresh client with retries off; the app makes its own (main.tsx: with the first view's data asked for). */
  queryClient?: QueryClient;
  /** The API queries bound to config.json's API; made here when not given. */
  queries?: PlanQueries;
}

export function App({ config, queryClient, queries }: AppProps) {
  const [client] = useState(() => queryClient ?? createAppQueryClient(config));
  const [planQueries] = useState(() => queries ?? createPlanQueries(createApiClient(config)));
  return (
    <QueryClientProvider client={client}>
      <ApiProvider queries={planQueries}>
        <SessionProvider enabled={!config.demo} apiBaseUrl={config.apiBaseUrl}>
          <Router base={APP_BASE}>
            <RouteFocus />
            <AppRoutes />
          </Router>
        </SessionProvider>
      </ApiProvider>
    </QueryClientProvider>
  );
}
