import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { Router } from 'wouter';
import { createApiClient } from '../api/client';
import { isApiError } from '../api/errors';
import { ApiProvider } from '../api/provider';
import { createPlanQueries } from '../api/queries';
import type { AppConfig } from './config';
import { AppRoutes } from './routes';
import { RouteFocus } from './route-focus';

export interface AppProps {
  config: AppConfig;
  /** Tests pass a fresh client with retries off; the app makes its own. */
  queryClient?: QueryClient;
}

export function createAppQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        // Only transient failures are worth retrying; a 401 or malformed data is not.
        retry: (failureCount, error) => failureCount < 2 && (!isApiError(error) || error.retryable),
        refetchOnWindowFocus: false,
      },
    },
  });
}

export function App({ config, queryClient }: AppProps) {
  const [client] = useState(() => queryClient ?? createAppQueryClient());
  const [queries] = useState(() => createPlanQueries(createApiClient(config)));
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return (
    <QueryClientProvider client={client}>
      <ApiProvider queries={queries}>
        <Router base={base}>
          <RouteFocus />
          <AppRoutes />
        </Router>
      </ApiProvider>
    </QueryClientProvider>
  );
}
