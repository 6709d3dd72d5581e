/**
 * Contract records ↔ table rows. The only place that knows both shapes: reads build
 * contract records from rows, writes build rows from contract records, and a record
 * passed through both (`canonical*`) is exactly what the API would serve back, which
 * is how a write tells whether anything changed.
 *
 * Invariant: a nullable column holding null is served as an absent field, except
 * where the contract makes the field required-and-nullable (`rating`, point `value`)
 * or where the demo data always states it (`deadline`, served as null when unknown).
 */
import type { Action, Area, Measure, Plan, PlanSummary, Point, ProgressNote, Review, ReviewRating } from '../../src/api/schemas';
import type * as t from '../db/schema';

type Bookkeeping = 'createdAt' | 'updatedAt' | 'revision' | 'authorId' | 'recordedBy' | 'recordedAt';
/** A row's data columns: what a contract record determines (bookkeeping is the database's). */
export type Row<T extends { $inferSelect: object }> = Omit<T['$inferSelect'], Bookkeeping>;
/** An action's data columns; its `version` is bookkeeping (optimistic concurrency). */
export type ActionRow = Omit<Row<typeof t.actions>, 'version'>;

/** Copies only the defined, non-null entries: null columns become absent fields. */
function present<T extends Record<string, unknown>>(fields: T): { [K in keyof T]?: NonNullable<T[K]> } {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== null && value !== undefined) out[key] = value;
  return out as { [K in keyof T]?: NonNullable<T[K]> };
}

export function toIsoDateTime(date: Date): string {
  return date.toISOString();
}

// ── plans and areas ─────────────────────────────────────────────────────────────

export function toPlanSummary(row: Row<typeof t.plans>): PlanSummary {
  return {
    id: row.id,
    title: row.title,
    organisation: row.organisation,
    status: row.status,
    ...present({ version: row.version, publishedOn: row.publishedOn, reviewCadence: row.reviewCadence }),
  };
}

export function toArea(row: Row<typeof t.areas>): Area {
  return { id: row.id, number: row.number, title: row.title, ...present({ shortTitle: row.shortTitle, source: row.source }) };
}

export function toPlan(row: Row<typeof t.plans>, areas: readonly Row<typeof t.areas>[]): Plan {
  return {
    ...toPlanSummary(row),
    asOf: toIsoDateTime(row.asOf),
    ...present({ ratingDefinitions: row.ratingDefinitions, leadAliases: row.leadAliases }),
    areas: areas.map(toArea),
  };
}

/** The plan row's data columns (not its bookkeeping: revision, timestamps). */
export interface PlanAsOf {
  plan: string;
  actions: string;
  reviews: string;
  measures: string;
}

export function fromPlan(plan: Plan, asOf: PlanAsOf): Row<typeof t.plans> {
  return {
    id: plan.id,
    title: plan.title,
    organisation: plan.organisation,
    status: plan.status,
    version: plan.version ?? null,
    publishedOn: plan.publishedOn ?? null,
    reviewCadence: plan.reviewCadence ?? null,
    ratingDefinitions: plan.ratingDefinitions ?? null,
    leadAliases: plan.leadAliases ?? null,
    asOf: new Date(asOf.plan),
    actionsAsOf: new Date(asOf.actions),
    reviewsAsOf: new Date(asOf.reviews),
    measuresAsOf: new Date(asOf.measures),
  };
}

export function fromArea(planId: string, area: Area, position: number): Row<typeof t.areas> {
  return {
    planId,
    id: area.id,
    position,
    number: area.number,
    title: area.title,
    shortTitle: area.shortTitle ?? null,
    source: area.source ?? null,
  };
}

// ── actions ─────────────────────────────────────────────────────────────────────

export function toProgressNote(row: Row<typeof t.progressNotes>): ProgressNote {
  return { ...present({ date: row.date }), text: row.text, ...present({ by: row.authorName }) };
}

export function toAction(row: ActionRow, notes: readonly Row<typeof t.progressNotes>[]): Action {
  return {
    id: row.id,
    areaId: row.areaId,
    title: row.title,
    lead: row.lead,
    ...present({ leadName: row.leadName }),
    deadline: row.deadline,
    ...present({ deadlineText: row.deadlineText }),
    rating: row.rating,
    ...present({ ratedOn: row.ratedOn }),
    progress: notes.map(toProgressNote),
    ...present({ measureIds: row.measureIds, rationale: row.rationale }),
  };
}

export function fromAction(planId: string, action: Action, position: number): ActionRow {
  return {
    planId,
    id: action.id,
    areaId: action.areaId,
    position,
    title: action.title,
    lead: action.lead,
    leadName: action.leadName ?? null,
    deadline: action.deadline ?? null,
    deadlineText: action.deadlineText ?? null,
    rating: action.rating,
    ratedOn: action.ratedOn ?? null,
    measureIds: action.measureIds ?? null,
    rationale: action.rationale ?? null,
  };
}

export function fromProgress(planId: string, action: Action): Row<typeof t.progressNotes>[] {
  return action.progress.map((note, position) => ({ planId, actionId: action.id, position, date: note.date ?? null, text: note.text, authorName: note.by ?? null }));
}

// ── reviews ─────────────────────────────────────────────────────────────────────

export function toReviewRating(row: Row<typeof t.reviewRatings>): ReviewRating {
  return { actionId: row.actionId, rating: row.rating, ...present({ rationale: row.rationale }) };
}

export function toReview(row: Row<typeof t.reviews>, ratings: readonly Row<typeof t.reviewRatings>[]): Review {
  return { id: row.id, date: row.date, forum: row.forum, ratings: ratings.map(toReviewRating) };
}

export function fromReview(planId: string, review: Review, position: number): Row<typeof t.reviews> {
  return { planId, id: review.id, position, date: review.date, forum: review.forum };
}

export function fromReviewRatings(planId: string, review: Review): Row<typeof t.reviewRatings>[] {
  return review.ratings.map((r, position) => ({
    planId,
    reviewId: review.id,
    position,
    actionId: r.actionId,
    rating: r.rating,
    rationale: r.rationale ?? null,
  }));
}

// ── measures ────────────────────────────────────────────────────────────────────

export function toPoint(row: Row<typeof t.measurePoints>): Point {
  return {
    periodEnd: row.periodEnd,
    ...present({ periodLabel: row.periodLabel }),
    value: row.value,
    ...present({
      numerator: row.numerator,
      denominator: row.denominator,
      lower: row.lower,
      upper: row.upper,
      status: row.status,
      note: row.note,
    }),
  };
}

export function toMeasure(row: Row<typeof t.measures>, points: readonly Row<typeof t.measurePoints>[]): Measure {
  return {
    id: row.id,
    title: row.title,
    areaIds: row.areaIds,
    unit: row.unit as Measure['unit'],
    polarity: row.polarity as Measure['polarity'],
    frequency: row.frequency as Measure['frequency'],
    ...present({
      decimals: row.decimals,
      target: row.target,
      definition: row.definition,
      source: row.source,
      outsideControl: row.outsideControl,
    }),
    points: points.map(toPoint),
    ...present({ comparators: row.comparators }),
  };
}

export function fromMeasure(planId: string, measure: Measure, position: number): Row<typeof t.measures> {
  return {
    planId,
    id: measure.id,
    position,
    title: measure.title,
    areaIds: measure.areaIds,
    unit: measure.unit,
    polarity: measure.polarity,
    frequency: measure.frequency,
    decimals: measure.decimals ?? null,
    target: measure.target ?? null,
    definition: measure.definition ?? null,
    source: measure.source ?? null,
    outsideControl: measure.outsideControl ?? null,
    comparators: measure.comparators ?? null,
  };
}

export function fromPoints(planId: string, measure: Measure): Row<typeof t.measurePoints>[] {
  return measure.points.map((p, position) => ({
    planId,
    measureId: measure.id,
    position,
    periodEnd: p.periodEnd,
    periodLabel: p.periodLabel ?? null,
    value: p.value,
    numerator: p.numerator ?? null,
    denominator: p.denominator ?? null,
    lower: p.lower ?? null,
    upper: p.upper ?? null,
    status: p.status ?? null,
    note: p.note ?? null,
  }));
}
