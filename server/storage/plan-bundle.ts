/**
 * A whole plan as one unit, in the contract's shapes: `{ plan, actions, reviews,
 * measures }`, exactly what GET /plans/{id}, /actions, /reviews and /measures serve.
 * Import and export work in bundles; the server and the command-line tools both call
 * these functions, on whichever database is open (see database.ts).
 *
 * `replacePlanBundle` is the one way a whole plan is written: validated first, then
 * applied in ONE transaction with its audit row, or not at all. It is idempotent:
 * writing the bundle that is already stored changes nothing (no row, no revision, no
 * audit entry), so importing the same file twice is safe.
 */
import { isDeepStrictEqual } from 'node:util';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type * as z from 'zod/mini';
import {
  ActionListSchema,
  MeasureListSchema,
  PlanSchema,
  ReviewListSchema,
  type Action,
  type ActionList,
  type Measure,
  type MeasureList,
  type Plan,
  type Review,
  type ReviewList,
} from '../../src/api/schemas';
import * as t from '../db/schema';
import type { Db } from './database';
import { readActions, readMeasures, readPlan, readReviews } from './plan-reads';
import {
  fromAction,
  fromArea,
  fromMeasure,
  fromPlan,
  fromPoints,
  fromProgress,
  fromReview,
  fromReviewRatings,
  toAction,
  toMeasure,
  toPlan,
  toReview,
} from './plan-records';

export interface PlanBundle {
  plan: Plan;
  actions: ActionList;
  reviews: ReviewList;
  measures: MeasureList;
}

/** One thing wrong with a bundle: where (a JSON path such as `actions[3].areaId`) and what. */
export interface BundleProblem {
  path: string;
  message: string;
}

/** A bundle that cannot be stored. Nothing was written. */
export class PlanBundleError extends Error {
  constructor(readonly problems: readonly BundleProblem[]) {
    super(`The plan cannot be stored: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    this.name = 'PlanBundleError';
  }
}

/** Who made a change, for the audit log: a named process (`seed`, `import`) and, later, a user. */
export interface Actor {
  label: string;
  userId?: string;
}

export interface RecordCounts {
  added: number;
  removed: number;
  changed: number;
}

export interface ReplaceResult {
  /** False when the stored plan already equalled the bundle: nothing was written. */
  changed: boolean;
  created: boolean;
  /** The plan's revision after the call (see plans.revision). */
  revision: string;
  areas: RecordCounts;
  actions: RecordCounts;
  reviews: RecordCounts;
  measures: RecordCounts;
}

// ── reading ─────────────────────────────────────────────────────────────────────

/**
 * The whole plan, read in one transaction so the four parts agree with each other.
 * Undefined when there is no plan with that id.
 */
export async function readPlanBundle(db: Db, planId: string): Promise<PlanBundle | undefined> {
  return db.transaction(async (tx) => readBundleIn(tx, planId), { isolationLevel: 'repeatable read' });
}

async function readBundleIn(db: Db, planId: string): Promise<PlanBundle | undefined> {
  const plan = await readPlan(db, planId);
  const actions = await readActions(db, planId);
  const reviews = await readReviews(db, planId);
  const measures = await readMeasures(db, planId);
  return plan && actions && reviews && measures ? { plan, actions, reviews, measures } : undefined;
}

// ── validating ──────────────────────────────────────────────────────────────────

function zodProblems(prefix: string, error: z.core.$ZodError): BundleProblem[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path].reduce<string>((p, seg) => (typeof seg === 'number' ? `${p}[${seg}]` : p ? `${p}.${String(seg)}` : String(seg)), ''),
    message: issue.message,
  }));
}

function duplicates<T>(items: readonly T[], key: (item: T) => string, path: (index: number) => string, what: string): BundleProblem[] {
  const seen = new Set<string>();
  const problems: BundleProblem[] = [];
  items.forEach((item, index) => {
    const k = key(item);
    if (seen.has(k)) problems.push({ path: path(index), message: `duplicate ${what} "${k}"` });
    seen.add(k);
  });
  return problems;
}

/**
 * Checks a bundle against the contract (the dashboard's own zod schemas, so the rules
 * are written once) and against what the tables need: unique ids, actions in known
 * areas, one point per period. Returns the parsed bundle (unknown fields dropped) or
 * throws PlanBundleError naming every problem.
 */
export function validatePlanBundle(input: unknown): PlanBundle {
  const bundle = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const plan = PlanSchema.safeParse(bundle.plan);
  const actions = ActionListSchema.safeParse(bundle.actions);
  const reviews = ReviewListSchema.safeParse(bundle.reviews);
  const measures = MeasureListSchema.safeParse(bundle.measures);
  const problems: BundleProblem[] = [
    ...(plan.success ? [] : zodProblems('plan', plan.error)),
    ...(actions.success ? [] : zodProblems('actions', actions.error)),
    ...(reviews.success ? [] : zodProblems('reviews', reviews.error)),
    ...(measures.success ? [] : zodProblems('measures', measures.error)),
  ];
  if (!plan.success || !actions.success || !reviews.success || !measures.success) throw new PlanBundleError(problems);

  const areaIds = new Set(plan.data.areas.map((a) => a.id));
  problems.push(
    ...duplicates(plan.data.areas, (a) => a.id, (i) => `plan.areas[${i}].id`, 'area id'),
    ...duplicates(actions.data.actions, (a) => a.id, (i) => `actions.actions[${i}].id`, 'action id'),
    ...duplicates(reviews.data.reviews, (r) => r.id, (i) => `reviews.reviews[${i}].id`, 'review id'),
    ...duplicates(measures.data.measures, (m) => m.id, (i) => `measures.measures[${i}].id`, 'measure id'),
  );
  actions.data.actions.forEach((action, i) => {
    if (!areaIds.has(action.areaId)) problems.push({ path: `actions.actions[${i}].areaId`, message: `unknown area "${action.areaId}"` });
  });
  reviews.data.reviews.forEach((review, i) => {
    problems.push(...duplicates(review.ratings, (r) => r.actionId, (j) => `reviews.reviews[${i}].ratings[${j}].actionId`, 'action id in one review'));
  });
  measures.data.measures.forEach((measure, i) => {
    problems.push(...duplicates(measure.points, (p) => p.periodEnd, (j) => `measures.measures[${i}].points[${j}].periodEnd`, 'period end'));
  });
  if (problems.length > 0) throw new PlanBundleError(problems);
  return { plan: plan.data, actions: actions.data, reviews: reviews.data, measures: measures.data };
}

// ── writing ─────────────────────────────────────────────────────────────────────

/** What the API would serve after storing `bundle`: the bundle passed through the row mappers. */
function canonical(bundle: PlanBundle): PlanBundle {
  const planId = bundle.plan.id;
  const asOf = { plan: bundle.plan.asOf, actions: bundle.actions.asOf, reviews: bundle.reviews.asOf, measures: bundle.measures.asOf };
  const planRow = fromPlan(bundle.plan, asOf);
  return {
    plan: toPlan(planRow, bundle.plan.areas.map((a, i) => fromArea(planId, a, i))),
    actions: {
      asOf: planRow.actionsAsOf.toISOString(),
      actions: bundle.actions.actions.map((a, i) => toAction(fromAction(planId, a, i), fromProgress(planId, a))),
    },
    reviews: {
      asOf: planRow.reviewsAsOf.toISOString(),
      reviews: bundle.reviews.reviews.map((r, i) => toReview(fromReview(planId, r, i), fromReviewRatings(planId, r))),
    },
    measures: {
      asOf: planRow.measuresAsOf.toISOString(),
      measures: bundle.measures.measures.map((m, i) => toMeasure(fromMeasure(planId, m, i), fromPoints(planId, m))),
    },
  };
}

interface Diff<T> {
  added: T[];
  removed: string[];
  changed: T[];
  /** Same content, new place in the list. */
  moved: T[];
}

/** Compares records by id: a record is changed when its served form differs, moved when only its position does. */
function diffById<T extends { id: string }>(before: readonly T[], after: readonly T[]): Diff<T> {
  const old = new Map(before.map((item, index) => [item.id, { item, index }]));
  const diff: Diff<T> = { added: [], removed: [], changed: [], moved: [] };
  after.forEach((item, index) => {
    const previous = old.get(item.id);
    if (!previous) diff.added.push(item);
    else if (!isDeepStrictEqual(previous.item, item)) diff.changed.push(item);
    else if (previous.index !== index) diff.moved.push(item);
  });
  const ids = new Set(after.map((item) => item.id));
  diff.removed = before.filter((item) => !ids.has(item.id)).map((item) => item.id);
  return diff;
}

const counts = (diff: Diff<unknown>): RecordCounts => ({ added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length });

/** PostgreSQL allows 65,535 parameters a statement: insert large lists in slices. */
const INSERT_BATCH = 500;
async function insertAll<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_BATCH) await insert(rows.slice(i, i + INSERT_BATCH));
}

const positions = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item, index) => [item.id, index]));

/**
 * Stores a whole plan: creates it, or brings the stored plan to exactly the bundle's
 * content (records not in the bundle are removed). One transaction, with one audit
 * row, or nothing at all. An action whose content changes gets a new `version`.
 * Throws PlanBundleError (nothing written) when the bundle is invalid.
 */
export async function replacePlanBundle(db: Db, input: unknown, actor: Actor): Promise<ReplaceResult> {
  const next = canonical(validatePlanBundle(input));
  const planId = next.plan.id;
  return db.transaction(async (tx) => {
    // Serialise writers of one plan: a second replace waits for the first to commit.
    await tx.execute(sql`select 1 from ${t.plans} where ${t.plans.id} = ${planId} for update`);
    const current = await readBundleIn(tx, planId);
    if (current && isDeepStrictEqual(current, next)) {
      const [row] = await tx.select({ revision: t.plans.revision }).from(t.plans).where(eq(t.plans.id, planId));
      const none = { added: 0, removed: 0, changed: 0 };
      return { changed: false, created: false, revision: row?.revision ?? '', areas: none, actions: none, reviews: none, measures: none };
    }

    const areas = diffById(current?.plan.areas ?? [], next.plan.areas);
    const actions = diffById(current?.actions.actions ?? [], next.actions.actions);
    const reviews = diffById(current?.reviews.reviews ?? [], next.reviews.reviews);
    const measures = diffById(current?.measures.measures ?? [], next.measures.measures);
    await refuseChangesToRecordedReviews(tx, planId, reviews, next.reviews.reviews);

    const planValues = fromPlan(next.plan, {
      plan: next.plan.asOf,
      actions: next.actions.asOf,
      reviews: next.reviews.asOf,
      measures: next.measures.asOf,
    });
    const [saved] = await tx
      .insert(t.plans)
      .values(planValues)
      .onConflictDoUpdate({ target: t.plans.id, set: { ...planValues, revision: sql`gen_random_uuid()`, updatedAt: sql`now()` } })
      .returning({ revision: t.plans.revision });

    // Areas first (actions refer to them), removed areas last (after their actions moved or went).
    const areaPositions = positions(next.plan.areas);
    const upsertAreas = [...areas.added, ...areas.changed, ...areas.moved];
    for (const area of upsertAreas) {
      const values = fromArea(planId, area, areaPositions.get(area.id) ?? 0);
      await tx.insert(t.areas).values(values).onConflictDoUpdate({ target: [t.areas.planId, t.areas.id], set: values });
    }

    await writeActions(tx, planId, actions, positions(next.actions.actions));
    await writeReviews(tx, planId, reviews, positions(next.reviews.reviews));
    await writeMeasures(tx, planId, measures, positions(next.measures.measures));

    if (areas.removed.length > 0) await tx.delete(t.areas).where(and(eq(t.areas.planId, planId), inArray(t.areas.id, areas.removed)));

    const summary = { areas: counts(areas), actions: counts(actions), reviews: counts(reviews), measures: counts(measures) };
    await tx.insert(t.auditLog).values({
      event: current ? 'plan.replaced' : 'plan.created',
      actorLabel: actor.label,
      actorUserId: actor.userId ?? null,
      planId,
      details: summary,
    });
    return { changed: true, created: !current, revision: saved?.revision ?? '', ...summary };
  });
}

async function writeActions(tx: Db, planId: string, diff: Diff<Action>, order: Map<string, number>): Promise<void> {
  const where = (ids: string[]) => and(eq(t.actions.planId, planId), inArray(t.actions.id, ids));
  if (diff.removed.length > 0) await tx.delete(t.actions).where(where(diff.removed));
  for (const action of diff.moved) {
    await tx.update(t.actions).set({ position: order.get(action.id) ?? 0 }).where(where([action.id]));
  }
  for (const action of diff.changed) {
    const values = fromAction(planId, action, order.get(action.id) ?? 0);
    await tx
      .update(t.actions)
      .set({ ...values, version: sql`${t.actions.version} + 1`, updatedAt: sql`now()` })
      .where(where([action.id]));
    await tx.delete(t.progressNotes).where(and(eq(t.progressNotes.planId, planId), eq(t.progressNotes.actionId, action.id)));
  }
  await insertAll(diff.added.map((a) => fromAction(planId, a, order.get(a.id) ?? 0)), (rows) => tx.insert(t.actions).values(rows));
  await insertAll([...diff.added, ...diff.changed].flatMap((a) => fromProgress(planId, a)), (rows) => tx.insert(t.progressNotes).values(rows));
}

/**
 * The database refuses to change a review the board recorded (a trigger); saying so
 * here, by review, turns that refusal into a problem the import report can name.
 */
async function refuseChangesToRecordedReviews(tx: Db, planId: string, diff: Diff<Review>, next: readonly Review[]): Promise<void> {
  const touched = [...diff.removed, ...diff.changed.map((r) => r.id)];
  if (touched.length === 0) return;
  const recorded = await tx
    .select({ id: t.reviews.id, recordedAt: t.reviews.recordedAt })
    .from(t.reviews)
    .where(and(eq(t.reviews.planId, planId), inArray(t.reviews.id, touched), isNotNull(t.reviews.recordedAt)));
  if (recorded.length === 0) return;
  const problems = recorded.map(({ id, recordedAt }) => {
    const index = next.findIndex((r) => r.id === id);
    const on = recordedAt ? ` on ${recordedAt.toISOString().slice(0, 10)}` : '';
    return index === -1
      ? { path: 'reviews.reviews', message: `review "${id}" was recorded by the board${on} and cannot be removed: keep it in reviews.json, or leave reviews.json out` }
      : { path: `reviews.reviews[${index}]`, message: `review "${id}" was recorded by the board${on} and cannot be changed: keep it exactly as served, or leave reviews.json out` };
  });
  throw new PlanBundleError(problems);
}

async function writeReviews(tx: Db, planId: string, diff: Diff<Review>, order: Map<string, number>): Promise<void> {
  const where = (ids: string[]) => and(eq(t.reviews.planId, planId), inArray(t.reviews.id, ids));
  // A changed review is written anew: its ratings go with it (cascade).
  const gone = [...diff.removed, ...diff.changed.map((r) => r.id)];
  if (gone.length > 0) await tx.delete(t.reviews).where(where(gone));
  for (const review of diff.moved) {
    await tx.update(t.reviews).set({ position: order.get(review.id) ?? 0 }).where(where([review.id]));
  }
  const fresh = [...diff.added, ...diff.changed];
  await insertAll(fresh.map((r) => fromReview(planId, r, order.get(r.id) ?? 0)), (rows) => tx.insert(t.reviews).values(rows));
  await insertAll(fresh.flatMap((r) => fromReviewRatings(planId, r)), (rows) => tx.insert(t.reviewRatings).values(rows));
}

async function writeMeasures(tx: Db, planId: string, diff: Diff<Measure>, order: Map<string, number>): Promise<void> {
  const where = (ids: string[]) => and(eq(t.measures.planId, planId), inArray(t.measures.id, ids));
  const gone = [...diff.removed, ...diff.changed.map((m) => m.id)];
  if (gone.length > 0) await tx.delete(t.measures).where(where(gone));
  for (const measure of diff.moved) {
    await tx.update(t.measures).set({ position: order.get(measure.id) ?? 0 }).where(where([measure.id]));
  }
  const fresh = [...diff.added, ...diff.changed];
  await insertAll(fresh.map((m) => fromMeasure(planId, m, order.get(m.id) ?? 0)), (rows) => tx.insert(t.measures).values(rows));
  await insertAll(fresh.flatMap((m) => fromPoints(planId, m)), (rows) => tx.insert(t.measurePoints).values(rows));
}
