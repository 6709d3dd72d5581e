import type { Problem } from './schemas';

/** The resources of the contract, named as the user would read them in a message. */
export type Resource = 'config' | 'plans' | 'plan' | 'actions' | 'reviews' | 'review' | 'measures' | 'workbook' | 'action' | 'history' | 'me' | 'summary';

export const RESOURCE_LABEL: Record<Resource, string> = {
  config: 'the configuration (config.json)',
  plans: 'the list of plans',
  plan: 'the plan and its areas',
  actions: 'the actions',
  reviews: 'the review history',
  review: 'the ratings at a review',
  measures: 'the measures that matter',
  workbook: 'the plan as an Excel workbook',
  action: 'the action',
  history: "the action's history",
  me: 'who is signed in',
  summary: "the plan's figures",
};

/**
 * Why a request failed, as a closed set the views can switch on:
 * - unauthorized (401): sign in; forbidden (403): not allowed to see this plan;
 * - not-found (404); http: any other non-2xx status;
 * - network: no response at all (offline, DNS, refused, or blocked by CORS: browsers
 *   do not say which); interrupted: the connection broke during the body;
 * - timeout: no response within requestTimeoutMs;
 * - contract: a response arrived but is not the contract's shape (not JSON, wrong top level).
 * `status` carries the HTTP status whenever there was one, so a caller can act on a 401
 * (sign in) without parsing the message.
 */
export type ApiErrorKind = 'unauthorized' | 'forbidden' | 'not-found' | 'http' | 'network' | 'interrupted' | 'timeout' | 'contract';

export interface ApiErrorInit {
  kind: ApiErrorKind;
  resource: Resource;
  status?: number;
  problem?: Problem;
  /** For contract errors: where the shape is wrong, e.g. "actions: must be an array". */
  issues?: string[];
  /** For a 401 whose problem names a sign-in address: that address, absolute. */
  signInUrl?: string;
  /** The API's base address, named in network messages so the reader knows what was unreachable. */
  apiAddress?: string;
  /** The server's `Retry-After`, in ms, when it sent one. */
  retryAfterMs?: number;
  cause?: unknown;
}

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly resource: Resource;
  readonly status: number | undefined;
  readonly problem: Problem | undefined;
  readonly issues: readonly string[];
  readonly signInUrl: string | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(init: ApiErrorInit) {
    super(describeApiError(init), { cause: init.cause });
    this.name = 'ApiError';
    this.kind = init.kind;
    this.resource = init.resource;
    this.status = init.status;
    this.problem = init.problem;
    this.issues = init.issues ?? [];
    this.signInUrl = init.signInUrl;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** Retrying helps with transient failures, never with auth, missing or malformed data. */
  get retryable(): boolean {
    return (
      this.kind === 'network' || this.kind === 'interrupted' || this.kind === 'timeout' || (this.kind === 'http' && (this.status ?? 0) >= 500)
    );
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/**
 * A 2xx body that does not parse as JSON: a web page (a sign-in page or a proxy's error
 * page answering in the API's place) or a body cut off on the way.
 */
export function notJsonError(resource: Resource, text: string, cause: unknown): ApiError {
  const issue = /^\s*</.test(text) ? 'the response is a web page (HTML), not JSON' : 'the response is cut off or is not JSON';
  return new ApiError({ kind: 'contract', resource, issues: [issue], cause });
}

function describeApiError({ kind, resource, status, problem, issues, apiAddress }: ApiErrorInit): string {
  const what = RESOURCE_LABEL[resource];
  const detail = problem?.detail ?? problem?.title;
  const suffix = detail ? `: ${detail}` : '';
  switch (kind) {
    case 'unauthorized':
      return `You need to sign in to see ${what}${suffix}`;
    case 'forbidden':
      return `You do not have permission to see ${what}${suffix}`;
    case 'not-found':
      return `Could not find ${what} (404)${suffix}`;
    case 'http':
      return `The server could not return ${what} (HTTP ${status ?? 'error'})${suffix}`;
    case 'network':
      return (
        `Could not reach the API at ${apiAddress ?? 'its configured address'} for ${what}. The network may be down, ` +
        `or the API's CORS settings may not allow this dashboard's address (see "Calling an API on another site" in the README)`
      );
    case 'interrupted':
      return `The connection to the API at ${apiAddress ?? 'its configured address'} was lost while sending ${what}`;
    case 'timeout':
      return `The server took too long to return ${what}`;
    case 'contract':
      return `The server's response for ${what} is not in the expected format${issues?.length ? `: ${issues.join('; ')}` : ''}`;
  }
}
