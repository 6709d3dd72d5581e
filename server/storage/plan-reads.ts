/**
 * Reads that serve the contract's GET endpoints, each returning exactly the
 * contract's shape (api/openapi.yaml), or undefined when the plan does not exist.
 * Queries run one after another, never in parallel: inside a transaction they share
 * one connection.
 */
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Action, ActionList, DeadlineMove, MeasureList, Plan, PlanList, ReviewDetail, ReviewList, ReviewSummary, RollupSummary } from '../../src/api/schemas';
import { summariseContract } from '../../src/api/summarise';
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

/**
 * Each deadline move of a plan's actions (or of one action), oldest first, from the
 * audit log: an editor's change that moved the effective deadline records the move
 * in the details of its first audit row (see action-writes.ts).
 */
export async function readDeadlineMoves(db: Db, planId: string, actionId?: string): Promise<Map<string, DeadlineMove[]>> {
  const rows = await db
    .select({ actionId: t.auditLog.actionId, at: t.auditLog.at, by: t.auditLog.actorLabel, reason: t.auditLog.reason, move: sql<{ from: string | null; to: string | null }>`${t.auditLog.details}->'deadlineMove'` })
    .from(t.auditLog)
    .where(
      and(
        eq(t.auditLog.planId, planId),
        actionId === undefined ? isNotNull(t.auditLog.actionId) : eq(t.auditLog.actionId, actionId),
        eq(t.auditLog.event, 'action.edited'),
        sql`${t.auditLog.details}->'deadlineMove' is not null`,
      ),
    )
    .orderBy(asc(t.auditLog.id));
  const moves = new Map<string, DeadlineMove[]>();
  for (const [id, group] of groupBy(rows, (r) => r.actionId ?? '')) {
    moves.set(id, group.map((r) => ({ from: r.move.from, to: r.move.to, at: toIsoDateTime(r.at), by: r.by ?? 'unknown', reason: r.reason ?? '' })));
  }
  return moves;
}

/** What the API adds to an action's data: its version (the ETag) and its deadline moves. */
export function servedAction(action: Action, version: number, moves: readonly DeadlineMove[] | undefined): Action {
  return { ...action, version: String(version), ...(moves && moves.length > 0 && { deadlineMoves: [...moves] }) };
}

/**
 * Every action in plan order, each with its notes oldest first: the plan's data (as a
 * bundle holds it) or, with `served`, as GET /plans/{planId}/actions serves it, each
 * action with its version and deadline moves.
 */
export async function readActions(db: Db, planId: string, { served = false }: { served?: boolean } = {}): Promise<ActionList | undefined> {
  const row = await planRow(db, planId);
  if (!row) return undefined;
  const actions = await db.select().from(t.actions).where(eq(t.actions.planId, planId)).orderBy(asc(t.actions.position));
  const notes = await db
    .select()
    .from(t.progressNotes)
    .where(eq(t.progressNotes.planId, planId))
    .orderBy(asc(t.progressNotes.actionId), asc(t.progressNotes.position));
  const notesByAction = groupBy(notes, (n) => n.actionId);
  const moves = served ? await readDeadlineMoves(db, planId) : undefined;
  return {
    asOf: toIsoDateTime(row.actionsAsOf),
    actions: actions.map((a) => {
      const action = toAction(a, notesByAction.get(a.id) ?? []);
      return moves ? servedAction(action, a.version, moves.get(a.id)) : action;
    }),
  };
}

/** GET /plans/{planId}/actions/{actionId}: one action as served, or undefined when the plan or the action is unknown. */
export async function readServedAction(db: Db, planId: string, actionId: string): Promise<Action | undefined> {
  const [row] = await db
    .select()
    .from(t.actions)
    .where(and(eq(t.actions.planId, planId), eq(t.actions.id, actionId)));
  if (!row) return undefined;
  const notes = await db
    .select()
    .from(t.progressNotes)
    .where(and(eq(t.progressNotes.planId, planId), eq(t.progressNotes.actionId, actionId)))
    .orderBy(asc(t.progressNotes.position));
  const moves = await readDeadlineMoves(db, planId, actionId);
  return servedAction(toAction(row, notes), row.version, moves.get(actionId));
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

/**
 * GET /plans/{planId}/summary: the plan's figures from its records as served, decoded
 * and counted by the dashboard's own code (src/api/summarise.ts), so the two agree.
 */
export async function readSummary(db: Db, planId: string): Promise<RollupSummary | undefined> {
  const plan = await readPlan(db, planId);
  const actions = await readActions(db, planId);
  const measures = await readMeasures(db, planId);
  if (!plan || !actions || !measures) return undefined;
  return summariseContract({ plan, actions, measures });
}
