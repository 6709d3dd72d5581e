/**
 * Every view's URL, built in one place so links and the README's route table agree.
 * Path segments are encoded; query strings come from `toSearch`.
 */
const plan = (planId: string) => `/plans/${encodeURIComponent(planId)}`;

export const paths = {
  plans: () => '/',
  accessibility: () => '/accessibility',
  overview: (planId: string) => plan(planId),
  area: (planId: string, areaNumber: number) => `${plan(planId)}/areas/${areaNumber}`,
  actions: (planId: string) => `${plan(planId)}/actions`,
  measures: (planId: string) => `${plan(planId)}/measures`,
  measure: (planId: string, measureId: string) => `${plan(planId)}/measures/${encodeURIComponent(measureId)}`,
  changes: (planId: string) => `${plan(planId)}/changes`,
  checkIn: (planId: string) => `${plan(planId)}/check-in`,
  briefing: (planId: string) => `${plan(planId)}/briefing`,
  boardPack: (planId: string) => `${plan(planId)}/board-pack`,
  /** "Add an update" for one action; `from` is the view to return to (see `returnPath`). */
  addUpdate: (planId: string, actionId: string, from?: string) =>
    `${plan(planId)}/actions/${encodeURIComponent(actionId)}/update${from ? toSearch({ from }) : ''}`,
} as const;

/**
 * Where a form returns to: `from` when it is a view of the same plan on this site (a
 * path, never another origin), otherwise `fallback`.
 */
export function returnPath(planId: string, from: string | null, fallback: string): string {
  if (from === null) return fallback;
  const root = plan(planId);
  // Starting with the plan's own root, it can only be a path on this site.
  return from === root || from.startsWith(`${root}/`) || from.startsWith(`${root}?`) ? from : fallback;
}

export type SearchValue = string | number | boolean | readonly (string | number)[] | null | undefined;

/** `?a=1&b=x,y` from an object; empty, false and empty-list values are left out. */
export function toSearch(params: Readonly<Record<string, SearchValue>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === false || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(key, value.join(','));
    } else if (value === true) {
      search.set(key, 'yes');
    } else {
      search.set(key, String(value as string | number));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** A link to a view with its filters: `withSearch(paths.actions(id), { rating: ['red'] })`. */
export function withSearch(path: string, params: Readonly<Record<string, SearchValue>>): string {
  return `${path}${toSearch(params)}`;
}
