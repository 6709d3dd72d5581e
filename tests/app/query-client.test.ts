import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/api/errors';
import { createAppQueryClient, retryDelay, shouldRetry } from '../../src/app/query-client';

const error = (init: Partial<ConstructorParameters<typeof ApiError>[0]>) => new ApiError({ kind: 'http', resource: 'actions', ...init });

describe('retries', () => {
  it.each([
    ['a network failure', error({ kind: 'network' })],
    ['a connection lost mid-body', error({ kind: 'interrupted' })],
    ['a timeout', error({ kind: 'timeout' })],
    ['a 500', error({ status: 500 })],
    ['a 503', error({ status: 503 })],
  ])('retries %s twice, then gives up', (_name, failure) => {
    expect([0, 1, 2].map((count) => shouldRetry(count, failure))).toEqual([true, true, false]);
  });

  it.each([
    ['a 401', error({ kind: 'unauthorized', status: 401 })],
    ['a 403', error({ kind: 'forbidden', status: 403 })],
    ['a 404', error({ kind: 'not-found', status: 404 })],
    ['a 429', error({ status: 429 })],
    ['malformed data', error({ kind: 'contract' })],
  ])('never retries %s', (_name, failure) => {
    expect(shouldRetry(0, failure)).toBe(false);
  });

  it('backs off exponentially up to 30 s', () => {
    expect([0, 1, 2, 3, 10].map((count) => retryDelay(count, error({ status: 502 })))).toEqual([1000, 2000, 4000, 8000, 30_000]);
  });

  it('waits as long as Retry-After says, at most a minute', () => {
    expect(retryDelay(0, error({ status: 503, retryAfterMs: 5000 }))).toBe(5000);
    expect(retryDelay(0, error({ status: 503, retryAfterMs: 3_600_000 }))).toBe(60_000);
  });
});

describe('refreshing', () => {
  it('refetches on focus and on the configured interval', () => {
    const options = createAppQueryClient({ refreshIntervalSeconds: 120 }).getDefaultOptions().queries;
    expect(options).toMatchObject({ refetchOnWindowFocus: true, refetchInterval: 120_000, staleTime: 60_000 });
  });

  it('treats data as stale after a short interval, so focus refetches it too', () => {
    const options = createAppQueryClient({ refreshIntervalSeconds: 10 }).getDefaultOptions().queries;
    expect(options).toMatchObject({ refetchInterval: 10_000, staleTime: 10_000 });
  });

  it('has no timer when the interval is 0', () => {
    const options = createAppQueryClient({ refreshIntervalSeconds: 0 }).getDefaultOptions().queries;
    expect(options).toMatchObject({ refetchOnWindowFocus: true, refetchInterval: false, staleTime: 60_000 });
  });
});
