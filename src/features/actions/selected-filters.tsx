import { useRef } from 'react';
import type { Area } from '../../api/schemas';
import type { LeadGroup } from '../../domain/leads';
import { RATING_LABELS, RATING_SYMBOLS } from '../../domain/ratings';
import type { SearchValue } from '../../state/paths';
import type { ParsedActionsSearch } from './action-search-state';

type Patch = Partial<Record<keyof ParsedActionsSearch, SearchValue>>;

export interface ChosenFilter {
  /** "Rating", "Deadline", "Area", "Lead", "Search". */
  readonly category: string;
  /** What the tag says: "■ At risk", "Area 3: Response to risk". */
  readonly label: string;
  /** The URL change that removes this one filter. */
  readonly remove: Patch;
}

const DEADLINE_WORDS: Readonly<Record<string, string>> = {
  '14': 'Due within 2 weeks',
  '28': 'Due within 4 weeks',
  '56': 'Due within 8 weeks',
};

/**
 * Every filter in force, one entry each, in the order of the filter panel. Area
 * numbers and leads the plan does not have are left out: the list ignores them too.
 */
export function chosenFilters(search: ParsedActionsSearch, areas: readonly Area[], leads: readonly LeadGroup[]): ChosenFilter[] {
  const chosen: ChosenFilter[] = [];
  if (search.q.trim() !== '') chosen.push({ category: 'Search', label: `“${search.q.trim()}”`, remove: { q: '' } });
  for (const key of search.rating) {
    chosen.push({
      category: 'Rating',
      label: `${RATING_SYMBOLS[key]} ${RATING_LABELS[key]}`,
      remove: { rating: search.rating.filter((k) => k !== key) },
    });
  }
  if (search.overdue) chosen.push({ category: 'Deadline', label: 'Overdue', remove: { overdue: false } });
  else if (search.due !== '') chosen.push({ category: 'Deadline', label: DEADLINE_WORDS[search.due] ?? search.due, remove: { due: '' } });
  for (const value of search.area) {
    const area = areas.find((a) => String(a.number) === value);
    if (area) {
      chosen.push({
        category: 'Area',
        label: `Area ${area.number}: ${area.shortTitle ?? area.title}`,
        remove: { area: search.area.filter((v) => v !== value) },
      });
    }
  }
  for (const key of search.lead) {
    const lead = leads.find((l) => l.key === key);
    if (lead) chosen.push({ category: 'Lead', label: lead.displayName, remove: { lead: search.lead.filter((k) => k !== key) } });
  }
  return chosen;
}

export interface SelectedFiltersProps {
  chosen: readonly ChosenFilter[];
  update: (patch: Patch) => void;
}

/**
 * The filters in force as tags, each a button that removes it (the MOJ filter
 * pattern), so the filter groups can stay closed without hiding what is chosen.
 * After a removal, focus moves to the next tag, or to the results when none is left,
 * never lost to the top of the page.
 */
export function SelectedFilters({ chosen, update }: SelectedFiltersProps) {
  const list = useRef<HTMLDivElement>(null);
  if (chosen.length === 0) return null;

  const focusAfterRemoving = (index: number) => {
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button');
      const next = buttons && buttons.length > 0 ? buttons[Math.min(index, buttons.length - 1)] : null;
      (next ?? document.getElementById('action-results'))?.focus();
    });
  };

  return (
    <div className="app-selected-filters" ref={list}>
      <h2 className="app-selected-filters__heading">Selected filters</h2>
      <ul className="app-selected-filters__list">
        {chosen.map((filter, index) => (
          <li key={`${filter.category}-${filter.label}`}>
            <button
              type="button"
              className="app-selected-filters__tag"
              aria-label={`Remove filter: ${filter.category}: ${filter.label}`}
              onClick={() => {
                update(filter.remove);
                focusAfterRemoving(index);
              }}
            >
              <span className="app-selected-filters__category">{filter.category}:</span> {filter.label}
              <span className="app-selected-filters__cross" aria-hidden="true">
                ×
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
