import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../src/api/client';
import { createPlanQueries } from '../../src/api/queries';
import { firstViewReadsRecords, prefetchFirstView } from '../../src/app/first-view';
import { server } from '../../mocks/node';

/** The API paths the first view asks for before React's first render, in any order. */
async function requestsFor(path: string): Promise<string[]> {
  const seen: string[] = [];
  const onStart = ({ request }: { request: Request }) => seen.push(new URL(request.url).pathname);
  server.events.on('request:start', onStart);
  try {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await prefetchFirstView(queryClient, createPlanQueries(createApiClient({ apiBaseUrl: '/api', requestTimeoutMs: 2000 })), path);
    return seen.sort();
  } finally {
    server.events.removeListener('request:start', onStart);
  }
}

describe('the first view’s data, asked for before the first render (as public/early-fetch.js asks for it)', () => {
  it('the start page: the plan list', async () => {
    expect(await requestsFor('/')).toEqual(['/api/plans']);
  });

  it('the overview: the plan and its summary, not its actions', async () => {
    expect(await requestsFor('/plans/hfd-2022')).toEqual(['/api/plans/hfd-2022', '/api/plans/hfd-2022/summary']);
    expect(await requestsFor('/plans/hfd-2022/')).toEqual(['/api/plans/hfd-2022', '/api/plans/hfd-2022/summary']);
  });

  it('any other view of a plan: the plan and its actions', async () => {
    expect(await requestsFor('/plans/hfd-2022/actions')).toEqual(['/api/plans/hfd-2022', '/api/plans/hfd-2022/actions']);
    expect(await requestsFor('/plans/hfd-2022/areas/3')).toEqual(['/api/plans/hfd-2022', '/api/plans/hfd-2022/actions']);
  });

  it('nothing for an address no view reads data for, or a malformed plan id', async () => {
    expect(await requestsFor('/accessibility')).toEqual([]);
    expect(await requestsFor('/plans/%E0%A4%A')).toEqual([]);
  });
});

describe('firstViewReadsRecords: whether the decode worker is needed before the first paint', () => {
  it('is true for a plan view that reads the actions first, false for the overview and the rest', () => {
    expect(firstViewReadsRecords('/plans/hfd-2022/actions')).toBe(true);
    expect(firstViewReadsRecords('/plans/hfd-2022/measures')).toBe(true);
    expect(firstViewReadsRecords('/plans/hfd-2022')).toBe(false);
    expect(firstViewReadsRecords('/plans/hfd-2022/')).toBe(false);
    expect(firstViewReadsRecords('/')).toBe(false);
    expect(firstViewReadsRecords('/accessibility')).toBe(false);
    expect(firstViewReadsRecords('/plans/%E0%A4%A/actions')).toBe(false);
  });
});
