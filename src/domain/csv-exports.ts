/**
 * The dashboard's CSV downloads, built from the same rollups and change lists as
 * the screens. Ratings are written as the contract's values (empty for unrated),
 * so a CSV can be re-read against the API.
 */
import type { Action, Area } from '../api/schemas';
import { type CsvCell, toCsv } from './csv';
import { createDeadlineCache, dueDate, isOverdueOn } from './deadlines';
import { type RatingKey, ratingFromKey } from './ratings';
import type { AreaRollup } from './rollup-types';
import type { RatingChange } from './review-changes';
import { areaNumbersById } from './areas';

export const AREA_ROLLUP_HEADER = ['area_number', 'area_title', 'blue', 'green', 'amber', 'red', 'not_due', 'unrated', 'total', 'overdue'] as const;
export const ACTIONS_HEADER = ['id', 'area_number', 'title', 'lead', 'deadline', 'rating', 'overdue'] as const;
export const CHANGES_HEADER = ['action_id', 'area_number', 'from', 'to', 'direction', 'rationale'] as const;

function contractRating(key: RatingKey): string {
  return ratingFromKey(key) ?? '';
}

/** One row per area rollup; an unknown area has an empty number and its id as title. */
export function areaRollupRows(rollups: readonly AreaRollup[]): CsvCell[][] {
  return rollups.map(({ area, areaId, rollup }) => {
    const c = rollup.counts;
    return [area?.number ?? null, area?.title ?? areaId, c.blue, c.green, c.amber, c.red, c['not-due'], c.unrated, rollup.total, rollup.overdue];
  });
}

/**
 * One row per action. `deadline` is the raw contract value, or `deadlineText`
 * when the deadline is null; overdue is "yes"/"no" by the same rule as the screens
 * (an impossible date is never overdue).
 */
export function actionRows(
  actions: readonly Pick<Action, 'id' | 'areaId' | 'title' | 'lead' | 'deadline' | 'deadlineText' | 'rating'>[],
  areas: readonly Area[],
  today: string,
): CsvCell[][] {
  const numbers = areaNumbersById(areas);
  const deadlineOf = createDeadlineCache();
  return actions.map((action) => {
    const overdue = isOverdueOn(dueDate(deadlineOf(action)), action.rating, today);
    return [
      action.id,
      numbers.get(action.areaId) ?? null,
      action.title,
      action.lead,
      action.deadline ?? action.deadlineText ?? null,
      action.rating ?? '',
      overdue ? 'yes' : 'no',
    ];
  });
}

/** One row per rating change; the rationale is empty when none was given. */
export function changeRows(changes: readonly RatingChange[], areas: readonly Area[]): CsvCell[][] {
  const numbers = areaNumbersById(areas);
  return changes.map((change) => [
    change.actionId,
    change.areaId === null ? null : (numbers.get(change.areaId) ?? null),
    contractRating(change.from),
    contractRating(change.to),
    change.direction,
    change.rationale,
  ]);
}

export function areaRollupCsv(rollups: readonly AreaRollup[]): string {
  return toCsv(AREA_ROLLUP_HEADER, areaRollupRows(rollups));
}

export function actionsCsv(actions: Parameters<typeof actionRows>[0], areas: readonly Area[], today: string): string {
  return toCsv(ACTIONS_HEADER, actionRows(actions, areas, today));
}

export function changesCsv(changes: readonly RatingChange[], areas: readonly Area[]): string {
  return toCsv(CHANGES_HEADER, changeRows(changes, areas));
}
