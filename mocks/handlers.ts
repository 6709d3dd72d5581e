import { delay, http, HttpResponse } from 'msw';
import type { Action, ActionList, MeasureList, Plan, PlanList, Review, ReviewList } from '../src/api/schemas';
import { XLSX_MEDIA_TYPE } from '../src/api/fetchers';
import { summariseContract } from '../src/api/summarise';
import { reviewRatingCounts } from '../src/domain/review-counts';
import { DemoPlanStore, type StoreResult } from './plan-store';

export interface PlanDataset {
  plan: Plan;
  actions: ActionList;
  reviews: ReviewList;
  measures: MeasureList;
}

export interface HandlerOptions {
  /** Where the API lives, as config.json's apiBaseUrl says (e.g. `/api`). */
  baseUrl: string;
  plans: PlanList;
  datasets: Readonly<Record<string, PlanDataset>>;
  /** Artificial latency in ms, so the dev demo shows its loading states. 0 under test. */
  latencyMs?: number;
  /** Where changes are kept (a fresh one from `datasets` when omitted). */
  store?: DemoPlanStore;
}

/** Who the demo's visitor is: an editor of every plan, so every form can be tried. */
export const DEMO_VISITOR = 'Demo visitor';

/** RFC 9457 problem details, as a real server sends them, with any extension members. */
export function problem(status: number, title: string, detail?: string, extensions: Record<string, unknown> = {}) {
  return HttpResponse.json(
    { type: 'about:blank', title, status, ...(detail !== undefined && { detail }), ...extensions },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** The version `If-Match` names (strong comparison), 0 when it names none of ours; undefined when missing. */
function ifMatchVersion(request: Request): number | undefined {
  const header = request.headers.get('If-Match');
  if (header === null || header.trim() === '') return undefined;
  const match = /^\s*"([1-9]\d{0,9})"\s*$/.exec(header);
  return match ? Number(match[1]) : 0;
}

async function jsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}

/** A write's outcome as the reference server answers it (see server/routes/api/write-request.ts). */
function writeResponse(result: StoreResult<Action>, actionId: string, sentVersion: number, status: 200 | 201, notFound: () => Response) {
  switch (result.kind) {
    case 'saved':
      return HttpResponse.json(result.value, { status, headers: { ETag: `"${result.value.version ?? ''}"`, 'Cache-Control': 'no-store' } });
    case 'not-found':
      return notFound();
    case 'invalid':
      return invalid(result.errors);
    case 'stale': {
      const latest = result.changes[0];
      const who = latest ? ` by ${latest.by} at ${latest.at}` : '';
      return problem(412, 'Changed by someone else', `Action ${actionId} was changed${who}, after ${sentVersion > 0 ? `your version ${sentVersion}` : 'the version you sent'}. Nothing was saved.`, {
        current: result.current,
        changes: result.changes,
      });
    }
  }
}

function invalid(errors: readonly { field: string; message: string }[]) {
  const fields = [...new Set(errors.map((e) => e.field))];
  return problem(422, 'Some answers need changing', `${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}: ${fields.join(', ')}. Nothing was changed.`, { errors });
}

/** A review as the list sends it: counts, no ratings (those come one review at a time). */
export function reviewSummary({ ratings, ...review }: Review) {
  return { ...review, counts: reviewRatingCounts(ratings) };
}

/** The contract's endpoints served from fixtures: the happy path that tests override. */
export function createHandlers({ baseUrl, plans, datasets, latencyMs = 0, store = new DemoPlanStore(datasets) }: HandlerOptions) {
  const base = baseUrl.replace(/\/+$/, '');
  const dataset = (planId: unknown) => store.dataset(planId);
  const notFound = (planId: unknown) => problem(404, 'Plan not found', `There is no plan with id "${String(planId)}".`);
  const actionNotFound = (planId: unknown, actionId: unknown) =>
    dataset(planId) ? problem(404, 'Action not found', `Plan "${String(planId)}" has no action with id "${String(actionId)}".`) : notFound(planId);
  const versionRequired = (planId: unknown, actionId: unknown) =>
    problem(428, 'Version required', `Send If-Match with the action's ETag (from GET /plans/${String(planId)}/actions/${String(actionId)}), so a change made meanwhile is never overwritten.`);
  const wait = () => (latencyMs > 0 ? delay(latencyMs) : Promise.resolve());

  return [
    http.get(`${base}/plans`, async () => {
      await wait();
      return HttpResponse.json(plans);
    }),
    http.get(`${base}/plans/:planId`, async ({ params }) => {
      await wait();
      const found = dataset(params.planId);
      return found ? HttpResponse.json(found.plan) : notFound(params.planId);
    }),
    http.get(`${base}/plans/:planId/actions`, async ({ params }) => {
      await wait();
      const found = store.actions(params.planId);
      return found ? HttpResponse.json(found) : notFound(params.planId);
    }),
    http.get(`${base}/plans/:planId/actions/:actionId`, async ({ params }) => {
      await wait();
      const action = store.action(params.planId, params.actionId);
      return action ? HttpResponse.json(action, { headers: { ETag: `"${action.version ?? ''}"`, 'Cache-Control': 'private, no-cache' } }) : actionNotFound(params.planId, params.actionId);
    }),
    http.get(`${base}/plans/:planId/actions/:actionId/history`, async ({ params }) => {
      await wait();
      const entries = store.history(params.planId, params.actionId);
      return entries ? HttpResponse.json({ entries }) : actionNotFound(params.planId, params.actionId);
    }),
    http.post(`${base}/plans/:planId/actions/:actionId/updates`, async ({ params, request }) => {
      await wait();
      const { planId, actionId } = params as { planId: string; actionId: string };
      if (!store.action(planId, actionId)) return actionNotFound(planId, actionId);
      const version = ifMatchVersion(request);
      if (version === undefined) return versionRequired(planId, actionId);
      const result = store.addUpdate(planId, actionId, version, await jsonBody(request), DEMO_VISITOR, new Date());
      const response = writeResponse(result, actionId, version, 201, () => actionNotFound(planId, actionId));
      if (result.kind === 'saved') response.headers.set('Location', `${base}/plans/${planId}/actions/${actionId}`);
      return response;
    }),
    http.patch(`${base}/plans/:planId/actions/:actionId`, async ({ params, request }) => {
      await wait();
      const { planId, actionId } = params as { planId: string; actionId: string };
      if (!store.action(planId, actionId)) return actionNotFound(planId, actionId);
      const version = ifMatchVersion(request);
      if (version === undefined) return versionRequired(planId, actionId);
      const result = store.edit(planId, actionId, version, await jsonBody(request), DEMO_VISITOR, new Date());
      return writeResponse(result, actionId, version, 200, () => actionNotFound(planId, actionId));
    }),
    http.post(`${base}/plans/:planId/reviews`, async ({ params, request }) => {
      await wait();
      const planId = String(params.planId);
      const result = store.recordReview(planId, await jsonBody(request), new Date());
      if (result.kind === 'not-found') return notFound(planId);
      if (result.kind === 'invalid') return invalid(result.errors);
      const review = result.value;
      return HttpResponse.json(
        { ...review, counts: reviewRatingCounts(review.ratings) },
        { status: 201, headers: { Location: `${base}/plans/${planId}/reviews/${review.id}`, 'Cache-Control': 'no-store' } },
      );
    }),
    http.get(`${base}/plans/:planId/reviews`, async ({ params }) => {
      await wait();
      const found = dataset(params.planId);
      return found ? HttpResponse.json({ asOf: found.reviews.asOf, reviews: found.reviews.reviews.map(reviewSummary) }) : notFound(params.planId);
    }),
    http.get(`${base}/plans/:planId/reviews/:reviewId`, async ({ params }) => {
      await wait();
      const found = dataset(params.planId);
      if (!found) return notFound(params.planId);
      const review = found.reviews.reviews.find((r) => r.id === params.reviewId);
      if (!review) return problem(404, 'Review not found', `Plan "${String(params.planId)}" has no review with id "${String(params.reviewId)}".`);
      return HttpResponse.json({ ...review, counts: reviewRatingCounts(review.ratings) });
    }),
    http.get(`${base}/plans/:planId/summary`, async ({ params }) => {
      await wait();
      const found = dataset(params.planId);
      const actions = store.actions(params.planId);
      return found && actions ? HttpResponse.json(summariseContract({ plan: found.plan, actions, measures: found.measures })) : notFound(params.planId);
    }),
    http.get(`${base}/plans/:planId/measures`, async ({ params }) => {
      await wait();
      const found = dataset(params.planId);
      return found ? HttpResponse.json(found.measures) : notFound(params.planId);
    }),
    // Demo mode builds the same workbook as the server, with the server's own code;
    // exceljs is loaded only when someone asks for the file, never with the demo.
    http.get(`${base}/plans/:planId/export.xlsx`, async ({ params }) => {
      await wait();
      const found = dataset(params.planId);
      if (!found) return notFound(params.planId);
      const { planWorkbookBytes } = await import('../server/export/plan-workbook');
      const bytes = await planWorkbookBytes({ ...found, actions: store.actions(params.planId) ?? found.actions });
      return new HttpResponse(bytes, {
        headers: { 'Content-Type': XLSX_MEDIA_TYPE, 'Content-Disposition': `attachment; filename="${found.plan.id}.xlsx"` },
      });
    }),
    // The demo API has no accounts, like any API that does not sign people in: the
    // dashboard then shows no account and hides nothing. (Demo mode never asks.)
    http.get(`${base}/me`, () => problem(404, 'Not found', 'This API does not sign people in.')),
  ];
}
