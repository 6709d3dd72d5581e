import { useId } from 'react';
import type { ActionSortKey, SortDirection } from '../../domain/action-filter';
import { sortToSearch } from './action-search-state';

const SORT_OPTIONS: readonly { value: ActionSortKey; label: string }[] = [
  { value: 'id', label: 'ID' },
  { value: 'area', label: 'Area' },
  { value: 'lead', label: 'Lead' },
  { value: 'deadline', label: 'Deadline (no date last)' },
  { value: 'rating', label: 'Rating (at risk first)' },
];

export interface SortControlsProps {
  sort: { key: ActionSortKey; direction: SortDirection };
  update: (patch: { sort: string; dir: string }) => void;
}

/** Sort order beside the result count (the column headers sort too), one line on a laptop. */
export function SortControls({ sort, update }: SortControlsProps) {
  const id = useId();
  return (
    <div className="app-sort-controls">
      <label className="app-sort-controls__label" htmlFor={`${id}-sort`}>
        Sort by
      </label>
      <select
        id={`${id}-sort`}
        className="app-select"
        value={sort.key}
        onChange={(event) => update(sortToSearch(event.target.value as ActionSortKey, sort.direction))}
      >
        {SORT_OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <label className="app-sort-controls__label" htmlFor={`${id}-dir`}>
        Order
      </label>
      <select
        id={`${id}-dir`}
        className="app-select"
        value={sort.direction}
        onChange={(event) => update(sortToSearch(sort.key, event.target.value === 'desc' ? 'desc' : 'asc'))}
      >
        <option value="asc">Ascending</option>
        <option value="desc">Descending</option>
      </select>
    </div>
  );
}
