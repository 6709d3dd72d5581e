/**
 * What an import would change in a stored plan, for the dry run's report: actions
 * added and removed, rating changes (better, worse or other, by the domain's own
 * comparison) with those lacking a rationale flagged, and which other records change.
 */

import { dateOfDateTime } from '../../src/domain/dates';
import { type RatingChange, compareSnapshots } from '../../src/domain/review-changes';
import { snapshotFromActions } from '../../src/domain/snapshot';
import type { PlanBundle } from '../storage/plan-bundle';
import { canonicalJson } from './canonical';

export interface RecordChanges {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
}

export interface PlanDiff {
  readonly planId: string;
  /** True when no plan with this id is stored yet. */
  readonly isNew: boolean;
  /** Plan-level fields (title, status, areas, key...) that change. */
  readonly planFields: readonly string[];
  readonly actions: RecordChanges;
  readonly ratingChanges: readonly RatingChange[];
  /** Rating changes with no progress note since the stored data's "as at" date to explain them. */
  readonly withoutRationale: readonly string[];
  readonly reviews: RecordChanges;
  readonly measures: RecordChanges;
  readonly unchanged: boolean;
}

export function diffPlans(stored: PlanBundle | null, next: PlanBundle): PlanDiff {
  const planId = next.plan.id;
  const before = stored ?? { plan: { ...next.plan, areas: [] }, actions: { ...next.actions, actions: [] }, reviews: { ...next.reviews, reviews: [] }, measures: { ...next.measures, measures: [] } };
  const planFields = Object.keys({ ...before.plan, ...next.plan }).filter(
    (key) => key !== 'asOf' && canonicalJson((before.plan as Record<string, unknown>)[key]) !== canonicalJson((next.plan as Record<string, unknown>)[key]),
  );
  const ratingChanges = compareRatings(before.actions, next.actions);
  const actions = recordChanges(before.actions.actions, next.actions.actions);
  const reviews = recordChanges(before.reviews.reviews, next.reviews.reviews);
  const measures = recordChanges(before.measures.measures, next.measures.measures);
  const unchanged = stored !== null && planFields.length === 0 && [actions, reviews, measures].every(isEmpty) && sameOrder(stored, next);
  return {
    planId,
    isNew: stored === null,
    planFields: stored === null ? [] : planFields,
    actions,
    ratingChanges,
    withoutRationale: ratingChanges.filter((change) => change.rationaleMissing).map((change) => change.actionId),
    reviews,
    measures,
    unchanged,
  };
}

function compareRatings(before: PlanBundle['actions'], after: PlanBundle['actions']): RatingChange[] {
  const from = snapshotFromActions(before.actions, dateOfDateTime(before.asOf) ?? '1970-01-01', 'Stored');
  const to = snapshotFromActions(after.actions, dateOfDateTime(after.asOf) ?? '1970-01-01', 'Imported');
  return compareSnapshots(from, to).changes;
}

function recordChanges<T extends { id: string }>(before: readonly T[], after: readonly T[]): RecordChanges {
  const old = new Map(before.map((record) => [record.id, canonicalJson(record)]));
  const ids = new Set(after.map((record) => record.id));
  return {
    added: after.filter((record) => !old.has(record.id)).map((record) => record.id),
    removed: before.filter((record) => !ids.has(record.id)).map((record) => record.id),
    changed: after.filter((record) => old.has(record.id) && old.get(record.id) !== canonicalJson(record)).map((record) => record.id),
  };
}

function isEmpty(changes: RecordChanges): boolean {
  return changes.added.length === 0 && changes.removed.length === 0 && changes.changed.length === 0;
}

/** The same records in a different order is a change too (the plan's order is shown). */
function sameOrder(a: PlanBundle, b: PlanBundle): boolean {
  const ids = (records: readonly { id: string }[]) => records.map((record) => record.id).join('\u0000');
  return ids(a.actions.actions) === ids(b.actions.actions) && ids(a.reviews.reviews) === ids(b.reviews.reviews) && ids(a.measures.measures) === ids(b.measures.measures);
}

