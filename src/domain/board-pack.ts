/**
 * What the Improvement Board discusses beyond the changes: every overdue action (not
 * only the newly overdue) and every measure not meeting its target, in the order a
 * chair would take them.
 */
import type { Action, Measure } from '../api/schemas';
import { dueDate, isOverdueOn, parseDeadline } from './deadlines';
import { isNotMeetingTarget } from './measure-state';
import { type MeasureSummary, summariseMeasure } from './measure-summary';
import { ratingKey, type RatingKey } from './ratings';
import { compareActionIds } from './review-changes';

export interface OverdueAction {
  readonly action: Action;
  readonly actionId: string;
  readonly areaId: string;
  /** The due date (`YYYY-MM-DD`): a month-only deadline is due on its last day. */
  readonly due: string;
  readonly rating: RatingKey;
}

/** Every action overdue on `today`, longest overdue first (then by id). */
export function overdueActions(actions: readonly Action[], today: string): OverdueAction[] {
  const overdue: OverdueAction[] = [];
  for (const action of actions) {
    const due = dueDate(parseDeadline(action));
    if (due !== null && isOverdueOn(due, action.rating, today)) {
      overdue.push({ action, actionId: action.id, areaId: action.areaId, due, rating: ratingKey(action.rating) });
    }
  }
  return overdue.sort((a, b) => (a.due === b.due ? compareActionIds(a.actionId, b.actionId) : a.due < b.due ? -1 : 1));
}

/** Off target before near target; plan order within each. */
export function measuresNotMeetingTarget(measures: readonly Measure[]): MeasureSummary[] {
  const summaries = measures.map(summariseMeasure).filter((s) => isNotMeetingTarget(s.state));
  const rank = (s: MeasureSummary) => (s.state === 'off-target' ? 0 : 1);
  // Array.prototype.sort is stable, so plan order holds within each state.
  return summaries.sort((a, b) => rank(a) - rank(b));
}
