/**
 * Changes to one action: a progress update (a dated note, perhaps a new rating with its
 * rationale) and an editor's change (deadline, lead, title, with a reason).
 *
 * Invariants:
 * - each change is ONE transaction holding the change, its audit rows and the plan's new
 *   revision: all of it is stored or none of it;
 * - no lost updates: the version check is the UPDATE itself (`... WHERE version = $v
 *   RETURNING`), so of any number of writers sending the same version exactly one
 *   succeeds; the others find no row at that version and get `stale`;
 * - the rules a request must meet are src/domain/write-rules.ts, the same the forms use.
 */
import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { Action, HistoryEntry, NullableRating } from '../../src/api/schemas';
import { checkActionEdit, checkActionUpdate, type ActionEditRequest, type FieldProblem } from '../../src/domain/write-rules';
import * as t from '../db/schema';
import type { Db } from './database';
import { readServedAction } from './plan-reads';

/** Who changes something, for the audit log and the note's `by`. */
export interface WriteActor {
  name: string;
  userId?: string;
  tokenId?: string;
}

export type WriteResult =
  | { kind: 'saved'; action: Action }
  | { kind: 'not-found' }
  | { kind: 'invalid'; errors: readonly FieldProblem[] }
  /** The version sent is not the current one: nothing was written. */
  | { kind: 'stale'; current: Action; changes: HistoryEntry[] };

type AuditEvent = 'action.updated' | 'action.edited';
const CHANGE_OF: Record<AuditEvent, HistoryEntry['change']> = { 'action.updated': 'update', 'action.edited': 'edit' };
const HISTORY_FIELDS = new Set<string>(['progress', 'rating', 'title', 'lead', 'leadName', 'deadline', 'deadlineText']);

interface AuditValue {
  field: HistoryEntry['field'];
  from: string | null;
  to: string | null;
  reason: string | null;
}

const isoDay = (now: Date) => now.toISOString().slice(0, 10);

/** A version as the contract sends it (`"7"` in If-Match, `7` in the table); undefined when it is not one. */
export function parseVersion(value: string): number | undefined {
  return /^[1-9]\d{0,9}$/.test(value) ? Number(value) : undefined;
}

/**
 * The action's changes through the API, newest first (the history endpoint), or only
 * those after a version (what a writer with that version missed).
 */
export async function readActionHistory(db: Db, planId: string, actionId: string, afterVersion?: number): Promise<HistoryEntry[]> {
  const rows = await db
    .select()
    .from(t.auditLog)
    .where(
      and(
        eq(t.auditLog.planId, planId),
        eq(t.auditLog.actionId, actionId),
        sql`${t.auditLog.event} in ('action.updated', 'action.edited')`,
        afterVersion === undefined ? undefined : gt(sql`(${t.auditLog.details}->>'version')::integer`, afterVersion),
      ),
    )
    // Newest change first; the entries of one change in the order they were written.
    .orderBy(desc(sql`(${t.auditLog.details}->>'version')::integer`), asc(t.auditLog.id));
  return rows.flatMap((row) => {
    const version = (row.details as { version?: number } | null)?.version;
    if (row.field === null || !HISTORY_FIELDS.has(row.field) || version === undefined) return [];
    return [
      {
        at: row.at.toISOString(),
        by: row.actorLabel ?? 'unknown',
        version: String(version),
        change: CHANGE_OF[row.event as AuditEvent],
        field: row.field as HistoryEntry['field'],
        from: typeof row.fromValue === 'string' ? row.fromValue : null,
        to: typeof row.toValue === 'string' ? row.toValue : null,
        reason: row.reason,
      },
    ];
  });
}

/** Whether the action exists, and its current state, for the checks a route makes before writing. */
export async function actionHead(db: Db, planId: string, actionId: string): Promise<{ lead: string; rating: NullableRating; version: number } | undefined> {
  const [row] = await db
    .select({ lead: t.actions.lead, rating: t.actions.rating, version: t.actions.version })
    .from(t.actions)
    .where(and(eq(t.actions.planId, planId), eq(t.actions.id, actionId)));
  return row;
}

async function stale(tx: Db, planId: string, actionId: string, version: number): Promise<WriteResult> {
  const current = await readServedAction(tx, planId, actionId);
  if (!current) return { kind: 'not-found' };
  return { kind: 'stale', current, changes: await readActionHistory(tx, planId, actionId, version) };
}

/** A new plan revision (every cached list of the plan is now out of date); the actions are current as of now. */
async function touchPlan(tx: Db, planId: string, now: Date): Promise<void> {
  await tx
    .update(t.plans)
    .set({ revision: sql`gen_random_uuid()`, actionsAsOf: sql`greatest(${t.plans.actionsAsOf}, ${now.toISOString()}::timestamptz)`, updatedAt: now })
    .where(eq(t.plans.id, planId));
}

async function audit(tx: Db, event: AuditEvent, planId: string, actionId: string, actor: WriteActor, now: Date, version: number, values: readonly AuditValue[], extra: Record<string, unknown> = {}): Promise<void> {
  await tx.insert(t.auditLog).values(
    values.map((value, index) => ({
      at: now,
      event,
      actorUserId: actor.userId ?? null,
      actorTokenId: actor.tokenId ?? null,
      actorLabel: actor.name,
      planId,
      actionId,
      field: value.field,
      fromValue: value.from,
      toValue: value.to,
      reason: value.reason,
      // The first row of a change carries what the whole change did (e.g. a deadline move).
      details: { version, ...(index === 0 ? extra : {}) },
    })),
  );
}

/**
 * Records a progress update if the action is still at `version`: a note dated today
 * and, when the rating changes, the new rating, `ratedOn` today and the rationale.
 */
export async function addActionUpdate(db: Db, planId: string, actionId: string, version: number, body: unknown, actor: WriteActor, now: Date): Promise<WriteResult> {
  return db.transaction(async (tx) => {
    const head = await actionHead(tx, planId, actionId);
    if (!head) return { kind: 'not-found' };
    if (head.version !== version) return stale(tx, planId, actionId, version);
    const checked = checkActionUpdate(body, head.rating);
    if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
    const { text, rating, rationale } = checked.value;
    const today = isoDay(now);

    const [saved] = await tx
      .update(t.actions)
      .set({
        version: sql`${t.actions.version} + 1`,
        updatedAt: now,
        ...(rating !== undefined && { rating, ratedOn: today, rationale: rationale ?? null }),
      })
      .where(and(eq(t.actions.planId, planId), eq(t.actions.id, actionId), eq(t.actions.version, version)))
      .returning({ version: t.actions.version });
    if (!saved) return stale(tx, planId, actionId, version);

    // The UPDATE above holds the action's row lock, so no other writer appends meanwhile.
    await tx.insert(t.progressNotes).values({
      planId,
      actionId,
      position: sql`(select coalesce(max(${t.progressNotes.position}), -1) + 1 from ${t.progressNotes} where ${t.progressNotes.planId} = ${planId} and ${t.progressNotes.actionId} = ${actionId})`,
      date: today,
      text,
      authorId: actor.userId ?? null,
      authorName: actor.name,
    });
    const values: AuditValue[] = [{ field: 'progress', from: null, to: text, reason: null }];
    if (rating !== undefined) values.unshift({ field: 'rating', from: head.rating, to: rating, reason: rationale ?? null });
    await audit(tx, 'action.updated', planId, actionId, actor, now, saved.version, values);
    await touchPlan(tx, planId, now);
    const action = await readServedAction(tx, planId, actionId);
    return action ? { kind: 'saved', action } : { kind: 'not-found' };
  });
}

const EDITABLE = ['title', 'lead', 'leadName', 'deadline', 'deadlineText'] as const satisfies readonly (keyof ActionEditRequest & keyof typeof t.actions.$inferSelect)[];

/** The deadline a person reads: the date when there is one, else the words. */
const effectiveDeadline = (row: { deadline: string | null; deadlineText: string | null }) => row.deadline ?? row.deadlineText;

/**
 * An editor's change if the action is still at `version`: each field that really
 * changes gets an audit row with the reason. Nothing to change: the action as it is,
 * no new version.
 */
export async function editAction(db: Db, planId: string, actionId: string, version: number, body: unknown, actor: WriteActor, now: Date): Promise<WriteResult> {
  const checked = checkActionEdit(body);
  if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
  const edit = checked.value;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(t.actions)
      .where(and(eq(t.actions.planId, planId), eq(t.actions.id, actionId)));
    if (!row) return { kind: 'not-found' };
    if (row.version !== version) return stale(tx, planId, actionId, version);

    const changes = EDITABLE.filter((field) => edit[field] !== undefined && edit[field] !== row[field]);
    if (changes.length === 0) {
      const action = await readServedAction(tx, planId, actionId);
      return action ? { kind: 'saved', action } : { kind: 'not-found' };
    }
    const set = Object.fromEntries(changes.map((field) => [field, edit[field] ?? null]));
    const [saved] = await tx
      .update(t.actions)
      .set({ ...set, version: sql`${t.actions.version} + 1`, updatedAt: now })
      .where(and(eq(t.actions.planId, planId), eq(t.actions.id, actionId), eq(t.actions.version, version)))
      .returning({ version: t.actions.version, deadline: t.actions.deadline, deadlineText: t.actions.deadlineText });
    if (!saved) return stale(tx, planId, actionId, version);

    const before = effectiveDeadline(row);
    const after = effectiveDeadline(saved);
    const values = changes.map((field) => ({ field, from: row[field], to: edit[field] ?? null, reason: edit.reason }));
    await audit(tx, 'action.edited', planId, actionId, actor, now, saved.version, values, before === after ? {} : { deadlineMove: { from: before, to: after } });
    await touchPlan(tx, planId, now);
    const action = await readServedAction(tx, planId, actionId);
    return action ? { kind: 'saved', action } : { kind: 'not-found' };
  });
}
