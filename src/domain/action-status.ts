/** Per-action facts for lists and filters, by the same rules the rollups count. */
import type { Action } from '../api/schemas';
import { addDays, daysBetween } from './dates';
import { type ParsedDeadline, dueDate, isDueSoonOn, isOverdueOn, parseDeadline } from './deadlines';
import { type RatingKey, ratingKey } from './ratings';
import { DEFAULT_DUE_WITHIN_DAYS } from './rollup';

export interface ActionStatus {
  readonly ratingKey: RatingKey;
  readonly deadline: ParsedDeadline;
  readonly due: string | null;
  readonly overdue: boolean;
  readonly dueSoon: boolean;
  /** Days from today to the due date (negative when past); null without a real date. */
  readonly daysUntilDue: number | null;
}

export function actionStatus(
  action: Pick<Action, 'rating' | 'deadline' | 'deadlineText'>,
  today: string,
  dueWithinDays: number = DEFAULT_DUE_WITHIN_DAYS,
): ActionStatus {
  const deadline = parseDeadline(action);
  const due = dueDate(deadline);
  return {
    ratingKey: ratingKey(action.rating),
    deadline,
    due,
    overdue: isOverdueOn(due, action.rating, today),
    dueSoon: isDueSoonOn(due, action.rating, today, addDays(today, dueWithinDays)),
    daysUntilDue: due === null ? null : daysBetween(today, due),
  };
}
