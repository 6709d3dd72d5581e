/**
 * The weekly check-in: one lead's (or several leads') actions, grouped by what they
 * owe this week. Each action appears in exactly one group, the first that applies:
 *   1. overdue (deadline passed, not blue);
 *   2. due within 2 weeks (today .. today + 14 days, not blue);
 *   3. due within 4 weeks (today + 15 .. today + 28 days, not blue);
 *   4. at risk or delayed (red or amber, not already above);
 *   5. everything else.
 * So "At risk or delayed" holds the red and amber actions not already listed as
 * overdue or due soon; the labels say so, and the lead summary's columns are these
 * same groups, so its counts add up to the lead's actions.
 * An action led jointly ("A & B", "A / B") is under each of its leads (see
 * `createLeadResolver`). Within a group: soonest due first (no date last), then
 * attention order, then id.
 */
import type { Action } from '../api/schemas';
import { actionStatus, type ActionStatus } from './action-status';
import { daysBetween, isIsoDate } from './dates';
import { createLeadResolver, type LeadAlias } from './leads';
import { compareByAttention } from './ratings';
import { compareActionIds } from './review-changes';

export const CHECK_IN_GROUPS = ['overdue', 'due-2-weeks', 'due-4-weeks', 'red-or-amber', 'other'] as const;
export type CheckInGroup = (typeof CHECK_IN_GROUPS)[number];

export const CHECK_IN_GROUP_LABELS: Readonly<Record<CheckInGroup, string>> = {
  overdue: 'Overdue',
  'due-2-weeks': 'Due in the next 2 weeks',
  'due-4-weeks': 'Due in 2 to 4 weeks',
  'red-or-amber': 'Other actions at risk or delayed',
  other: 'Everything else',
};

/** The same groups as column headings of the lead summary (short, in the same order). */
export const CHECK_IN_COLUMN_LABELS: Readonly<Record<CheckInGroup, string>> = {
  overdue: 'Overdue',
  'due-2-weeks': 'Due in 2 weeks',
  'due-4-weeks': 'Due in 4 weeks',
  'red-or-amber': 'Other at risk or delayed',
  other: 'Everything else',
};

/** Said once above the groups and the summary, so nobody hunts for a missing action. */
export const CHECK_IN_RULE =
  'Each action appears once, in the first group that applies: an overdue action at risk is under Overdue, not again under at risk or delayed.';

export interface CheckInItem<A extends CheckInAction = CheckInAction> {
  readonly action: A;
  readonly status: ActionStatus;
  /** Date of the latest dated progress note, if any. */
  readonly lastUpdated: string | null;
}

export type CheckInAction = Pick<Action, 'id' | 'lead' | 'rating' | 'deadline' | 'deadlineText' | 'progress'>;

export function checkInGroupOf(status: ActionStatus): CheckInGroup {
  if (status.overdue) return 'overdue';
  const days = status.daysUntilDue;
  if (status.ratingKey !== 'blue' && days !== null && days >= 0) {
    if (days <= 14) return 'due-2-weeks';
    if (days <= 28) return 'due-4-weeks';
  }
  if (status.ratingKey === 'red' || status.ratingKey === 'amber') return 'red-or-amber';
  return 'other';
}

/** The latest dated progress note's date; notes are oldest first but we do not rely on it. */
export function lastUpdated(progress: Action['progress']): string | null {
  let latest: string | null = null;
  for (const note of progress) if (note.date && isIsoDate(note.date) && (latest === null || note.date > latest)) latest = note.date;
  return latest;
}

/**
 * Groups the actions of the given lead keys (all actions when `leadKeys` is empty).
 * An action of two chosen leads is listed once.
 */
export function checkIn<A extends CheckInAction>(
  actions: readonly A[],
  leadKeys: readonly string[],
  today: string,
  aliases: readonly LeadAlias[] = [],
): Record<CheckInGroup, CheckInItem<A>[]> {
  const wanted = new Set(leadKeys);
  const leadsOf = createLeadResolver(actions.map((a) => a.lead), aliases);
  const groups: Record<CheckInGroup, CheckInItem<A>[]> = { overdue: [], 'due-2-weeks': [], 'due-4-weeks': [], 'red-or-amber': [], other: [] };
  for (const action of actions) {
    if (wanted.size > 0 && !leadsOf(action.lead).some((ref) => wanted.has(ref.key))) continue;
    const status = actionStatus(action, today);
    groups[checkInGroupOf(status)].push({ action, status, lastUpdated: lastUpdated(action.progress) });
  }
  for (const key of CHECK_IN_GROUPS) groups[key].sort(compareItems);
  return groups;
}

export type CheckInCounts = Record<CheckInGroup | 'total', number>;

/**
 * Per lead key, how many of the lead's actions fall in each group: one grouping pass,
 * linear in actions. A joint action counts for each of its leads.
 */
export function checkInCountsByLead(actions: readonly CheckInAction[], today: string, aliases: readonly LeadAlias[] = []): Map<string, CheckInCounts> {
  const leadsOf = createLeadResolver(actions.map((a) => a.lead), aliases);
  const counts = new Map<string, CheckInCounts>();
  for (const action of actions) {
    const group = checkInGroupOf(actionStatus(action, today));
    for (const { key } of leadsOf(action.lead)) {
      let c = counts.get(key);
      if (c === undefined) {
        c = { overdue: 0, 'due-2-weeks': 0, 'due-4-weeks': 0, 'red-or-amber': 0, other: 0, total: 0 };
        counts.set(key, c);
      }
      c[group] += 1;
      c.total += 1;
    }
  }
  return counts;
}

function compareItems(a: CheckInItem, b: CheckInItem): number {
  const dueA = a.status.due;
  const dueB = b.status.due;
  if (dueA !== dueB) {
    if (dueA === null) return 1;
    if (dueB === null) return -1;
    return dueA < dueB ? -1 : 1;
  }
  return compareByAttention(a.status.ratingKey, b.status.ratingKey) || compareActionIds(a.action.id, b.action.id);
}

/** How long ago a date was, as at `today`: "today", "yesterday", "3 days ago", "2 weeks ago", "4 months ago", "over a year ago". */
export function formatTimeSince(date: string | null, today: string): string {
  if (date === null) return 'never';
  const days = daysBetween(date, today);
  if (days < 0) return 'after the data date';
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 14) return `${days} days ago`;
  if (days < 63) return `${Math.floor(days / 7)} weeks ago`;
  if (days < 365) return `${Math.floor(days / 30.4375)} months ago`;
  return 'over a year ago';
}
