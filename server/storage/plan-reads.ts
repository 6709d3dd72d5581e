/**
 * Reads that serve the contract's GET endpoints, each returning exactly the
 * contract's shape (api/openapi.yaml), or undefined when the plan does not exist.
 * Queries run one after another, never in parallel: inside a transaction they share
 * one connection.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { ActionList, MeasureList, Plan, PlanList, ReviewDetail, ReviewList, ReviewSummary } from '../../src/api/schemas';
import { reviewRatingCounts } from '../../src/domain/review-counts';
import * as t from '../db/schema';
import type { Db } from './database';
import { toAction, toIsoDateTime, toMeasure, toPlan, toPlanSummary, toReview, type Row } from './plan-records';

/** Groups child rows by their parent's id, keeping their order. */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

async function planRow(db: Db, planId: string): Promise<Row<typeof t.plans> | undefined> {
  const [row] = await db.select().from(t.plans).where(eq(t.plans.id, planId));
  return row;
}

/**
 * GET /plans. Sorted by id. `asOf` is the latest `asOf` of the plans listed (the data
 * is no newer than its newest plan), or now when there are none.
 */
export async function listPlans(db: Db): Promise<PlanList> {
  const rows = await db.select().from(t.plans).orderBy(asc(t.plans.id));
  const latest = rows.reduce<Date | undefined>((max, r) => (max && max >= r.asOf ? max : r.asOf), undefined);
  return { asOf: toIsoDateTime(latest ?? new Date()), plans: rows.map(toPlanSummary) };
}

/** The plan's current revision: changes with every write to its data. Undefined when there is no such plan. */
export async function planRevision(db: Db, planId: string): Promise<string | undefined> {
  const [row] = await db.select({ revision: t.plans.revision }).from(t.plans).where(eq(t.plans.id, planId));
  return row?.revision;
}

/** GET /plans/{planId}. */
export async function readPlan(db: Db, planId: string): Promise<Plan | undefined> {
  const row = await planRow(db, planId);
  if (!row) return undefined;
  const areas = await db.select().from(t.areas).where(eq(t.areas.planId, planId)).orderBy(asc(t.areas.position));
  return toPlan(row, areas);
}

/** GET /plans/{planId}/actions: every action in plan order, each with its notes oldest first. */
export async function readActions(db: Db, planId: string): Promise<ActionList | undefined> {
  const row = await planRow(db, planId);
  if (!row) return undefined;
  const actions = await db.select().from(t.actions).where(eq(t.actions.planId, planId)).orderBy(asc(t.actions.position));
  const notes = await db
    .select()
    .from(t.progressNotes)
    .where(eq(t.progressNotes.planId, planId))
    .orderBy(asc(t.progressNotes.actionId), asc(t.progressNotes.position));
  const notesByAction = groupBy(notes, (n) => n.actionId);
  return { asOf: toIsoDateTime(row.actionsAsOf), actions: actions.map((a) => toAction(a, notesByAction.get(a.id) ?? [])) };
}

/** Every review, oldest first, each with its ratings in recorded order (a whole plan's reviews, as a bundle holds them). */
export async function readReviews(db: Db, planId: string): Promise<ReviewList | undefined> {
  const row = await planRow(db, planId);
  if (!row) return undefined;
  const reviews = await db.select().from(t.reviews).where(eq(t.reviews.planId, planId)).orderBy(asc(t.reviews.position));
  const ratings = await db
    .select()
    .from(t.reviewRatings)
    .where(eq(t.reviewRatings.planId, planId))
    .orderBy(asc(t.reviewRatings.reviewId), asc(t.reviewRatings.position));
  const ratingsByReview = groupBy(ratings, (r) => r.reviewId);
  return { asOf: toIsoDateTime(row.reviewsAsOf), reviews: reviews.map((r) => toReview(r, ratingsByReview.get(r.id) ?? [])) };
}

/**
 * GET /plans/{planId}/reviews: each review with how many actions held each rating
 * (counted by the dashboard's own rule in src/domain), without the ratings themselves.
 */
export async function readReviewSummaries(db: Db, planId: string): Promise<{ asOf: string; reviews: ReviewSummary[] } | undefined> {
  const list = await readReviews(db, planId);
  if (!list) return undefined;
  return { asOf: list.asOf, reviews: list.reviews.map(({ ratings, ...review }) => ({ ...review, counts: reviewRatingCounts(ratings) })) };
}

/** GET /plans/{planId}/reviews/{reviewId}: one review with every rating and its counts; undefined when the plan or the review is unknown. */
export async function readReview(db: Db, planId: string, reviewId: string): Promise<ReviewDetail | undefined> {
  const [row] = await db
    .select()
    .from(t.reviews)
    .where(and(eq(t.reviews.planId, planId), eq(t.reviews.id, reviewId)));
  if (!row) return undefined;
  const ratings = await db
    .select()
    .from(t.reviewRatings)
    .where(and(eq(t.reviewRatings.planId, planId), eq(t.reviewRatings.reviewId, reviewId)))
    .orderBy(asc(t.reviewRatings.position));
  const review = toReview(row, ratings);
  return { ...review, counts: reviewRatingCounts(review.ratings) };
}

/** GET /plans/{planId}/measures: in plan order, each with its points oldest first. */
export async function readMeasures(db: Db, planId: string): Promise<MeasureList | undefined> {
  const row = await planRow(db, planId);
  if (!row) return undefined;
  const measures = await db.select().from(t.measures).where(eq(t.measures.planId, planId)).orderBy(asc(t.measures.position));
  const points = await db
    .select()
    .from(t.measurePoints)
    .where(eq(t.measurePoints.planId, planId))
    .orderBy(asc(t.measurePoints.measureId), asc(t.measurePoints.position));
  const pointsByMeasure = groupBy(points, (p) => p.measureId);
  return { asOf: toIsoDateTime(row.measuresAsOf), measures: measures.map((m) => toMeasure(m, pointsByMeasure.get(m.id) ?? [])) };
}
