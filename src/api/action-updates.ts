/**
 * Reading one action for a form and recording a progress update
 * (`GET` and `POST /plans/{planId}/actions/{actionId}[/updates]`). Every answer the
 * contract names is an outcome the form acts on, never a thrown error: 201 saved,
 * 422 each problem with its field, 412 the action as it is now and what changed,
 * 401 sign in again, 403 not allowed. Loaded with the form only.
 */
import type { ApiClient } from './client';
import { ApiError, notJsonError } from './errors';
import { ActionSchema, InvalidFieldsProblemSchema, StaleVersionProblemSchema, type Action, type HistoryEntry } from './schemas';
import { notAnswered, refusalOf, type Refusal } from './write-answers';
import type { ActionUpdateRequest, FieldProblem } from '../domain/write-rules';

const actionPath = (planId: string, actionId: string) => `plans/${encodeURIComponent(planId)}/actions/${encodeURIComponent(actionId)}`;

/** GET one action in its current state (its `version` is what `If-Match` sends back). */
export async function getAction(client: ApiClient, planId: string, actionId: string, signal?: AbortSignal): Promise<Action> {
  const text = await client.getText('action', actionPath(planId, actionId), signal);
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch (cause) {
    throw notJsonError('action', text, cause);
  }
  const parsed = ActionSchema.safeParse(body);
  if (!parsed.success) throw new ApiError({ kind: 'contract', resource: 'action', issues: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'action'}: ${issue.message}`) });
  return parsed.data;
}

export type UpdateOutcome =
  | { kind: 'saved'; action: Action }
  | { kind: 'invalid'; errors: readonly FieldProblem[] }
  /** `current` is absent when the server's 412 did not carry the action (the caller reads it). */
  | { kind: 'stale'; current: Action | undefined; changes: readonly HistoryEntry[] }
  | Refusal;

/** The action's ETag as `If-Match` sends it: its version in double quotes. */
export const etagOf = (version: string) => `"${version}"`;

/**
 * POST a progress update against `version`. Throws nothing for an answer; a request
 * that got no answer (network, timeout) is a `failed` outcome with the reason.
 */
export async function postActionUpdate(
  client: ApiClient,
  planId: string,
  actionId: string,
  version: string,
  request: ActionUpdateRequest,
): Promise<UpdateOutcome> {
  let response;
  try {
    response = await client.send('action', 'POST', `${actionPath(planId, actionId)}/updates`, request, { 'If-Match': etagOf(version) });
  } catch (error) {
    return notAnswered(error);
  }
  const { status, body } = response;
  if (status === 201 || status === 200) {
    const saved = ActionSchema.safeParse(body);
    return saved.success
      ? { kind: 'saved', action: saved.data }
      : { kind: 'failed', message: 'The server saved something but its answer is not an action as the contract describes; reload the page to see the action as it is now.' };
  }
  if (status === 422) {
    const invalid = InvalidFieldsProblemSchema.safeParse(body);
    if (invalid.success) return { kind: 'invalid', errors: invalid.data.errors };
  }
  if (status === 412) {
    const stale = StaleVersionProblemSchema.safeParse(body);
    return stale.success ? { kind: 'stale', current: stale.data.current, changes: stale.data.changes } : { kind: 'stale', current: undefined, changes: [] };
  }
  return refusalOf(client, status, body, 'save your update');
}
