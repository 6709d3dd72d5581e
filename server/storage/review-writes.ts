/**
 * Recording the board's ratings: every action's current rating and rationale, read
 * exactly as the dashboard reads "now" (src/domain/snapshot.ts), stored as a review in
 * one transaction with its audit row. A recorded review is marked (`recorded_at`) and
 * the database refuses to change it afterwards (migration 0004).
 */
import { and, desc, eq, like, sql } from 'drizzle-orm';
import type { ReviewDetail } from '../../src/api/schemas';
import { snapshotFromActions } from '../../src/domain/snapshot';
import { checkReviewCreate, reviewDateProblem, type FieldProblem } from '../../src/domain/write-rules';
import * as t from '../db/schema';
import type { WriteActor } from './action-writes';
import type { Db } from './database';
import { readActions, readReview } from './plan-reads';

export type RecordReviewResult = { kind: 'recorded'; review: ReviewDetail } | { kind: 'not-found' } | { kind: 'invalid'; errors: readonly FieldProblem[] };

/** `review-2024-01-11`, then `review-2024-01-11-2` ... for a second meeting that day. */
function nextReviewId(date: string, taken: ReadonlySet<string>): string {
  const base = `review-${date}`;
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

export async function recordReview(db: Db, planId: string, body: unknown, actor: WriteActor, now: Date): Promise<RecordReviewResult> {
  const checked = checkReviewCreate(body);
  if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
  const { title, date } = checked.value;
  return db.transaction(async (tx) => {
    // One recorder at a time per plan, and no action changes between reading and storing.
    const [plan] = await tx.select({ id: t.plans.id }).from(t.plans).where(eq(t.plans.id, planId)).for('update');
    if (!plan) return { kind: 'not-found' };
    const [latest] = await tx
      .select({ date: t.reviews.date, position: t.reviews.position })
      .from(t.reviews)
      .where(eq(t.reviews.planId, planId))
      .orderBy(desc(t.reviews.date), desc(t.reviews.position))
      .limit(1);
    // Reviews are listed oldest first and the latest is the default comparison: a new one comes last.
    const tooEarly = reviewDateProblem(date, latest?.date ?? null);
    if (tooEarly) return { kind: 'invalid', errors: [tooEarly] };
    const taken = await tx
      .select({ id: t.reviews.id })
      .from(t.reviews)
      .where(and(eq(t.reviews.planId, planId), like(t.reviews.id, `review-${date}%`)));
    const id = nextReviewId(date, new Set(taken.map((r) => r.id)));
    const [last] = await tx
      .select({ position: sql<number>`coalesce(max(${t.reviews.position}), -1)` })
      .from(t.reviews)
      .where(eq(t.reviews.planId, planId));

    const actions = (await readActions(tx, planId))?.actions ?? [];
    const snapshot = snapshotFromActions(actions, date);
    await tx.insert(t.reviews).values({ planId, id, position: Number(last?.position ?? -1) + 1, date, forum: title, recordedBy: actor.userId ?? null, recordedAt: now });
    const ratings = [...snapshot.ratings].map(([actionId, entry], position) => ({ planId, reviewId: id, position, actionId, rating: entry.rating, rationale: entry.rationale ?? null }));
    for (let i = 0; i < ratings.length; i += 500) await tx.insert(t.reviewRatings).values(ratings.slice(i, i + 500));
    await tx.insert(t.auditLog).values({
      at: now,
      event: 'review.recorded',
      actorUserId: actor.userId ?? null,
      actorTokenId: actor.tokenId ?? null,
      actorLabel: actor.name,
      planId,
      details: { reviewId: id, title, date, ratings: ratings.length },
    });
    await tx
      .update(t.plans)
      .set({ revision: sql`gen_random_uuid()`, reviewsAsOf: sql`greatest(${t.plans.reviewsAsOf}, ${now.toISOString()}::timestamptz)`, updatedAt: now })
      .where(eq(t.plans.id, planId));
    const review = await readReview(tx, planId, id);
    return review ? { kind: 'recorded', review } : { kind: 'not-found' };
  });
}
