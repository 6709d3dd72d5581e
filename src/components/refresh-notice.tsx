import { useQueryClient, type Query } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { isApiError, RESOURCE_LABEL } from '../api/errors';
import { formatAsOf } from '../domain/as-of';
import { joinWords } from '../domain/words';

export interface RefreshNoticeProps {
  /** The query-key prefix of the data on this page, e.g. `['plans', 'hfd-2022']`. */
  scope: readonly unknown[];
}

/**
 * When a background refresh fails, react-query keeps the last good data on screen.
 * This says so, with the data's own "as at" and why, and offers a Retry; it goes by
 * itself as soon as a refresh succeeds (on the interval, on focus, or on Retry).
 */
export function RefreshNotice({ scope }: RefreshNoticeProps) {
  const client = useQueryClient();
  const cache = client.getQueryCache();
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(onChange), [cache]);
  // A string snapshot, so React re-renders only when the failed refreshes (or their retrying) change.
  const snapshot = useSyncExternalStore(subscribe, () =>
    cache
      .findAll({ queryKey: scope, predicate: isRefreshFailure })
      .map((query) => `${query.queryHash}:${query.state.fetchStatus}`)
      .join('\n'),
  );
  if (snapshot === '') return null;

  const failed = cache.findAll({ queryKey: scope, predicate: isRefreshFailure });
  const errors = failed.map((query) => query.state.error);
  const what = [...new Set(errors.map((error) => (isApiError(error) ? RESOURCE_LABEL[error.resource] : 'some data')))];
  const asOf = failed.map((query) => asOfOf(query.state.data)).find((value) => value !== undefined);
  const reason = errors.find((error) => error instanceof Error)?.message;
  const retrying = failed.some((query) => query.state.fetchStatus === 'fetching');
  const retry = () => void client.refetchQueries({ queryKey: scope, predicate: isRefreshFailure });

  return (
    <div className="app-refresh-notice" role="status">
      <p>
        <strong>
          Could not refresh {joinWords(what)}: showing data as at {asOf ? formatAsOf(asOf) : 'the last successful load'}.
        </strong>{' '}
        {reason ? `${reason}${/[.!?]$/.test(reason) ? '' : '.'} ` : ''}It will try again by itself.
      </p>
      <button type="button" className="app-button app-button--secondary" onClick={retry} disabled={retrying}>
        {retrying ? 'Trying again…' : 'Retry'}
      </button>
    </div>
  );
}

/** Failed while data from an earlier success is still shown: a refresh, not a first load. */
function isRefreshFailure(query: Query): boolean {
  return query.state.status === 'error' && query.state.data !== undefined;
}

/** Every resource of the contract carries its "as at": lists at the top, the plan inside. */
function asOfOf(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const record = data as { asOf?: unknown; plan?: { asOf?: unknown } };
  const value = record.asOf ?? record.plan?.asOf;
  return typeof value === 'string' ? value : undefined;
}
