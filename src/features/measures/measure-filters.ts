import type { Area } from '../../api/schemas';
import { isNotMeetingTarget } from '../../domain/measure-state';
import type { MeasureSummary } from '../../domain/measure-summary';
import { listParam, textParam } from '../../state/url-state';

/** The "show only" choices, as they appear in the URL (`?show=off-target,worsening`). */
export const SHOW_OPTIONS = ['off-target', 'worsening', 'outside-control'] as const;
export type ShowOption = (typeof SHOW_OPTIONS)[number];

export const SHOW_LABELS: Readonly<Record<ShowOption, string>> = {
  'off-target': 'Not meeting the target (near or off target)',
  worsening: 'Worsening',
  'outside-control': "Not in the council's control alone",
};

/** Module-level so the parsed state is stable between renders. `area` is an area number. */
export const MEASURE_SEARCH = {
  show: listParam(SHOW_OPTIONS),
  area: textParam,
};

const tests: Readonly<Record<ShowOption, (summary: MeasureSummary) => boolean>> = {
  'off-target': (s) => isNotMeetingTarget(s.state),
  worsening: (s) => s.travel.direction === 'worsening',
  'outside-control': (s) => s.measure.outsideControl === true,
};

/** The area a URL's `area` value names, or null for "all areas" (and for a number the plan lacks). */
export function selectedArea(areas: readonly Area[], area: string): Area | null {
  if (area === '') return null;
  return areas.find((a) => String(a.number) === area) ?? null;
}

/** Measures that pass every chosen filter (choices narrow: off target AND worsening). */
export function filterMeasures(
  summaries: readonly MeasureSummary[],
  show: readonly ShowOption[],
  area: Area | null,
): MeasureSummary[] {
  return summaries.filter(
    (summary) => show.every((option) => tests[option](summary)) && (area === null || summary.measure.areaIds.includes(area.id)),
  );
}

/** "7 of 30 measures", "1 of 1 measure". */
export function countWords(shown: number, total: number): string {
  return `${shown} of ${total} ${total === 1 ? 'measure' : 'measures'}`;
}

