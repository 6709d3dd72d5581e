/**
 * The reference server's database: the same tables (and the same migrations, in
 * server/db/migrations) on PGlite and on PostgreSQL 15+.
 *
 * Plan data mirrors the contract (api/openapi.yaml) one table per record kind, with
 * `position` keeping the order the contract's lists promise. Columns that the contract
 * makes optional are nullable; null means "absent" when the record is served.
 *
 * The identity, session, token and audit tables are here for sign-in (issue 13) and
 * the write path (issue 14) so that those land as new code, not as a reshaped schema:
 * - every plan-data row can be traced to the audit row of the change that wrote it;
 * - `actions.version` is the optimistic-concurrency version behind an action's ETag;
 * - `plans.revision` changes with every write to a plan's data, so cached responses
 *   and ETags of the plan's lists are valid exactly while it is unchanged;
 * - the audit table is append-only (a trigger refuses UPDATE and DELETE).
 */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Comparator, Target } from '../../src/api/schemas';
import { PLAN_ROLES } from '../../src/domain/roles';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const plans = pgTable('plans', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  organisation: text('organisation').notNull(),
  status: text('status', { enum: ['draft', 'active', 'closed'] }).notNull(),
  version: text('version'),
  publishedOn: date('published_on', { mode: 'string' }),
  reviewCadence: text('review_cadence'),
  ratingDefinitions: jsonb('rating_definitions').$type<Record<string, string>>(),
  /** The contract's optional `leadAliases`: bodies the plan writes several ways. */
  leadAliases: jsonb('lead_aliases').$type<{ name: string; aliases: string[] }[]>(),
  /** The contract's `asOf` of the plan and of each of its lists, as the source stated them. */
  asOf: timestamp('as_of', { withTimezone: true, mode: 'date' }).notNull(),
  actionsAsOf: timestamp('actions_as_of', { withTimezone: true, mode: 'date' }).notNull(),
  reviewsAsOf: timestamp('reviews_as_of', { withTimezone: true, mode: 'date' }).notNull(),
  measuresAsOf: timestamp('measures_as_of', { withTimezone: true, mode: 'date' }).notNull(),
  /** A fresh random value on every write to the plan's data: the basis of ETags and caches. */
  revision: uuid('revision').notNull().defaultRandom(),
  ...timestamps,
});

export const areas = pgTable(
  'areas',
  {
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    id: text('id').notNull(),
    position: integer('position').notNull(),
    number: integer('number').notNull(),
    title: text('title').notNull(),
    shortTitle: text('short_title'),
    source: text('source', { enum: ['inspection', 'peer-review', 'local'] }),
  },
  (t) => [primaryKey({ columns: [t.planId, t.id] }), check('areas_number_positive', sql`${t.number} >= 1`)],
);

export const actions = pgTable(
  'actions',
  {
    planId: text('plan_id').notNull(),
    id: text('id').notNull(),
    areaId: text('area_id').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    lead: text('lead').notNull(),
    leadName: text('lead_name'),
    /** `YYYY-MM` or `YYYY-MM-DD` as the plan gives it (text: an impossible date is kept and reported, not lost). */
    deadline: text('deadline'),
    deadlineText: text('deadline_text'),
    rating: text('rating', { enum: ['blue', 'green', 'amber', 'red', 'not-due'] }),
    ratedOn: date('rated_on', { mode: 'string' }),
    /** Null when the source gives no list; an empty list is kept as one. */
    measureIds: text('measure_ids').array(),
    /** The rationale given with the latest rating change (the contract's `rationale`). */
    rationale: text('rationale'),
    /** Optimistic-concurrency version: +1 on every change to the action or its notes. */
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.id] }),
    foreignKey({ columns: [t.planId, t.areaId], foreignColumns: [areas.planId, areas.id] }).onDelete('cascade'),
    index('actions_plan_position').on(t.planId, t.position),
  ],
);

export const progressNotes = pgTable(
  'progress_notes',
  {
    planId: text('plan_id').notNull(),
    actionId: text('action_id').notNull(),
    /** Order within the action, oldest first. */
    position: integer('position').notNull(),
    date: date('date', { mode: 'string' }),
    text: text('text').notNull(),
    /** Who wrote it through the dashboard (issue 14); null for imported notes. */
    authorId: uuid('author_id').references(() => users.id),
    /** The writer's name as shown (the contract's `by`): a person's or an API token's name. */
    authorName: text('author_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.actionId, t.position] }),
    foreignKey({ columns: [t.planId, t.actionId], foreignColumns: [actions.planId, actions.id] }).onDelete('cascade'),
  ],
);

export const reviews = pgTable(
  'reviews',
  {
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    id: text('id').notNull(),
    position: integer('position').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    forum: text('forum').notNull(),
    /** Who recorded it through the dashboard (issue 14); null for imported reviews. */
    recordedBy: uuid('recorded_by').references(() => users.id),
    /**
     * Set when the board's ratings were recorded through the API (issue 14). Migration
     * 0004 makes such a review and its ratings unchangeable (no UPDATE of its date or
     * forum, no DELETE, no UPDATE or DELETE of its ratings).
     */
    recordedAt: timestamp('recorded_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.planId, t.id] })],
);

export const reviewRatings = pgTable(
  'review_ratings',
  {
    planId: text('plan_id').notNull(),
    reviewId: text('review_id').notNull(),
    position: integer('position').notNull(),
    /** No foreign key: a review keeps the rating of an action later merged or removed. */
    actionId: text('action_id').notNull(),
    rating: text('rating', { enum: ['blue', 'green', 'amber', 'red', 'not-due'] }),
    rationale: text('rationale'),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.reviewId, t.actionId] }),
    foreignKey({ columns: [t.planId, t.reviewId], foreignColumns: [reviews.planId, reviews.id] }).onDelete('cascade'),
  ],
);

export const measures = pgTable(
  'measures',
  {
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    id: text('id').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    areaIds: text('area_ids').array().notNull(),
    unit: text('unit').notNull(),
    polarity: text('polarity').notNull(),
    frequency: text('frequency').notNull(),
    decimals: integer('decimals'),
    target: jsonb('target').$type<Target>(),
    definition: text('definition'),
    source: text('source'),
    outsideControl: boolean('outside_control'),
    comparators: jsonb('comparators').$type<Comparator[]>(),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.planId, t.id] })],
);

export const measurePoints = pgTable(
  'measure_points',
  {
    planId: text('plan_id').notNull(),
    measureId: text('measure_id').notNull(),
    position: integer('position').notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    periodLabel: text('period_label'),
    value: doublePrecision('value'),
    numerator: doublePrecision('numerator'),
    denominator: doublePrecision('denominator'),
    lower: doublePrecision('lower'),
    upper: doublePrecision('upper'),
    status: text('status', { enum: ['final', 'provisional', 'revised', 'suppressed', 'not-available'] }),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.measureId, t.position] }),
    uniqueIndex('measure_points_period').on(t.planId, t.measureId, t.periodEnd),
    foreignKey({ columns: [t.planId, t.measureId], foreignColumns: [measures.planId, measures.id] }).onDelete('cascade'),
  ],
);

// ── Identity and access (issue 13) ─────────────────────────────────────────────

export { PLAN_ROLES };

/** A person known from the identity provider. Only what the dashboard shows is kept. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    displayName: text('display_name').notNull(),
    isAdmin: boolean('is_admin').notNull().default(false),
    /**
     * A role on every plan, present and future, from the identity provider's claims
     * (a group mapped to "*"); an admin's is `admin`. Null: only the plans in plan_members.
     */
    everyPlanRole: text('every_plan_role', { enum: PLAN_ROLES }),
    everyPlanLeadKeys: text('every_plan_lead_keys').array().notNull().default(sql`'{}'::text[]`),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex('users_issuer_subject').on(t.issuer, t.subject)],
);

/** A user's role on one plan; a lead's `leadKeys` say which actions are theirs. */
export const planMembers = pgTable(
  'plan_members',
  {
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: PLAN_ROLES }).notNull(),
    leadKeys: text('lead_keys').array().notNull().default(sql`'{}'::text[]`),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.planId, t.userId] })],
);

/** Server-side sessions: the cookie carries a random id; only its hash is stored. */
export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/** API tokens for machine clients: stored hashed, scoped to one plan and role, expiring. */
export const apiTokens = pgTable('api_tokens', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  tokenHash: text('token_hash').notNull().unique(),
  planId: text('plan_id').references(() => plans.id, { onDelete: 'cascade' }),
  role: text('role', { enum: PLAN_ROLES }).notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

/**
 * A sign-in in progress (between /auth/login and /auth/callback): the PKCE verifier,
 * state and nonce stay on the server; the browser holds only a random id (hashed here)
 * in a short-lived HttpOnly cookie. Used once, then deleted.
 */
export const loginAttempts = pgTable('login_attempts', {
  idHash: text('id_hash').primaryKey(),
  state: text('state').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  nonce: text('nonce').notNull(),
  /** The dashboard address to return to (a path on this origin, checked before it is stored). */
  returnTo: text('return_to').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

// ── Audit (issues 13 and 14) ────────────────────────────────────────────────────

/**
 * Append-only history: every write to plan data, sign-in and token use adds a row in
 * the same transaction. Migration 0000 installs a trigger that refuses UPDATE and
 * DELETE on this table. No foreign keys: history outlives what it describes.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** What happened, e.g. `plan.replaced`, `action.updated`, `session.created`, `token.used`. */
    event: text('event').notNull(),
    /** Who: a user id, a token id, or a named process (`seed`, `import`), never a secret. */
    actorUserId: uuid('actor_user_id'),
    actorTokenId: uuid('actor_token_id'),
    actorLabel: text('actor_label'),
    planId: text('plan_id'),
    actionId: text('action_id'),
    field: text('field'),
    fromValue: jsonb('from_value'),
    toValue: jsonb('to_value'),
    reason: text('reason'),
    details: jsonb('details'),
  },
  (t) => [index('audit_log_plan_action').on(t.planId, t.actionId, t.at)],
);
