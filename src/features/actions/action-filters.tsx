import { type ReactNode, useId, useRef } from 'react';
import type { Area } from '../../api/schemas';
import type { LeadGroup } from '../../domain/leads';
import { RATING_KEYS, RATING_LABELS, RATING_SYMBOLS, type RatingKey } from '../../domain/ratings';
import type { SearchValue } from '../../state/paths';
import type { UpdateOptions } from '../../state/url-state';
import { MAX_QUERY_LENGTH, type ParsedActionsSearch } from './action-search-state';
import { chosenFilters, SelectedFilters } from './selected-filters';

export type ActionsSearchUpdate = (patch: Partial<Record<keyof ParsedActionsSearch, SearchValue>>, options?: UpdateOptions) => void;

export interface ActionFiltersProps {
  search: ParsedActionsSearch;
  update: ActionsSearchUpdate;
  areas: readonly Area[];
  leads: readonly LeadGroup[];
}

const DEADLINE_OPTIONS = [
  { value: '', label: 'Any deadline' },
  { value: 'overdue', label: 'Overdue' },
  { value: '14', label: 'Due within 2 weeks' },
  { value: '28', label: 'Due within 4 weeks' },
  { value: '56', label: 'Due within 8 weeks' },
] as const;

function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? (list.includes(value) ? [...list] : [...list, value]) : list.filter((v) => v !== value);
}

/**
 * The explorer's filters: a search box, then rating, deadline, area and lead as
 * groups closed until wanted, and the filters in force as removable tags (the MOJ
 * filter pattern). Closed groups keep the first results in the first screenful on a
 * laptop and fold the panel to a few lines on a phone; the tags mean nothing chosen
 * is hidden. Every change goes straight into the URL; native checkboxes and radios,
 * so everything works by keyboard and announces its state.
 */
export function ActionFilters({ search, update, areas, leads }: ActionFiltersProps) {
  const id = useId();
  // A search is one history entry: the first keystroke adds it, later ones replace it,
  // so Back returns to the filters as they were before typing. Leaving the box ends it.
  const typing = useRef(false);
  const deadline = search.overdue ? 'overdue' : search.due;
  const orderedAreas = [...areas].sort((a, b) => a.number - b.number);

  return (
    <form
      className="app-filters"
      role="search"
      aria-label="Filter actions"
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <div className="app-form-group app-filters__search">
        <label className="app-label" htmlFor={`${id}-q`}>
          Search actions
        </label>
        <p className="app-hint" id={`${id}-q-hint`}>
          By ID, words in the action, lead or progress notes
        </p>
        <input
          id={`${id}-q`}
          className="app-input"
          type="search"
          aria-describedby={`${id}-q-hint`}
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_QUERY_LENGTH}
          value={search.q}
          onChange={(event) => {
            update({ q: event.target.value }, { replace: typing.current });
            typing.current = true;
          }}
          onBlur={() => {
            typing.current = false;
          }}
        />
      </div>

      <div className="app-filters__groups">
        <FilterGroup legend="Rating" chosen={search.rating.length}>
          <div className="app-checkboxes">
            {RATING_KEYS.map((key) => (
              <Checkbox
                key={key}
                id={`${id}-rating-${key}`}
                checked={search.rating.includes(key)}
                onChange={(on) => update({ rating: toggled<RatingKey>(search.rating, key, on) })}
              >
                <span aria-hidden="true" className="app-checkboxes__symbol">
                  {RATING_SYMBOLS[key]}
                </span>
                {RATING_LABELS[key]}
              </Checkbox>
            ))}
          </div>
        </FilterGroup>

        <FilterGroup legend="Deadline" chosen={deadline === '' ? 0 : 1}>
          <div className="app-radios">
            {DEADLINE_OPTIONS.map((option) => (
              <div className="app-radios__item" key={option.value}>
                <input
                  className="app-radios__input"
                  type="radio"
                  id={`${id}-deadline-${option.value || 'any'}`}
                  name={`${id}-deadline`}
                  checked={deadline === option.value}
                  onChange={() =>
                    update({
                      overdue: option.value === 'overdue',
                      due: option.value === 'overdue' ? '' : option.value,
                    })
                  }
                />
                <label className="app-radios__label" htmlFor={`${id}-deadline-${option.value || 'any'}`}>
                  {option.label}
                </label>
              </div>
            ))}
          </div>
        </FilterGroup>

        <FilterGroup legend="Area" chosen={search.area.length}>
          <div className="app-checkboxes app-checkboxes--columns">
            {orderedAreas.map((area) => {
              const value = String(area.number);
              return (
                <Checkbox
                  key={area.id}
                  id={`${id}-area-${area.number}`}
                  checked={search.area.includes(value)}
                  onChange={(on) => update({ area: toggled(search.area, value, on) })}
                >
                  Area {area.number}: {area.shortTitle ?? area.title}
                </Checkbox>
              );
            })}
          </div>
        </FilterGroup>

        <FilterGroup
          legend="Lead"
          chosen={search.lead.length}
          hint="Spellings that differ only in capitals, spacing, punctuation, “&” or “for” are shown as one lead."
        >
          <div className="app-checkboxes app-checkboxes--columns">
            {leads.map((lead, index) => (
              <Checkbox
                key={lead.key}
                id={`${id}-lead-${index}`}
                checked={search.lead.includes(lead.key)}
                onChange={(on) => update({ lead: toggled(search.lead, lead.key, on) })}
              >
                {lead.displayName}
              </Checkbox>
            ))}
          </div>
        </FilterGroup>
      </div>

      <SelectedFilters chosen={chosenFilters(search, areas, leads)} update={update} />
    </form>
  );
}

interface FilterGroupProps {
  legend: string;
  chosen: number;
  hint?: string;
  children: ReactNode;
}

/**
 * A group of choices, closed until wanted so the results stay near the top of the
 * page. Its summary says how many are chosen, and the selected-filter tags name
 * them, so a closed group hides no filter in force.
 */
function FilterGroup({ legend, chosen, hint, children }: FilterGroupProps) {
  return (
    <details className="app-filter-group">
      <summary className="app-filter-group__summary">
        {legend}
        {chosen > 0 ? ` (${chosen} chosen)` : ''}
      </summary>
      <fieldset className="app-fieldset">
        <legend className="app-visually-hidden">{legend}</legend>
        {hint && <p className="app-hint">{hint}</p>}
        {children}
      </fieldset>
    </details>
  );
}

interface CheckboxProps {
  id: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}

function Checkbox({ id, checked, onChange, children }: CheckboxProps) {
  return (
    <div className="app-checkboxes__item">
      <input
        className="app-checkboxes__input"
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label className="app-checkboxes__label" htmlFor={id}>
        {children}
      </label>
    </div>
  );
}
