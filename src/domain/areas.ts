/** Looking areas up: the plan's own ids to the numbers people use ("Area 3"). */
import type { Area } from '../api/schemas';

/**
 * Area id → area number. A messy plan can repeat an id; the first area with it wins,
 * everywhere (tables, CSVs, filters), so one id never shows two numbers.
 */
export function areaNumbersById(areas: readonly Pick<Area, 'id' | 'number'>[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const area of areas) if (!numbers.has(area.id)) numbers.set(area.id, area.number);
  return numbers;
}

/** Area id → area, first area with an id winning, as `areaNumbersById` does. */
export function areasById<A extends Pick<Area, 'id'>>(areas: readonly A[]): Map<string, A> {
  const byId = new Map<string, A>();
  for (const area of areas) if (!byId.has(area.id)) byId.set(area.id, area);
  return byId;
}
