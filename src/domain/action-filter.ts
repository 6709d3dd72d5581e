/**
 * Filtering, searching and sorting a plan's actions for the Actions explorer.
 *
 * Everything that does not depend on the filters is worked out once per set of
 * actions (`indexActionsForFilter`): the lowercase search text, the lead's folded
 * key and display name, the due date and the sort ranks. A keystroke in the search
 * box then costs one linear pass of string and integer comparisons, so 5,000
 * actions stay well inside a frame. "today" is an argument, never the clock.
 */
import type { Action, Area } from '../api/schemas';
import { areaNumbersById } from './areas';
import { addDays } from './dates';
import { createDeadlineCache, isDueSoonOn, isOverdueOn } from './deadlines';
import { type LeadAlias, type LeadGroup, createLeadResolver, distinctLeads } from './leads';
import { ATTENTION_ORDER, type RatingKey, ratingKey } from './ratings';
import { compareActionIds } from './review-changes';

/** One action with everything the filters and sorts need, computed once. */
export interface SearchableAction {
  readonly action: Action;
  /** Position in the plan's list: a stable last tie-break. */
  readonly position: number;
  /** The area's number, or null when the action names an area the plan does not have. */
  readonly areaNumber: number | null;
  /**
   * The folded keys of the action's leads (`createLeadResolver`): the values of the
   * `lead` filter. One key, or one per lead of a joint action.
   */
  readonly leadKeys: readonly string[];
  readonly ratingKey: RatingKey;
  /** Due date `YYYY-MM-DD`, or null (no deadline, a worded one, or not a real date). */
  readonly due: string | null;
  /** id, title, lead (as written and its display name) and every progress note, lower case. */
  readonly searchText: string;
  /** Natural id order (3.2 before 3.10) as an integer, so sorting does no string work. */
  readonly idRank: number;
  /** Alphabetical order of the (first, for a joint action) lead's display name. */
  readonly leadRank: number;
}

export interface ActionFilterIndex {
  readonly items: readonly SearchableAction[];
  /** The distinct leads, one per folded key, by display name: the lead filter's options. */
  readonly leads: readonly LeadGroup[];
}

/** Lower case, compatibility form, runs of whitespace as one space: how text is matched. */
export function normaliseSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The words of a query; an action matches when its text contains every one of them. */
export function searchTerms(query: string): string[] {
  const text = normaliseSearchText(query);
  return text === '' ? [] : text.split(' ');
}

export function indexActionsForFilter(actions: readonly Action[], areas: readonly Area[], aliases: readonly LeadAlias[] = []): ActionFilterIndex {
  const areaNumbers = areaNumbersById(areas);

  const leads = distinctLeads(actions, aliases);
  const leadRanks = new Map<string, number>();
  const displayNames = new Map<string, string>();
  leads.forEach((group, rank) => {
    leadRanks.set(group.key, rank);
    displayNames.set(group.key, group.displayName);
  });

  // Natural id order, worked out once with the collator; sorting then compares integers.
  const byId = actions.map((action, position) => ({ id: action.id, position }));
  byId.sort((a, b) => compareActionIds(a.id, b.id) || a.position - b.position);
  // Equal ids share a rank (a messy extract can repeat one), so their ties fall to plan order.
  const idRanks = new Array<number>(actions.length);
  let rank = -1;
  let previous: string | undefined;
  for (const entry of byId) {
    if (previous === undefined || compareActionIds(previous, entry.id) !== 0) rank += 1;
    previous = entry.id;
    idRanks[entry.position] = rank;
  }

  const deadlineOf = createDeadlineCache();
  const leadsOf = createLeadResolver(actions.map((a) => a.lead), aliases);
  const items = actions.map((action, position): SearchableAction => {
    const deadline = deadlineOf(action);
    const leadKeys = leadsOf(action.lead).map((ref) => ref.key);
    const parts = [action.id, action.title, action.lead, ...leadKeys.map((key) => displayNames.get(key) ?? '')];
    if (action.leadName) parts.push(action.leadName);
    for (const note of action.progress) parts.push(note.text);
    return {
      action,
      position,
      areaNumber: areaNumbers.get(action.areaId) ?? null,
      leadKeys,
      ratingKey: ratingKey(action.rating),
      due: deadline.kind === 'date' ? deadline.due : null,
      // A newline between parts, so a query cannot match across two fields.
      searchText: parts.map(normaliseSearchText).join('\n'),
      idRank: idRanks[position] ?? position,
      leadRank: Math.min(...leadKeys.map((key) => leadRanks.get(key) ?? leads.length)),
    };
  });
  return { items, leads };
}

/** The horizons offered by the "due within" filter: 2, 4 and 8 weeks. */
export const DUE_WITHIN_DAYS = [14, 28, 56] as const;
export type DueWithinDays = (typeof DUE_WITHIN_DAYS)[number];

/**
 * What to show. Each criterion narrows the list (criteria are ANDed); within a list
 * criterion any value matches (ORed); an empty or absent criterion does not filter.
 */
export interface ActionCriteria {
  readonly areas?: readonly number[];
  /** Folded lead keys (`leadKey`). */
  readonly leads?: readonly string[];
  readonly ratings?: readonly RatingKey[];
  /** Only overdue actions (the contract's rule: past due and not blue). */
  readonly overdue?: boolean;
  /** Only actions due from today to today + n days, inclusive (never overdue, never blue). */
  readonly dueWithinDays?: number | null;
  /** Free text: every word must appear in the id, title, lead or progress notes. */
  readonly query?: string;
}

export function hasCriteria(criteria: ActionCriteria): boolean {
  return (
    (criteria.areas?.length ?? 0) > 0 ||
    (criteria.leads?.length ?? 0) > 0 ||
    (criteria.ratings?.length ?? 0) > 0 ||
    criteria.overdue === true ||
    criteria.dueWithinDays != null ||
    searchTerms(criteria.query ?? '').length > 0
  );
}

export function filterActions(
  items: readonly SearchableAction[],
  criteria: ActionCriteria,
  today: string,
): SearchableAction[] {
  const areas = criteria.areas?.length ? new Set(criteria.areas) : null;
  const leads = criteria.leads?.length ? new Set(criteria.leads) : null;
  const ratings = criteria.ratings?.length ? new Set<RatingKey>(criteria.ratings) : null;
  const overdue = criteria.overdue === true;
  const horizon = criteria.dueWithinDays == null ? null : addDays(today, criteria.dueWithinDays);
  const terms = searchTerms(criteria.query ?? '');

  const out: SearchableAction[] = [];
  for (const item of items) {
    if (areas && (item.areaNumber === null || !areas.has(item.areaNumber))) continue;
    if (leads && !item.leadKeys.some((key) => leads.has(key))) continue;
    if (ratings && !ratings.has(item.ratingKey)) continue;
    if (overdue && !isOverdueOn(item.due, item.action.rating, today)) continue;
    if (horizon !== null && !isDueSoonOn(item.due, item.action.rating, today, horizon)) continue;
    if (terms.length > 0 && !terms.every((term) => item.searchText.includes(term))) continue;
    out.push(item);
  }
  return out;
}

export const ACTION_SORT_KEYS = ['id', 'area', 'lead', 'deadline', 'rating'] as const;
export type ActionSortKey = (typeof ACTION_SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

const ATTENTION_RANK = new Map<RatingKey, number>(ATTENTION_ORDER.map((key, rank) => [key, rank]));

/**
 * The primary sort value, or null for "no value" (an unknown area, no real due
 * date), which sorts last in either direction: an undated action is not "latest".
 */
function sortValue(item: SearchableAction, key: ActionSortKey): number | string | null {
  switch (key) {
    case 'id':
      return item.idRank;
    case 'area':
      return item.areaNumber;
    case 'lead':
      // A blank lead has no name to sort by: last either way.
      return item.leadKeys.length === 1 && item.leadKeys[0] === '' ? null : item.leadRank;
    case 'deadline':
      return item.due;
    case 'rating':
      // Attention order: red, amber, green, blue, not yet due, not rated.
      return ATTENTION_RANK.get(item.ratingKey) ?? ATTENTION_ORDER.length;
  }
}

/**
 * A sorted copy. `asc` is: id in natural order, area number, lead A-Z, deadline
 * earliest first, rating red first. `desc` reverses the primary order only; missing
 * values stay last and ties are always in id order, so the list never jumps about.
 */
export function sortActions(items: readonly SearchableAction[], key: ActionSortKey, direction: SortDirection = 'asc'): SearchableAction[] {
  const sign = direction === 'desc' ? -1 : 1;
  const keyed = items.map((item) => ({ item, value: sortValue(item, key) }));
  keyed.sort((a, b) => {
    if (a.value !== b.value) {
      if (a.value === null) return 1;
      if (b.value === null) return -1;
      return (a.value < b.value ? -1 : 1) * sign;
    }
    return a.item.idRank - b.item.idRank || a.item.position - b.item.position;
  });
  return keyed.map((entry) => entry.item);
}
