import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createApiClient, joinUrl, parseRetryAfter } from '../../src/api/client';
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

  it('reports a failure before any response naming the API and the possible CORS cause', async () => {
    server.use(http.get('https://data.example.gov.uk/v1/x', () => HttpResponse.error()));
    const error = await failure(createApiClient({ ...options, apiBaseUrl: 'https://data.example.gov.uk/v1/' }).getJson('reviews', 'x'));
    expect(error.kind).toBe('network');
    expect(error.retryable).toBe(true);
    expect(error.message).toBe(
      'Could not reach the API at https://data.example.gov.uk/v1 for the review history. The network may be down, ' +
        'or the API\'s CORS settings may not allow this dashboard\'s address (see "Calling an API on another site" in the README)',
    );
  });

  it.each(['omit', 'same-origin', 'include'] as const)('sends credentials as config.json says (%s)', async (credentials) => {
    server.use(http.get('/api/who', ({ request }) => HttpResponse.json({ credentials: request.credentials })));
    await expect(createApiClient({ ...options, credentials }).getJson('plans', 'who')).resolves.toEqual({ credentials });
  });

  it.each(['omit', 'same-origin', 'include'] as const)('sends a write with credentials as config.json says (%s)', async (credentials) => {
    server.use(http.post('/api/plans/p/actions/a/updates', ({ request }) => HttpResponse.json({ credentials: request.credentials }, { status: 201 })));
    const answer = await createApiClient({ ...options, credentials }).send('action', 'POST', 'plans/p/actions/a/updates', { progress: 'x' });
    expect(answer).toMatchObject({ status: 201, body: { credentials } });
  });

  it('keeps the server\'s Retry-After for the retry delay', async () => {
    server.use(http.get('/api/x', () => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '7' } })));
    const error = await failure(createApiClient(options).getJson('actions', 'x'));
    expect(error).toMatchObject({ kind: 'http', status: 503, retryAfterMs: 7000 });
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

  it('calls a 200 that is an HTML page a contract error and says it is a web page', async () => {
    server.use(http.get('/api/x', () => new HttpResponse('<html>login page</html>', { status: 200 })));
    const error = await failure(createApiClient(options).getJson('actions', 'x'));
    expect(error.kind).toBe('contract');
    expect(error.retryable).toBe(false);
    expect(error.message).toBe("The server's response for the actions is not in the expected format: the response is a web page (HTML), not JSON");
  });

  it('says the connection was lost when the body breaks off mid-way, and retries it', async () => {
    server.use(
      http.get('https://data.example.gov.uk/v1/x', () => {
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"asOf":"2024-01-12T09:00:00Z","actions":['));
            controller.error(new Error('connection reset'));
          },
        });
        return new HttpResponse(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
      }),
    );
    const error = await failure(createApiClient({ ...options, apiBaseUrl: 'https://data.example.gov.uk/v1' }).getText('actions', 'x'));
    expect(error).toMatchObject({ kind: 'interrupted', retryable: true });
    expect(error.message).toBe('The connection to the API at https://data.example.gov.uk/v1 was lost while sending the actions');
  });

  it('calls cut-off JSON a contract error', async () => {
    server.use(http.get('/api/x', () => new HttpResponse('{"asOf":"2024-01-12T09:00:00Z","actions":[{"id":"1.1"', { status: 200 })));
    const error = await failure(createApiClient(options).getJson('actions', 'x'));
    expect(error.message).toBe("The server's response for the actions is not in the expected format: the response is cut off or is not JSON");
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2024-01-12T09:00:00Z');
  it.each([
    ['7', 7000],
    [' 0 ', 0],
    ['Fri, 12 Jan 2024 09:00:30 GMT', 30_000],
    ['Fri, 12 Jan 2024 08:00:00 GMT', 0],
    ['soon', undefined],
    ['', undefined],
    [null, undefined],
  ] as const)('reads %j as %j ms', (header, ms) => {
    expect(parseRetryAfter(header, now)).toBe(ms);
  });
});
