import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createApiClient, joinUrl } from '../../src/api/client';
import { ApiError } from '../../src/api/errors';
import { problem } from '../../mocks/handlers';
import { server } from '../../mocks/node';

const options = { apiBaseUrl: '/api', requestTimeoutMs: 200 };

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('joinUrl', () => {
  it.each([
    ['/api', 'plans', 'http://localhost:3000/api/plans'],
    ['/api/', '/plans', 'http://localhost:3000/api/plans'],
    ['api', 'plans/a%20b', 'http://localhost:3000/api/plans/a%20b'],
    ['https://data.example.gov.uk/v1//', 'plans', 'https://data.example.gov.uk/v1/plans'],
  ])('joins %s and %s', (base, path, expected) => {
    expect(joinUrl(base, path)).toBe(expected);
  });
});

describe('createApiClient', () => {
  it('returns the parsed JSON body', async () => {
    server.use(http.get('/api/ping', () => HttpResponse.json({ ok: true })));
    await expect(createApiClient(options).getJson('plans', 'ping')).resolves.toEqual({ ok: true });
  });

  it('sends the bearer token when configured, so a protected API answers', async () => {
    server.use(
      http.get('/api/secret', ({ request }) =>
        request.headers.get('Authorization') === 'Bearer s3cret'
          ? HttpResponse.json({ ok: true })
          : problem(401, 'Unauthorized', 'Sign in first.'),
      ),
    );
    await expect(createApiClient({ ...options, apiToken: 's3cret' }).getJson('plans', 'secret')).resolves.toEqual({
      ok: true,
    });
    const error = await failure(createApiClient(options).getJson('plans', 'secret'));
    expect(error.kind).toBe('unauthorized');
    expect(error.message).toBe('You need to sign in to see the list of plans: Sign in first.');
    expect(error.retryable).toBe(false);
  });

  it('sends cookies with every request (credentials: include)', async () => {
    server.use(
      http.get('/api/who', ({ request }) =>
        request.credentials === 'include' ? HttpResponse.json({ ok: true }) : problem(401, 'No credentials'),
      ),
    );
    await expect(createApiClient(options).getJson('plans', 'who')).resolves.toEqual({ ok: true });
  });

  it.each([
    [403, 'forbidden', 'You do not have permission to see the actions: Not your plan.'],
    [404, 'not-found', 'Could not find the actions (404): Not your plan.'],
    [503, 'http', 'The server could not return the actions (HTTP 503): Not your plan.'],
  ] as const)('turns a %i problem into a typed %s error with the detail', async (status, kind, message) => {
    server.use(http.get('/api/x', () => problem(status, 'Nope', 'Not your plan.')));
    const error = await failure(createApiClient(options).getJson('actions', 'x'));
    expect(error).toMatchObject({ kind, status, resource: 'actions', problem: { detail: 'Not your plan.' } });
    expect(error.message).toBe(message);
  });

  it('handles an HTTP error with a non-JSON body', async () => {
    server.use(http.get('/api/x', () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502 })));
    const error = await failure(createApiClient(options).getJson('measures', 'x'));
    expect(error).toMatchObject({ kind: 'http', status: 502, problem: undefined });
    expect(error.retryable).toBe(true);
  });

  it('reports a network failure', async () => {
    server.use(http.get('/api/x', () => HttpResponse.error()));
    const error = await failure(createApiClient(options).getJson('reviews', 'x'));
    expect(error.kind).toBe('network');
    expect(error.message).toBe('Could not reach the server for the review history. Check your connection');
  });

  it('times out after requestTimeoutMs', async () => {
    server.use(
      http.get('/api/slow', async () => {
        await delay(1000);
        return HttpResponse.json({});
      }),
    );
    const error = await failure(createApiClient({ ...options, requestTimeoutMs: 50 }).getJson('plan', 'slow'));
    expect(error.kind).toBe('timeout');
    expect(error.retryable).toBe(true);
  });

  it('passes a caller cancellation through instead of calling it a failure', async () => {
    server.use(
      http.get('/api/slow', async () => {
        await delay(1000);
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const pending = createApiClient(options).getJson('plan', 'slow', controller.signal);
    controller.abort();
    await expect(pending).rejects.not.toBeInstanceOf(ApiError);
  });

  it('calls a 200 that is not JSON a contract error', async () => {
    server.use(http.get('/api/x', () => new HttpResponse('<html>login page</html>', { status: 200 })));
    const error = await failure(createApiClient(options).getJson('actions', 'x'));
    expect(error.kind).toBe('contract');
    expect(error.message).toBe("The server's response for the actions is not in the expected format: the response is not JSON");
  });
});
