import { delay, http, HttpResponse } from 'msw';
import type { ActionList, MeasureList, Plan, PlanList, Review, ReviewList } from '../src/api/schemas';
import { XLSX_MEDIA_TYPE } from '../src/api/fetchers';
import { reviewRatingCounts } from '../src/domain/review-counts';

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
}

/** RFC 9457 problem details, as a real server sends them. */
export function problem(status: number, title: string, detail?: string) {
  return HttpResponse.json(
    { type: 'about:blank', title, status, ...(detail !== undefined && { detail }) },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** A review as the list sends it: counts, no ratings (those come one review at a time). */
export function reviewSummary({ ratings, ...review }: Review) {
  return { ...review, counts: reviewRatingCounts(ratings) };
}

/** The contract's endpoints served from fixtures: the happy path that tests override. */
export function createHandlers({ baseUrl, plans, datasets, latencyMs = 0 }: HandlerOptions) {
  const base = baseUrl.replace(/\/+$/, '');
  const dataset = (planId: unknown) => (typeof planId === 'string' ? datasets[planId] : undefined);
  const notFound = (planId: unknown) => problem(404, 'Plan not found', `There is no plan with id "${String(planId)}".`);
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
      const found = dataset(params.planId);
      return found ? HttpResponse.json(found.actions) : notFound(params.planId);
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
      const bytes = await planWorkbookBytes(found);
      return new HttpResponse(bytes, {
        headers: { 'Content-Type': XLSX_MEDIA_TYPE, 'Content-Disposition': `attachment; filename="${found.plan.id}.xlsx"` },
      });
    }),
    // The demo API has no accounts, like any API that does not sign people in: the
    // dashboard then shows no account and hides nothing. (Demo mode never asks.)
    http.get(`${base}/me`, () => problem(404, 'Not found', 'This API does not sign people in.')),
  ];
}
