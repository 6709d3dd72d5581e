import { ACTION_SORT_KEYS, type ActionCriteria, type ActionSortKey, type SortDirection } from '../../domain/action-filter';
import { RATING_KEYS } from '../../domain/ratings';
import { enumParam, flagParam, listParam, textListParam, textParam } from '../../state/url-state';

/**
 * The Actions explorer's filters and sort, as URL parameters. Defaults are '' so a
 * view with nothing chosen has a clean URL (`/plans/x/actions`), and a link sent
 * before a meeting opens exactly the list the sender saw.
 */
export const ACTIONS_SEARCH = {
  /** Area numbers. */
  area: textListParam,
  /** Folded lead keys (domain `leadKey`), so every spelling of one lead is one filter. */
  lead: textListParam,
  rating: listParam(RATING_KEYS),
  overdue: flagParam,
  /** Days: 14, 28 or 56 ("due within 2, 4 or 8 weeks"). */
  due: enumParam(['', '14', '28', '56'], ''),
  q: textParam,
  /** '' is the default order, by id. */
  sort: enumParam(['', ...ACTION_SORT_KEYS], ''),
  /** '' is ascending. */
  dir: enumParam(['', 'asc', 'desc'], ''),
};

/** The longest search the URL keeps (textParam's limit). */
export const MAX_QUERY_LENGTH = 200;

export interface ParsedActionsSearch {
  area: string[];
  lead: string[];
  rating: (typeof RATING_KEYS)[number][];
  overdue: boolean;
  due: '' | '14' | '28' | '56';
  q: string;
  sort: '' | ActionSortKey;
  dir: '' | SortDirection;
}

/**
 * The criteria the URL asks for, keeping only values this plan has: an area number
 * or lead that is not in the plan (an old or hand-edited link) is dropped rather
 * than silently emptying the list behind a filter the page cannot show.
 */
export function criteriaFromSearch(
  search: ParsedActionsSearch,
  areaNumbers: ReadonlySet<number>,
  leadKeys: ReadonlySet<string>,
): ActionCriteria {
  const areas = search.area.map(Number).filter((n) => Number.isInteger(n) && areaNumbers.has(n));
  return {
    areas,
    leads: search.lead.filter((key) => leadKeys.has(key)),
    ratings: search.rating,
    overdue: search.overdue,
    dueWithinDays: search.due === '' ? null : Number(search.due),
    query: search.q,
  };
}

export function sortFromSearch(search: Pick<ParsedActionsSearch, 'sort' | 'dir'>): { key: ActionSortKey; direction: SortDirection } {
  return { key: search.sort === '' ? 'id' : search.sort, direction: search.dir === 'desc' ? 'desc' : 'asc' };
}

/** URL values for a sort: the defaults (id, ascending) are left out of the URL. */
export function sortToSearch(key: ActionSortKey, direction: SortDirection): { sort: string; dir: string } {
  return { sort: key === 'id' ? '' : key, dir: direction === 'desc' ? 'desc' : '' };
}
