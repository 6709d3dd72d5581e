import { z } from './zod-setup';
import { DEADLINE_PATTERN } from '../domain/deadlines';
import { PLAN_ROLES } from '../domain/roles';

/**
 * Runtime schemas for every type in api/openapi.yaml. Types are inferred from
 * these, never written twice. Unknown fields are stripped (the contract lets servers
 * add fields). Lists are validated record by record in `records.ts`, so each list
 * schema here has an `Item` schema and an envelope whose array is left `unknown`.
 */

const nonEmpty = () => z.string().check(z.minLength(1));
const isoDate = z.iso.date({ error: 'must be a real date as YYYY-MM-DD' });
const isoDateTime = z.iso.datetime({ offset: true, error: 'must be a real date-time with an offset' });

export const RATINGS = ['blue', 'green', 'amber', 'red', 'not-due'] as const;
export const RatingSchema = z.enum(RATINGS);
/** null means "not yet rated": the product says so and never guesses. */
export const NullableRatingSchema = z.nullable(RatingSchema);

export const PlanSummarySchema = z.object({
  id: nonEmpty(),
  title: z.string(),
  organisation: z.string(),
  status: z.enum(['draft', 'active', 'closed']),
  version: z.optional(z.string()),
  publishedOn: z.optional(isoDate),
  reviewCadence: z.optional(z.string()),
});

export const AreaSchema = z.object({
  id: nonEmpty(),
  number: z.int().check(z.minimum(1)),
  title: z.string(),
  shortTitle: z.optional(z.string()),
  source: z.optional(z.enum(['inspection', 'peer-review', 'local'])),
});

/** One body written several ways in the plan: every alias is read as `name` (domain/leads.ts). */
export const LeadAliasSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1)),
  aliases: z.array(z.string().check(z.trim(), z.minLength(1))).check(z.minLength(1)),
});

export const PlanSchema = z.extend(PlanSummarySchema, {
  asOf: isoDateTime,
  ratingDefinitions: z.optional(z.record(z.string(), z.string())),
  leadAliases: z.optional(z.array(LeadAliasSchema)),
  areas: z.array(AreaSchema),
});

export const ProgressNoteSchema = z.object({
  date: z.optional(isoDate),
  text: z.string(),
  /** Who wrote it through the API; absent for notes imported from the plan. */
  by: z.optional(z.string()),
});

/** An editor moved the deadline (from the action's history). */
export const DeadlineMoveSchema = z.object({
  from: z.nullable(z.string()),
  to: z.nullable(z.string()),
  at: isoDateTime,
  by: z.string(),
  reason: z.string(),
});

export { DEADLINE_PATTERN };

export const ActionSchema = z.object({
  id: nonEmpty(),
  areaId: nonEmpty(),
  title: z.string(),
  lead: z.string(),
  leadName: z.optional(z.string()),
  // The pattern only: an impossible calendar date (2023-02-30) passes here and is
  // reported by the domain's deadline parser, which owns date rules.
  deadline: z.optional(z.nullable(z.string().check(z.regex(DEADLINE_PATTERN, { error: 'must be YYYY-MM or YYYY-MM-DD' })))),
  deadlineText: z.optional(z.nullable(z.string())),
  rating: NullableRatingSchema,
  ratedOn: z.optional(isoDate),
  progress: z.array(ProgressNoteSchema),
  measureIds: z.optional(z.array(z.string())),
  /** Why the rating is what it is, as given with the latest rating change. */
  rationale: z.optional(z.string()),
  /** The version behind the action's ETag; absent from a read-only server. */
  version: z.optional(z.string()),
  deadlineMoves: z.optional(z.array(DeadlineMoveSchema)),
});

export const ReviewRatingSchema = z.object({
  actionId: nonEmpty(),
  rating: NullableRatingSchema,
  rationale: z.optional(z.string()),
});

const count = z.int().check(z.minimum(0));
/** How many actions held each rating at a review; `unrated` counts the actions with no rating. */
export const RatingCountsSchema = z.object({
  blue: count,
  green: count,
  amber: count,
  red: count,
  'not-due': count,
  unrated: count,
});

/** A rollup's figures: counts by rating, total, and the deadline counts (domain/rollup-types.ts `Rollup`). */
const RollupFiguresSchema = z.object({
  counts: RatingCountsSchema,
  total: count,
  overdue: count,
  dueSoon: count,
  invalidDeadlines: count,
});

const MeasureStateCountsSchema = z.object({
  total: count,
  notMeeting: count,
  byState: z.object({
    'on-target': count,
    'near-target': count,
    'off-target': count,
    'no-target': count,
    'not-collected': count,
    'no-figure': count,
  }),
});

/**
 * `GET /plans/{planId}/summary`: the overview's figures worked out by the server from
 * the same records (and the same rules) the dashboard would count, so a large plan's
 * overview needs no list of actions or measures to show them.
 */
export const RollupSummarySchema = z.object({
  asOf: isoDateTime,
  /** The date the deadline rules were applied on (domain/as-of.ts). */
  referenceDate: isoDate,
  actions: RollupFiguresSchema,
  areas: z.array(z.extend(RollupFiguresSchema, { areaId: nonEmpty() })),
  measures: z.extend(MeasureStateCountsSchema, { areas: z.array(z.extend(MeasureStateCountsSchema, { areaId: nonEmpty() })) }),
});

/** One review with every action's rating (`GET /plans/{planId}/reviews/{reviewId}`). */
export const ReviewSchema = z.object({
  id: nonEmpty(),
  date: isoDate,
  forum: z.string(),
  counts: z.optional(RatingCountsSchema),
  ratings: z.array(ReviewRatingSchema),
});

/**
 * A review as the list sends it: its counts, and its ratings only from a server
 * written to the first contract (which had no counts and always sent ratings).
 */
export const ReviewSummarySchema = z.extend(ReviewSchema, { ratings: z.optional(z.array(ReviewRatingSchema)) });

export const UNITS = ['percent', 'count', 'rate-per-10000', 'days', 'weeks', 'ratio', 'score', 'currency-gbp'] as const;
export const POLARITIES = ['high-is-good', 'low-is-good', 'in-range-is-good', 'no-judgement'] as const;
export const POINT_STATUSES = ['final', 'provisional', 'revised', 'suppressed', 'not-available'] as const;

export const TargetSchema = z.object({
  value: z.optional(z.number()),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  tolerance: z.optional(z.number().check(z.minimum(0))),
  note: z.optional(z.string()),
});

export const PointSchema = z.object({
  periodEnd: isoDate,
  periodLabel: z.optional(z.string()),
  value: z.nullable(z.number()),
  // Counts of children or cases: a negative one is a data error, not a figure.
  numerator: z.optional(z.number().check(z.minimum(0))),
  denominator: z.optional(z.number().check(z.minimum(0))),
  lower: z.optional(z.number()),
  upper: z.optional(z.number()),
  status: z.optional(z.enum(POINT_STATUSES)),
  note: z.optional(z.string()),
});

export const ComparatorSchema = z.object({
  group: z.string(),
  periodLabel: z.optional(z.string()),
  periodEnd: z.optional(isoDate),
  value: z.number(),
});

export const MeasureSchema = z.object({
  id: nonEmpty(),
  title: z.string(),
  areaIds: z.array(z.string()),
  unit: z.enum(UNITS),
  polarity: z.enum(POLARITIES),
  frequency: z.enum(['monthly', 'quarterly', 'annual']),
  decimals: z.optional(z.int().check(z.minimum(0), z.maximum(4))),
  target: z.optional(TargetSchema),
  definition: z.optional(z.string()),
  source: z.optional(z.string()),
  outsideControl: z.optional(z.boolean()),
  points: z.array(PointSchema),
  comparators: z.optional(z.array(ComparatorSchema)),
});

export const ProblemSchema = z.object({
  type: z.optional(z.string()),
  title: z.optional(z.string()),
  status: z.optional(z.int()),
  detail: z.optional(z.string()),
  /** The reference server's 401 names where to sign in (`/auth/login`), relative to the API's address. */
  signIn: z.optional(z.string()),
});

/** GET /me: who is signed in, and their role and lead keys on each plan they may see. */
export const MeSchema = z.object({
  name: z.string(),
  kind: z.enum(['user', 'token']),
  demo: z.boolean(),
  plans: z.array(z.object({ planId: z.string(), role: z.enum(PLAN_ROLES), leadKeys: z.array(z.string()) })),
});

/** One change in an action's history (`GET .../actions/{actionId}/history`). */
export const HistoryEntrySchema = z.object({
  at: isoDateTime,
  by: z.string(),
  version: z.string(),
  change: z.enum(['update', 'edit']),
  field: z.enum(['progress', 'rating', 'title', 'lead', 'leadName', 'deadline', 'deadlineText']),
  from: z.nullable(z.string()),
  to: z.nullable(z.string()),
  reason: z.nullable(z.string()),
});
export const ActionHistorySchema = z.object({ entries: z.array(HistoryEntrySchema) });

/** 422: each problem names its field. */
export const InvalidFieldsProblemSchema = z.extend(ProblemSchema, {
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
});
/** 412: the action as it is now, and what changed after the version sent, newest first. */
export const StaleVersionProblemSchema = z.extend(ProblemSchema, {
  current: ActionSchema,
  changes: z.array(HistoryEntrySchema),
});

/** Full list schemas: what a well-formed response looks like (used for fixtures and docs). */
export const PlanListSchema = z.object({ asOf: isoDateTime, plans: z.array(PlanSummarySchema) });
export const ActionListSchema = z.object({ asOf: isoDateTime, actions: z.array(ActionSchema) });
export const ReviewListSchema = z.object({ asOf: isoDateTime, reviews: z.array(ReviewSchema) });
export const MeasureListSchema = z.object({ asOf: isoDateTime, measures: z.array(MeasureSchema) });

/** Envelopes: the top level must be right, the records are checked one by one. */
const records = z.array(z.unknown(), { error: 'must be an array' });
export const PlanListEnvelope = z.object({ asOf: isoDateTime, plans: records });
export const PlanEnvelope = z.extend(PlanSchema, { areas: records });
export const ActionListEnvelope = z.object({ asOf: isoDateTime, actions: records });
export const ReviewListEnvelope = z.object({ asOf: isoDateTime, reviews: records });
export const ReviewEnvelope = z.extend(ReviewSchema, { ratings: records });
export const MeasureListEnvelope = z.object({ asOf: isoDateTime, measures: records });
export const ActionHistoryEnvelope = z.object({ entries: records });

export type Rating = z.infer<typeof RatingSchema>;
export type NullableRating = z.infer<typeof NullableRatingSchema>;
export type PlanSummary = z.infer<typeof PlanSummarySchema>;
export type PlanList = z.infer<typeof PlanListSchema>;
export type Area = z.infer<typeof AreaSchema>;
export type Plan = z.infer<typeof PlanSchema>;
export type ProgressNote = z.infer<typeof ProgressNoteSchema>;
export type Action = z.infer<typeof ActionSchema>;
export type ActionList = z.infer<typeof ActionListSchema>;
export type ReviewRating = z.infer<typeof ReviewRatingSchema>;
export type RatingCountsRecord = z.infer<typeof RatingCountsSchema>;
export type Review = z.infer<typeof ReviewSchema>;
/** A review in the list, as the dashboard holds it: counts always (worked out from ratings when a server sent none). */
export type ReviewSummary = Omit<z.infer<typeof ReviewSummarySchema>, 'counts'> & { counts: RatingCountsRecord };
/** One review with its ratings and its counts. */
export type ReviewDetail = Review & { counts: RatingCountsRecord };
export type ReviewList = z.infer<typeof ReviewListSchema>;
export type RollupSummary = z.infer<typeof RollupSummarySchema>;
export type Unit = z.infer<typeof MeasureSchema>['unit'];
export type Polarity = z.infer<typeof MeasureSchema>['polarity'];
export type PointStatus = NonNullable<z.infer<typeof PointSchema>['status']>;
export type Target = z.infer<typeof TargetSchema>;
export type Point = z.infer<typeof PointSchema>;
export type Comparator = z.infer<typeof ComparatorSchema>;
export type Measure = z.infer<typeof MeasureSchema>;
export type MeasureList = z.infer<typeof MeasureListSchema>;
export type Problem = z.infer<typeof ProblemSchema>;
export type Me = z.infer<typeof MeSchema>;
export type DeadlineMove = z.infer<typeof DeadlineMoveSchema>;
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
export type ActionHistory = z.infer<typeof ActionHistorySchema>;
export type InvalidFieldsProblem = z.infer<typeof InvalidFieldsProblemSchema>;
export type StaleVersionProblem = z.infer<typeof StaleVersionProblemSchema>;
