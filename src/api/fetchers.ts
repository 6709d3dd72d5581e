import type { ApiClient } from './client';
import { decodeOffThread } from './decode-off-thread';
import type { HistoryResult, ListResult, PlanResult, ReviewResult } from './decode';
import { ApiError } from './errors';
import type { Action, Me, Measure, PlanSummary, ReviewSummary, RollupSummary } from './schemas';

export type { HistoryResult, ListResult, PlanResult, ReviewResult } from './decode';

// One fetcher per endpoint: the body as text, decoded off the main thread when it is large.
const planPath = (planId: string) => `plans/${encodeURIComponent(planId)}`;

export async function getPlans(client: ApiClient, signal?: AbortSignal): Promise<ListResult<PlanSummary>> {
  return decodeOffThread('plans', await client.getText('plans', 'plans', signal));
}

export async function getPlan(client: ApiClient, planId: string, signal?: AbortSignal): Promise<PlanResult> {
  return decodeOffThread('plan', await client.getText('plan', planPath(planId), signal));
}

export async function getActions(client: ApiClient, planId: string, signal?: AbortSignal): Promise<ListResult<Action>> {
  return decodeOffThread('actions', await client.getText('actions', `${planPath(planId)}/actions`, signal));
}

export async function getReviews(client: ApiClient, planId: string, signal?: AbortSignal): Promise<ListResult<ReviewSummary>> {
  return decodeOffThread('reviews', await client.getText('reviews', `${planPath(planId)}/reviews`, signal));
}

/** One review with every rating, fetched only when the review is compared. */
export async function getReview(client: ApiClient, planId: string, reviewId: string, signal?: AbortSignal): Promise<ReviewResult> {
  return decodeOffThread('review', await client.getText('review', `${planPath(planId)}/reviews/${encodeURIComponent(reviewId)}`, signal));
}

/** An action's changes through the API, newest first: asked for only when someone opens its history. */
export async function getActionHistory(client: ApiClient, planId: string, actionId: string, signal?: AbortSignal): Promise<HistoryResult> {
  return decodeOffThread('history', await client.getText('history', `${planPath(planId)}/actions/${encodeURIComponent(actionId)}/history`, signal));
}

export async function getMeasures(client: ApiClient, planId: string, signal?: AbortSignal): Promise<ListResult<Measure>> {
  return decodeOffThread('measures', await client.getText('measures', `${planPath(planId)}/measures`, signal));
}

/**
 * GET /plans/{id}/summary: the plan's figures counted by the server, or null when the
 * server does not offer them (404: a server written before the summary was added, or
 * an unknown plan, which the plan's own request reports). Views then count the actions.
 */
export async function getSummary(client: ApiClient, planId: string, signal?: AbortSignal): Promise<RollupSummary | null> {
  try {
    return await decodeOffThread('summary', await client.getText('summary', `${planPath(planId)}/summary`, signal));
  } catch (error) {
    if (error instanceof ApiError && error.kind === 'not-found') return null;
    throw error;
  }
}

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** GET /plans/{id}/export.xlsx: the plan in the council's own spreadsheet layout. */
export function getPlanWorkbook(client: ApiClient, planId: string, signal?: AbortSignal): Promise<Blob> {
  return client.getFile('workbook', `${planPath(planId)}/export.xlsx`, XLSX_MEDIA_TYPE, signal);
}

/** GET /me: who is signed in (a server that signs people in; others answer 404). */
export async function getMe(client: ApiClient, signal?: AbortSignal): Promise<Me> {
  const body = await client.getJson('me', 'me', signal);
  // zod stays out of the first view's code: the schemas load as their own chunk.
  const { MeSchema } = await import('./schemas');
  const parsed = MeSchema.safeParse(body);
  if (!parsed.success) throw new ApiError({ kind: 'contract', resource: 'me', issues: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'me'}: ${issue.message}`) });
  return parsed.data;
}
