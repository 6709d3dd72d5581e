/**
 * The demo's plans in memory, changeable through the contract's write endpoints so a
 * visitor can try an update in `npm run dev` (a reload starts again from the fixtures).
 * It follows the reference server's rules: the same request checks
 * (src/domain/write-rules), versions and ETags, history entries, deadline moves and
 * recorded reviews, so the contract suite holds for both.
 */
import type { Action, DeadlineMove, HistoryEntry, Review } from '../src/api/schemas';
import { snapshotFromActions } from '../src/domain/snapshot';
import { checkActionEdit, checkActionUpdate, checkReviewCreate, reviewDateProblem, type FieldProblem } from '../src/domain/write-rules';
import type { PlanDataset } from './handlers';

export type StoreResult<T> =
  | { kind: 'saved'; value: T }
  | { kind: 'not-found' }
  | { kind: 'invalid'; errors: readonly FieldProblem[] }
  | { kind: 'stale'; current: Action; changes: HistoryEntry[] };

interface ActionState {
  action: Action;
  version: number;
  /** Newest first. */
  history: HistoryEntry[];
  moves: DeadlineMove[];
}

interface PlanState {
  dataset: PlanDataset;
  actions: Map<string, ActionState>;
}

const EDITABLE = ['title', 'lead', 'leadName', 'deadline', 'deadlineText'] as const;
const effectiveDeadline = (a: Pick<Action, 'deadline' | 'deadlineText'>) => a.deadline ?? a.deadlineText ?? null;
const later = (a: string, b: string) => (new Date(a).getTime() >= new Date(b).getTime() ? a : b);

export class DemoPlanStore {
  private plans = new Map<string, PlanState>();

  constructor(private readonly datasets: Readonly<Record<string, PlanDataset>>) {
    this.reset();
  }

  /** Back to the fixtures (between tests). */
  reset(): void {
    this.plans = new Map(
      Object.entries(this.datasets).map(([planId, dataset]) => {
        const copy = structuredClone(dataset);
        const actions = new Map(copy.actions.actions.map((action) => [action.id, { action, version: 1, history: [], moves: [] }]));
        return [planId, { dataset: copy, actions }];
      }),
    );
  }

  dataset(planId: unknown): PlanDataset | undefined {
    return typeof planId === 'string' ? this.plans.get(planId)?.dataset : undefined;
  }

  private served(state: ActionState): Action {
    return { ...state.action, version: String(state.version), ...(state.moves.length > 0 && { deadlineMoves: [...state.moves] }) };
  }

  /** The actions as GET /actions serves them: each with its version and deadline moves. */
  actions(planId: unknown): PlanDataset['actions'] | undefined {
    const plan = typeof planId === 'string' ? this.plans.get(planId) : undefined;
    if (!plan) return undefined;
    return { asOf: plan.dataset.actions.asOf, actions: plan.dataset.actions.actions.map((a) => this.served(plan.actions.get(a.id) ?? { action: a, version: 1, history: [], moves: [] })) };
  }

  action(planId: unknown, actionId: unknown): Action | undefined {
    const state = this.state(planId, actionId);
    return state && this.served(state);
  }

  history(planId: unknown, actionId: unknown): HistoryEntry[] | undefined {
    return this.state(planId, actionId)?.history;
  }

  private state(planId: unknown, actionId: unknown): ActionState | undefined {
    return typeof planId === 'string' && typeof actionId === 'string' ? this.plans.get(planId)?.actions.get(actionId) : undefined;
  }

  /** Applies a change if the action is still at `version`; every entry of it carries the new version. */
  private write(planId: string, actionId: string, version: number, change: (state: ActionState, nextVersion: string) => FieldProblem[] | 'unchanged' | 'changed', now: Date): StoreResult<Action> {
    const plan = this.plans.get(planId);
    const state = plan?.actions.get(actionId);
    if (!plan || !state) return { kind: 'not-found' };
    if (state.version !== version) {
      return { kind: 'stale', current: this.served(state), changes: state.history.filter((entry) => Number(entry.version) > version) };
    }
    const outcome = change(state, String(version + 1));
    if (Array.isArray(outcome)) return { kind: 'invalid', errors: outcome };
    if (outcome !== 'unchanged') {
      state.version += 1;
      plan.dataset.actions.asOf = later(plan.dataset.actions.asOf, now.toISOString());
    }
    return { kind: 'saved', value: this.served(state) };
  }

  addUpdate(planId: string, actionId: string, version: number, body: unknown, by: string, now: Date): StoreResult<Action> {
    return this.write(
      planId,
      actionId,
      version,
      (state, nextVersion) => {
        const checked = checkActionUpdate(body, state.action.rating);
        if (!checked.ok) return [...checked.errors];
        const { text, rating, rationale } = checked.value;
        const at = now.toISOString();
        const today = at.slice(0, 10);
        const entries: HistoryEntry[] = [];
        if (rating !== undefined) {
          entries.push({ at, by, version: nextVersion, change: 'update', field: 'rating', from: state.action.rating, to: rating, reason: rationale ?? null });
          state.action = { ...state.action, rating, ratedOn: today };
          if (rationale !== undefined) state.action.rationale = rationale;
          else delete state.action.rationale;
        }
        entries.push({ at, by, version: nextVersion, change: 'update', field: 'progress', from: null, to: text, reason: null });
        state.action = { ...state.action, progress: [...state.action.progress, { date: today, text, by }] };
        state.history = [...entries, ...state.history];
        return 'changed';
      },
      now,
    );
  }

  edit(planId: string, actionId: string, version: number, body: unknown, by: string, now: Date): StoreResult<Action> {
    const checked = checkActionEdit(body);
    if (!checked.ok) return this.state(planId, actionId) ? { kind: 'invalid', errors: checked.errors } : { kind: 'not-found' };
    const edit = checked.value;
    return this.write(
      planId,
      actionId,
      version,
      (state, nextVersion) => {
        const at = now.toISOString();
        const before = state.action;
        const changed = EDITABLE.filter((field) => edit[field] !== undefined && edit[field] !== (before[field] ?? null));
        if (changed.length === 0) return 'unchanged';
        const next: Action = { ...before };
        for (const field of changed) {
          const value = edit[field] ?? null;
          if (field === 'title' || field === 'lead') next[field] = value ?? '';
          else if (field === 'leadName') {
            if (value === null) delete next.leadName;
            else next.leadName = value;
          } else next[field] = value;
        }
        state.action = next;
        state.history = [...changed.map((field) => ({ at, by, version: nextVersion, change: 'edit' as const, field, from: before[field] ?? null, to: edit[field] ?? null, reason: edit.reason })), ...state.history];
        if (effectiveDeadline(before) !== effectiveDeadline(next)) state.moves = [...state.moves, { from: effectiveDeadline(before), to: effectiveDeadline(next), at, by, reason: edit.reason }];
        return 'changed';
      },
      now,
    );
  }

  recordReview(planId: string, body: unknown, now: Date): Exclude<StoreResult<Review>, { kind: 'stale' }> {
    const plan = this.plans.get(planId);
    if (!plan) return { kind: 'not-found' };
    const checked = checkReviewCreate(body);
    if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
    const { title, date } = checked.value;
    const reviews = plan.dataset.reviews.reviews;
    const latest = reviews.reduce<string | undefined>((max, r) => (max === undefined || r.date > max ? r.date : max), undefined);
    const tooEarly = reviewDateProblem(date, latest ?? null);
    if (tooEarly) return { kind: 'invalid', errors: [tooEarly] };
    const taken = new Set(reviews.map((r) => r.id));
    let id = `review-${date}`;
    for (let n = 2; taken.has(id); n += 1) id = `review-${date}-${n}`;
    const snapshot = snapshotFromActions(plan.dataset.actions.actions.map((a) => plan.actions.get(a.id)?.action ?? a), date);
    const review: Review = {
      id,
      date,
      forum: title,
      ratings: [...snapshot.ratings].map(([actionId, entry]) => ({ actionId, rating: entry.rating, ...(entry.rationale !== undefined && { rationale: entry.rationale }) })),
    };
    reviews.push(review);
    plan.dataset.reviews.asOf = later(plan.dataset.reviews.asOf, now.toISOString());
    return { kind: 'saved', value: review };
  }
}
