import { takeEarlyResponse } from './early-responses';
import { ApiError, notJsonError, type Resource } from './errors';
import type { Problem } from './schemas';

export interface ApiClientOptions {
  /** Absolute (`https://host/api`) or relative to the page (`/api`, `api`). */
  apiBaseUrl: string;
  /** Sent as `Authorization: Bearer <token>` when set. */
  apiToken?: string | undefined;
  requestTimeoutMs: number;
  /** fetch's `credentials` (config.json's `credentials`); `include` when not given. */
  credentials?: RequestCredentials | undefined;
}

export interface ApiClient {
  /** The API's base address as configured (config.json's apiBaseUrl). */
  readonly baseUrl: string;
  /** GETs `path` below the base URL and returns the body as text (a 2xx response), or throws ApiError. */
  getText(resource: Resource, path: string, signal?: AbortSignal): Promise<string>;
  /** As getText, parsed as JSON; a body that is not JSON is a contract error. */
  getJson(resource: Resource, path: string, signal?: AbortSignal): Promise<unknown>;
  /** GETs a file (e.g. the plan as .xlsx) below the base URL as a Blob, or throws ApiError. */
  getFile(resource: Resource, path: string, accept: string, signal?: AbortSignal): Promise<Blob>;
  /**
   * Sends a change (POST or PATCH) with a JSON body and returns whatever the server
   * answered, any status: the caller reads 412 and 422 bodies. Throws ApiError only
   * when no answer came (network failure, timeout).
   */
  send(resource: Resource, method: 'POST' | 'PATCH', path: string, body: unknown, headers?: Record<string, string>): Promise<SentResponse>;
}

export interface SentResponse {
  status: number;
  etag: string | null;
  contentType: string;
  /** The parsed JSON body, or undefined when there was none or it was not JSON. */
  body: unknown;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  /** Reads and writes alike: a write with cookies to an API that refuses them would fail its CORS check. */
  const credentials: RequestCredentials = options.credentials ?? 'include';

  /** One GET with auth, timeout and errors as ApiError; `read` turns the 2xx body into the result. */
  async function get<T>(resource: Resource, path: string, accept: string, read: (response: Response) => Promise<T>, signal?: AbortSignal): Promise<T> {
    const url = joinUrl(options.apiBaseUrl, path);
    const headers: Record<string, string> = { Accept: `${accept}, application/problem+json` };
    if (options.apiToken) headers.Authorization = `Bearer ${options.apiToken}`;

    const { signal: requestSignal, timedOut, dispose } = withTimeout(signal, options.requestTimeoutMs);
    let response: Response;
    try {
      // Cookies go with every request unless config.json says otherwise (the contract
      // leaves auth to the server; a public API with a wildcard CORS origin refuses them).
      // index.html's early-fetch script may already have asked for this URL (first view only).
      // An early response that resolves to undefined was a guess config.json contradicted.
      const early = takeEarlyResponse(url);
      response = (early && (await untilAborted(early, requestSignal))) ?? (await fetch(url, { method: 'GET', headers, credentials, signal: requestSignal }));
    } catch (cause) {
      dispose();
      if (timedOut()) throw new ApiError({ kind: 'timeout', resource, cause });
      // A caller's own cancellation (react-query unmounting) is not a failure to report.
      if (signal?.aborted) throw cause;
      throw new ApiError({ kind: 'network', resource, apiAddress: apiAddress(options.apiBaseUrl), cause });
    }

    try {
      if (!response.ok) throw await httpError(resource, response, options.apiBaseUrl);
      return await read(response);
    } catch (error) {
      if (error instanceof ApiError) throw error;
      if (timedOut()) throw new ApiError({ kind: 'timeout', resource, cause: error });
      if (signal?.aborted) throw error;
      // The answer started but the connection broke before its end.
      throw new ApiError({ kind: 'interrupted', resource, apiAddress: apiAddress(options.apiBaseUrl), cause: error });
    } finally {
      dispose();
    }
  }

  const client: ApiClient = {
    baseUrl: options.apiBaseUrl,
    async send(resource, method, path, body, extraHeaders = {}) {
      const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', 'Content-Type': 'application/json', ...extraHeaders };
      if (options.apiToken) headers.Authorization = `Bearer ${options.apiToken}`;
      const { signal, timedOut, dispose } = withTimeout(undefined, options.requestTimeoutMs);
      try {
        const response = await fetch(joinUrl(options.apiBaseUrl, path), { method, headers, body: JSON.stringify(body), credentials, signal });
        const text = await response.text();
        let parsed: unknown;
        try {
          parsed = text ? (JSON.parse(text) as unknown) : undefined;
        } catch {
          parsed = undefined;
        }
        return { status: response.status, etag: response.headers.get('etag'), contentType: response.headers.get('content-type') ?? '', body: parsed };
      } catch (cause) {
        throw new ApiError({ kind: timedOut() ? 'timeout' : 'network', resource, cause });
      } finally {
        dispose();
      }
    },
    async getJson(resource, path, signal) {
      const text = await client.getText(resource, path, signal);
      try {
        return JSON.parse(text) as unknown;
      } catch (cause) {
        throw notJsonError(resource, text, cause);
      }
    },
    getText(resource, path, signal) {
      return get(resource, path, 'application/json', (response) => response.text(), signal);
    },
    getFile(resource, path, accept, signal) {
      return get(resource, path, accept, (response) => response.blob(), signal);
    },
  };
  return client;
}

/** A request started elsewhere, abandoned (not cancelled) when the caller aborts or times out. */
function untilAborted<T>(response: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'));
    signal.addEventListener('abort', onAbort, { once: true });
    response.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Joins base and path with exactly one slash and resolves it against the page. */
export function joinUrl(base: string, path: string): string {
  const joined = `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  const pageUrl = globalThis.location?.href;
  // Resolving here, not in fetch, gives the same absolute URL in browsers and in Node.
  return pageUrl ? new URL(joined, pageUrl).toString() : joined;
}

async function httpError(resource: Resource, response: Response, apiBaseUrl: string): Promise<ApiError> {
  const problem = await readProblem(response);
  const status = response.status;
  const kind = status === 401 ? 'unauthorized' : status === 403 ? 'forbidden' : status === 404 ? 'not-found' : 'http';
  // The sign-in address is relative to the API's own address (the server's, not the page's).
  const signInUrl = kind === 'unauthorized' && problem?.signIn ? new URL(problem.signIn, joinUrl(apiBaseUrl, '')).toString() : undefined;
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
  return new ApiError({ kind, resource, status, ...(problem && { problem }), ...(signInUrl && { signInUrl }), ...(retryAfterMs !== undefined && { retryAfterMs }) });
}

/** `Retry-After` in seconds or as an HTTP date (RFC 9110), as a wait in ms from `now`. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return undefined;
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The API's address as configured, resolved against the page, for messages. */
function apiAddress(base: string): string {
  return joinUrl(base, '').replace(/\/$/, '');
}

/** RFC 9457 problem details when the server sent them; anything else is ignored. */
async function readProblem(response: Response): Promise<Problem | undefined> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    const body: unknown = await response.json();
    // The schema comes with the decoders' chunk (no zod in the first view's script).
    const { ProblemSchema } = await import('./schemas');
    const parsed = ProblemSchema.safeParse(body);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function withTimeout(outer: AbortSignal | undefined, ms: number) {
  const controller = new AbortController();
  let expired = false;
  const onAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) controller.abort(outer.reason);
  else outer?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new DOMException('Request timed out', 'TimeoutError'));
  }, ms);
  return {
    signal: controller.signal,
    timedOut: () => expired,
    dispose: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    },
  };
}
