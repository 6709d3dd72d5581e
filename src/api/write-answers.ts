/**
 * What every change request (an update, a review) does with the answers that are not
 * its own: 401 sign in again (with where, when the server says), 403 not allowed, and
 * anything else failed, with the server's own words. Outcomes, never thrown errors, so
 * a form keeps what was typed and says what happened.
 */
import { joinUrl, type ApiClient } from './client';
import { ProblemSchema } from './schemas';

export type Refusal =
  | { kind: 'signed-out'; detail: string | undefined; signInUrl: string | undefined }
  | { kind: 'forbidden'; detail: string | undefined }
  | { kind: 'failed'; message: string };

/** The problem's `detail` (or its title) when the body is a problem. */
export function problemDetail(body: unknown): string | undefined {
  const problem = ProblemSchema.safeParse(body);
  return problem.success ? (problem.data.detail ?? problem.data.title) : undefined;
}

/** An answer the request has no outcome of its own for; `doing` completes "The server could not ...". */
export function refusalOf(client: ApiClient, status: number, body: unknown, doing: string): Refusal {
  const detail = problemDetail(body);
  if (status === 401) {
    const problem = ProblemSchema.safeParse(body);
    const signIn = problem.success ? problem.data.signIn : undefined;
    return { kind: 'signed-out', detail, signInUrl: signIn ? new URL(signIn, joinUrl(client.baseUrl, '')).toString() : undefined };
  }
  if (status === 403) return { kind: 'forbidden', detail };
  return { kind: 'failed', message: `The server could not ${doing} (HTTP ${status})${detail ? `: ${detail}` : ''}.` };
}

/** A request that got no answer at all (network, timeout): failed, with the reason. */
export function notAnswered(error: unknown): Refusal {
  return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
}
