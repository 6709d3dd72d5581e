/**
 * A lookup from action id to what change lists need (area, due date, plan
 * position), built once per set of actions and reused across comparisons (views
 * memoise it), so a comparison never scans the action list per action.
 */
import type { Action } from '../api/schemas';
import { createDeadlineCache } from './deadlines';

export interface IndexedAction {
  readonly id: string;
  readonly areaId: string;
  /** Due date `YYYY-MM-DD`, or null (no date, the plan's words, or not a real date). */
  readonly due: string | null;
  /** Position in the plan's action list: lists derived from the index keep plan order. */
  readonly position: number;
}

export interface ActionIndex {
  readonly byId: ReadonlyMap<string, IndexedAction>;
  /** Actions with a real due date, sorted by due date then plan position. */
  readonly byDue: readonly IndexedAction[];
}

/** Later duplicates of an id win, matching how snapshots treat them. */
export function indexActions(actions: readonly Pick<Action, 'id' | 'areaId' | 'deadline' | 'deadlineText'>[]): ActionIndex {
  const deadlineOf = createDeadlineCache();
  const byId = new Map<string, IndexedAction>();
  actions.forEach((action, position) => {
    const deadline = deadlineOf(action);
    byId.set(action.id, { id: action.id, areaId: action.areaId, due: deadline.kind === 'date' ? deadline.due : null, position });
  });
  const byDue: IndexedAction[] = [];
  for (const entry of byId.values()) if (entry.due !== null) byDue.push(entry);
  byDue.sort((a, b) => (a.due === b.due ? a.position - b.position : (a.due ?? '') < (b.due ?? '') ? -1 : 1));
  return { byId, byDue };
}

/** Index of the first entry of `byDue` due on or after `date` (binary search). */
export function firstDueOnOrAfter(byDue: readonly IndexedAction[], date: string): number {
  let lo = 0;
  let hi = byDue.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((byDue[mid]?.due ?? '') < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
