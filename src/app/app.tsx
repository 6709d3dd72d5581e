import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Router } from 'wouter';
import { createApiClient } from '../api/client';
import { ApiProvider } from '../api/provider';
import { createPlanQueries } from '../api/queries';
import type { AppConfig } from './config';
import { createAppQueryClient } from './query-client';
import { AppRoutes } from './routes';
import { RouteFocus } from './route-focus';
import { SessionProvider } from './session';

export interface AppProps {
  config: AppConfig;
  /** Tests pass a fresh client with retries off; the app makes its own. */
  queryClient?: QueryClient;
}

export function App({ config, queryClient }: AppProps) {
  const [client] = useState(() => queryClient ?? createAppQueryClient(config));
  const [queries] = useState(() => createPlanQueries(createApiClient(config)));
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return (
    <QueryClientProvider client={client}>
      <ApiProvider queries={queries}>
        <SessionProvider enabled={!config.demo} apiBaseUrl={config.apiBaseUrl}>
          <Router base={base}>
            <RouteFocus />
            <AppRoutes />
          </Router>
        </SessionProvider>
      </ApiProvider>
    </QueryClientProvider>
  );
}
