import { z } from './zod-setup';
import { ApiError, notJsonError, type Resource } from './errors';
import type { DataProblem } from './problems';
import { actionDeadlineProblems, pointsInOrder } from './record-checks';
import { joinPath, parseRecords, type RecordStream } from './records';
import {
  ActionHistoryEnvelope,
  ActionListEnvelope,
  ActionSchema,
  AreaSchema,
  HistoryEntrySchema,
  MeasureListEnvelope,
  MeasureSchema,
  PlanEnvelope,
  PlanListEnvelope,
  PlanSummarySchema,
  PointSchema,
  ReviewEnvelope,
  ReviewListEnvelope,
  ReviewRatingSchema,
  ReviewSummarySchema,
  RollupSummarySchema,
  type Action,
  type HistoryEntry,
  type Measure,
  type Plan,
  type PlanSummary,
  type RatingCountsRecord,
  type ReviewDetail,
  type ReviewRating,
  type ReviewSummary,
  type RollupSummary,
} from './schemas';
import { reviewRatingCounts } from '../domain/review-counts';

/**
 * Every response of the contract, checked at the boundary: the top level must match
 * or the whole response is a contract error; lists are checked record by record, so
 * a bad record is named and left out and the rest is kept. Pure functions of the
 * parsed body, run on the main thread for small responses and in a Web Worker for
 * large ones (`decode-worker.ts`): the one place where records are validated.
 */

/** A list as the dashboard uses it: the valid records, and what was wrong with the rest. */
export interface ListResult<T> {
  asOf: string;
  items: T[];
  problems: DataProblem[];
}

export interface ReviewResult {
  review: ReviewDetail;
  problems: DataProblem[];
}

/** An action's history, newest first: the valid entries, and what was wrong with the rest. */
export interface HistoryResult {
  entries: HistoryEntry[];
  problems: DataProblem[];
}

export interface PlanResult {
  plan: Plan;
  problems: DataProblem[];
}

export function decodePlans(raw: unknown): ListResult<PlanSummary> {
  const body = parseEnvelope('plans', PlanListEnvelope, raw);
  const { records, problems } = parseRecords('plans', body.plans, PlanSummarySchema);
  return { asOf: body.asOf, items: records, problems };
}

export function decodePlan(raw: unknown): PlanResult {
  const body = parseEnvelope('plan', PlanEnvelope, raw);
  const { records, problems } = parseRecords('plan', body.areas, AreaSchema, { pathPrefix: 'areas' });
  return { plan: { ...body, areas: records }, problems };
}

/** `stream`: hears the valid actions part by part while the rest are checked (the decode worker). */
export function decodeActions(raw: unknown, stream?: RecordStream<Action>): ListResult<Action> {
  const body = parseEnvelope('actions', ActionListEnvelope, raw);
  const { records, problems } = parseRecords('actions', body.actions, ActionSchema, { ...(stream && { stream }) });
  return { asOf: body.asOf, items: records, problems: [...problems, ...actionDeadlineProblems(records)] };
}

export function decodeReviews(raw: unknown): ListResult<ReviewSummary> {
  const body = parseEnvelope('reviews', ReviewListEnvelope, raw);
  const outer = parseRecords('reviews', body.reviews, ReviewListItem);
  const problems = [...outer.problems];
  const items = outer.records.map((review): ReviewSummary => {
    if (review.ratings === undefined) return { ...review, counts: review.counts as RatingCountsRecord, ratings: undefined };
    // A server written to the first contract sends every rating: keep them (no
    // second request is needed to compare that review) and count them.
    const ratings = parseRatings(review.id, review.ratings, problems);
    return { ...review, counts: review.counts ?? reviewRatingCounts(ratings), ratings };
  });
  return { asOf: body.asOf, items, problems };
}

/** One review with every rating. `stream`: hears the valid ratings part by part, as for actions. */
export function decodeReview(raw: unknown, stream?: RecordStream<ReviewRating>): ReviewResult {
  const body = parseEnvelope('review', ReviewEnvelope, raw);
  const problems: DataProblem[] = [];
  const ratings = parseRatings(body.id, body.ratings, problems, 'review', stream);
  return { review: { ...body, counts: body.counts ?? reviewRatingCounts(ratings), ratings }, problems };
}

// A review with one bad rating keeps its other ratings: the record is the rating.
function parseRatings(reviewId: string, ratings: readonly unknown[], problems: DataProblem[], resource: Resource = 'reviews', stream?: RecordStream<ReviewRating>): ReviewRating[] {
  const inner = parseRecords(resource, ratings, ReviewRatingSchema, { idKey: 'actionId', pathPrefix: 'ratings', parentId: reviewId, ...(stream && { stream }) });
  problems.push(...inner.problems);
  return inner.records;
}

export function decodeMeasures(raw: unknown): ListResult<Measure> {
  const body = parseEnvelope('measures', MeasureListEnvelope, raw);
  // A measure with one bad point keeps its other points; the problem names the point.
  const outer = parseRecords('measures', body.measures, z.extend(MeasureSchema, { points: unknownList }));
  const problems = [...outer.problems];
  const items = outer.records.map((measure): Measure => {
    const inner = parseRecords('measures', measure.points, PointSchema, {
      idKey: 'periodEnd',
      pathPrefix: 'points',
      parentId: measure.id,
    });
    const ordered = pointsInOrder(measure.id, inner.records, measure.points);
    problems.push(...inner.problems, ...ordered.problems);
    return { ...measure, points: ordered.points };
  });
  return { asOf: body.asOf, items, problems };
}

/** An action's history. Entries have no id of their own (one change writes several): a bad one is named by its position. */
export function decodeHistory(raw: unknown): HistoryResult {
  const body = parseEnvelope('history', ActionHistoryEnvelope, raw);
  const { records, problems } = parseRecords('history', body.entries, HistoryEntrySchema, { idKey: null, pathPrefix: 'entries' });
  return { entries: records, problems };
}

/**
 * The plan's figures (`GET /plans/{planId}/summary`): small, and all or nothing: a
 * figure that does not match the contract leaves the overview to count the records.
 */
export function decodeSummary(raw: unknown): RollupSummary {
  return parseEnvelope('summary', RollupSummarySchema, raw);
}

const unknownList = PlanListEnvelope.shape.plans;

/** A list item needs its counts, or ratings to count (the first contract's shape). */
const ReviewListItem = z.extend(ReviewSummarySchema, { ratings: z.optional(unknownList) }).check(
  z.refine((review) => review.counts !== undefined || review.ratings !== undefined, {
    error: 'is missing: a review in the list needs its counts (or its ratings)',
    path: ['counts'],
  }),
);


/** The top level must match the contract, or nothing in the response can be trusted. */
function parseEnvelope<S extends z.ZodMiniType>(resource: Resource, schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => {
    const path = joinPath('', issue.path);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  throw new ApiError({ kind: 'contract', resource, issues });
}

/**
 * Each response kind with its decoder; the worker and the main thread share this table.
 * The decoders of a long list (actions, one review's ratings) take a `RecordStream`.
 */
export const decoders = {
  plans: decodePlans,
  plan: decodePlan,
  actions: decodeActions,
  reviews: decodeReviews,
  review: decodeReview,
  measures: decodeMeasures,
  history: decodeHistory,
  summary: decodeSummary,
} satisfies Partial<Record<Resource, (raw: unknown) => unknown>>;

export type DecoderKind = keyof typeof decoders;
export type Decoded<K extends DecoderKind> = ReturnType<(typeof decoders)[K]>;

/**
 * Parses a response body as JSON and decodes it; a body that is not JSON is a contract
 * error. `stream` goes to the decoders that take one; the result is the same either way.
 */
export function decodeText<K extends DecoderKind>(kind: K, text: string, stream?: RecordStream<unknown>): Decoded<K> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw notJsonError(kind, text, cause);
  }
  const decode = decoders[kind] as (raw: unknown, stream?: RecordStream<unknown>) => Decoded<K>;
  return decode(raw, stream);
}
