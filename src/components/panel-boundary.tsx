import { QueryErrorResetBoundary } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { QueryError } from './query-error';

export interface PanelBoundaryProps {
  /** What the panel shows, for the message: "the measures". */
  what: string;
  children: ReactNode;
}

/**
 * Contains a render error to its panel: the rest of the page keeps working, and Retry
 * re-renders the panel after resetting any failed queries inside it.
 */
export function PanelBoundary({ what, children }: PanelBoundaryProps) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          fallbackRender={({ error, resetErrorBoundary }) => (
            <QueryError what={what} error={error} onRetry={resetErrorBoundary} />
          )}
        >
          {children}
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
