/**
 * Action deadlines: parsing the contract's `YYYY-MM` / `YYYY-MM-DD`, the rules for
 * overdue and due-soon, and the words shown for a deadline.
 */
import type { Action, NullableRating } from '../api/schemas';
import { MONTH_NAMES, addDays, daysInMonth, lastDayOfMonth, parseIsoDate } from './dates';

export type ParsedDeadline =
  /** A real date. `due` is the last day the action may be finished on. */
  | { readonly kind: 'date'; readonly precision: 'day' | 'month'; readonly raw: string; readonly due: string; readonly year: number; readonly month: number; readonly day: number }
  /** No date, but the plan's own words ("Spring 2023", "Ongoing"). Never overdue. */
  | { readonly kind: 'text'; readonly text: string }
  /** Neither a date nor words. */
  | { readonly kind: 'none' }
  /** A date-shaped value that is not a real date (2023-02-30, month 13): reported, never guessed. */
  | { readonly kind: 'invalid'; readonly raw: string; readonly reason: string };

/** The contract's shape of a deadline: `YYYY-MM` or `YYYY-MM-DD` (a real date or not). */
export const DEADLINE_PATTERN = /^\d{4}-\d{2}(-\d{2})?$/;

const MONTH_ONLY = /^(\d{4})-(\d{2})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Parses the raw `deadline` string alone (no fallback to `deadlineText`). */
export function parseDeadlineValue(raw: string): ParsedDeadline {
  const month = MONTH_ONLY.exec(raw);
  if (month) {
    const y = Number(month[1]);
    const m = Number(month[2]);
    if (m < 1 || m > 12) return { kind: 'invalid', raw, reason: `month ${month[2]} does not exist` };
    // A month deadline is due by the last day of that month (contract).
    return { kind: 'date', precision: 'month', raw, due: lastDayOfMonth(y, m), year: y, month: m, day: daysInMonth(y, m) };
  }
  if (DAY.test(raw)) {
    const parsed = parseIsoDate(raw);
    if (!parsed) {
      const m = Number(raw.slice(5, 7));
      const reason = m < 1 || m > 12 ? `month ${raw.slice(5, 7)} does not exist` : `day ${raw.slice(8, 10)} does not exist in ${raw.slice(0, 7)}`;
      return { kind: 'invalid', raw, reason };
    }
    return { kind: 'date', precision: 'day', raw, due: raw, ...parsed };
  }
  return { kind: 'invalid', raw, reason: 'not YYYY-MM or YYYY-MM-DD' };
}

/** Parses an action's deadline; `deadlineText` is used only when `deadline` is null or absent. */
export function parseDeadline(action: Pick<Action, 'deadline' | 'deadlineText'>): ParsedDeadline {
  if (action.deadline != null) return parseDeadlineValue(action.deadline);
  const text = action.deadlineText?.trim();
  return text ? { kind: 'text', text } : { kind: 'none' };
}

/** The due date (`YYYY-MM-DD`) or null when there is no real date. */
export function dueDate(deadline: ParsedDeadline): string | null {
  return deadline.kind === 'date' ? deadline.due : null;
}

/**
 * Overdue (contract): the deadline has passed, i.e. the due date is before today,
 * and the rating is not blue. Every other rating counts, including not-due (a
 * "not yet due" action past its deadline is exactly what the board should see) and
 * unrated. No real date means never overdue.
 */
export function isOverdueOn(due: string | null, rating: NullableRating, today: string): boolean {
  return due !== null && rating !== 'blue' && due < today;
}

export function isOverdue(action: Pick<Action, 'deadline' | 'deadlineText' | 'rating'>, today: string): boolean {
  return isOverdueOn(dueDate(parseDeadline(action)), action.rating, today);
}

/**
 * Due soon: not overdue and due within `days` days of today, both ends inclusive
 * (due today counts; due on today + days counts). Blue actions are finished, so
 * they are never "due". `horizon` is `addDays(today, days)`, passed in so a rollup
 * computes it once.
 */
export function isDueSoonOn(due: string | null, rating: NullableRating, today: string, horizon: string): boolean {
  return due !== null && rating !== 'blue' && due >= today && due <= horizon;
}

export function isDueWithin(action: Pick<Action, 'deadline' | 'deadlineText' | 'rating'>, today: string, days: number): boolean {
  return isDueSoonOn(dueDate(parseDeadline(action)), action.rating, today, addDays(today, days));
}

const MONTHS = MONTH_NAMES;

/** "15 Mar 2023" from a valid `YYYY-MM-DD`; the input itself when it is not one. */
export function formatIsoDateShort(date: string): string {
  const parsed = parseIsoDate(date);
  if (!parsed) return date;
  return `${parsed.day} ${MONTHS[parsed.month - 1] ?? ''} ${parsed.year}`;
}

/**
 * The words for a deadline: "Mar 2023" (month), "15 Mar 2023" (day), the plan's
 * text as written, "No deadline", or the raw value marked as not a real date.
 */
export function formatDeadline(deadline: ParsedDeadline): string {
  switch (deadline.kind) {
    case 'date':
      return deadline.precision === 'month'
        ? `${MONTHS[deadline.month - 1] ?? ''} ${deadline.year}`
        : `${deadline.day} ${MONTHS[deadline.month - 1] ?? ''} ${deadline.year}`;
    case 'text':
      return deadline.text;
    case 'none':
      return 'No deadline';
    case 'invalid':
      return `${deadline.raw} (not a real date)`;
  }
}

export function formatActionDeadline(action: Pick<Action, 'deadline' | 'deadlineText'>): string {
  return formatDeadline(parseDeadline(action));
}

export interface DeadlineProblem {
  readonly actionId: string;
  readonly raw: string;
  readonly reason: string;
}

/** Every action whose deadline is not a real date, for a data-quality notice. */
export function deadlineProblems(actions: readonly Pick<Action, 'id' | 'deadline' | 'deadlineText'>[]): DeadlineProblem[] {
  const problems: DeadlineProblem[] = [];
  // Each distinct deadline parsed once: 20,000 actions share a few hundred.
  const parse = createDeadlineCache();
  for (const action of actions) {
    const parsed = parse(action);
    if (parsed.kind === 'invalid') problems.push({ actionId: action.id, raw: parsed.raw, reason: parsed.reason });
  }
  return problems;
}

/**
 * A per-call memo of parsed deadlines keyed by the raw string. A plan has few
 * distinct deadlines, so a rollup over 100,000 actions parses each once.
 */
export function createDeadlineCache(): (action: Pick<Action, 'deadline' | 'deadlineText'>) => ParsedDeadline {
  const byValue = new Map<string, ParsedDeadline>();
  return (action) => {
    const raw = action.deadline;
    if (raw == null) return parseDeadline(action);
    let parsed = byValue.get(raw);
    if (parsed === undefined) {
      parsed = parseDeadlineValue(raw);
      byValue.set(raw, parsed);
    }
    return parsed;
  };
}
