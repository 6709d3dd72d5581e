/**
 * The measures download: one row per measure, every figure and judgement from the
 * same functions as the screens (measure summary, comparators, state).
 *
 * The first columns are fixed (issue 9, so a council can load them into its own
 * reports): measure_id, title, unit, polarity, latest_period_end, latest_value,
 * rag, direction, england_period_end, england_value, council_value_same_period,
 * vs_england, vs_england_tested. Words for people follow them.
 * - rag: green, amber, red, or empty when there is no rating;
 * - direction: improving, worsening, no-change, not-significant or no-judgement;
 *   a range measure moving within its range (on screen "within range") is
 *   no-change: it is neither better nor worse;
 * - vs_england: better, similar, worse or not-compared (comparators.ts); tested
 *   says whether a confidence interval decided it;
 * - numbers are plain (86.5, not 86.5%); england_* describe the England entry the
 *   verdict used (the same period as ours), else England's latest.
 */
import type { Measure } from '../api/schemas';
import { comparatorWords } from './comparator-words';
import { type CsvCell, toCsv } from './csv';
import { DIRECTION_LABELS, type Direction } from './direction';
import { type MeasureSummary, summariseMeasure } from './measure-summary';
import { MEASURE_STATE_LABELS } from './measure-state';
import { targetWords } from './measure-target';

export const MEASURES_HEADER = [
  'measure_id',
  'title',
  'unit',
  'polarity',
  'latest_period_end',
  'latest_value',
  'rag',
  'direction',
  'england_period_end',
  'england_value',
  'council_value_same_period',
  'vs_england',
  'vs_england_tested',
  'state',
  'target',
  'direction_words',
  'vs_england_words',
] as const;

export type CsvDirection = 'improving' | 'worsening' | 'no-change' | 'not-significant' | 'no-judgement';

export function csvDirection(direction: Direction): CsvDirection {
  return direction === 'on-target' ? 'no-change' : direction;
}

const ENGLAND = /^england$/i;

export function measureRow(summary: MeasureSummary): CsvCell[] {
  const { measure, latest, rag, travel, state } = summary;
  const england = summary.comparators.find((result) => ENGLAND.test(result.comparator.group.trim()));
  return [
    measure.id,
    measure.title,
    measure.unit,
    measure.polarity,
    latest?.periodEnd ?? null,
    latest?.value ?? null,
    rag ?? '',
    csvDirection(travel.direction),
    england?.comparator.periodEnd ?? null,
    england?.comparator.value ?? null,
    england?.samePeriod ? (england.council?.value ?? null) : null,
    england?.verdict ?? 'not-compared',
    england?.tested ? 'yes' : 'no',
    MEASURE_STATE_LABELS[state],
    targetWords(measure),
    DIRECTION_LABELS[travel.direction],
    england ? comparatorWords(england, measure) : 'No England figure',
  ];
}

/** The CSV of measures, from their summaries (the rows a page shows) or straight from the measures. */
export function measuresCsv(measures: readonly (MeasureSummary | Measure)[]): string {
  return toCsv(MEASURES_HEADER, measures.map((item) => measureRow('measure' in item ? item : summariseMeasure(item))));
}
