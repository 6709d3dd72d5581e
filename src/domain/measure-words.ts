/**
 * The one sentence builder for a measure: what the screen's summary, the chart's
 * text alternative, the briefing and the board pack all say. It decides no rule;
 * it says the results of the rules (RAG and state, direction, year-on-year,
 * like-for-like comparators) in plain English for councillors.
 */
import type { Measure, Point, Unit } from '../api/schemas';
import { comparatorWords } from './comparator-words';
import { oneYearEarlier, isIsoDate } from './dates';
import { compareExact, subtractExact } from './decimal';
import { DIRECTION_LABELS, type Direction } from './direction';
import { formatMeasureChange, formatMeasureValue, formatNumber, periodName, polarityWords } from './measure-format';
import { type ValuedPoint, isUsablePoint } from './measure-points';
import type { MeasureRag } from './measure-rag';
import { MEASURE_STATE_LABELS, measureStateWords } from './measure-state';
import type { MeasureSummary } from './measure-summary';
import { capitalise, joinWords } from './words';
import { pointYearEarlier } from './year-on-year';

/** The flag shown beside a measure whose outcome partners, courts or national trends also shape. */
export const OUTSIDE_CONTROL_FLAG = 'Not in the council’s control alone';
export const OUTSIDE_CONTROL_DETAIL = 'Partners, courts, health services or national trends also shape this figure.';
export const NOT_COLLECTED = MEASURE_STATE_LABELS['not-collected'];
export const SUPPRESSED_WORDS = 'not published (small numbers)';

export interface MeasureWords {
  /** The latest figure, its period and where it stands against the target. */
  readonly headline: string;
  /** Direction of travel since the previous figure, with the polarity in words. */
  readonly direction: string | null;
  /** Against the same period one and two years earlier. */
  readonly trend: string | null;
  /** Against England, statistical neighbours and the region. */
  readonly comparators: string | null;
  /** Every sentence above, in order, as one paragraph. */
  readonly text: string;
  /** `OUTSIDE_CONTROL_FLAG` when the measure is marked so; shown apart from the text. */
  readonly flag: string | null;
}

function markerWords(point: Pick<Point, 'status'>): string {
  return point.status === 'provisional' ? ' (provisional)' : point.status === 'revised' ? ' (revised)' : '';
}

/** "the 90.0% target", "the 42-day target"; "the target of 0" where a number reads badly as an adjective. */
function targetNoun(value: number, unit: Unit, decimals: number | undefined): string {
  switch (unit) {
    case 'days':
    case 'weeks':
      return `the ${formatNumber(value, decimals)}-${unit === 'days' ? 'day' : 'week'} target`;
    case 'percent':
    case 'rate-per-10000':
      return `the ${formatMeasureValue(value, unit, decimals)} target`;
    case 'count':
    case 'ratio':
    case 'score':
    case 'currency-gbp':
      return `the target of ${formatMeasureValue(value, unit, decimals)}`;
  }
}

/**
 * Where the latest value stands against the target, in the one vocabulary: the
 * side of the target (read from the value) and then the state, "below the 90.0%
 * target: near target". The RAG (measure-rag.ts) decides the state.
 */
function targetRelation(measure: Measure, value: number, summary: Pick<MeasureSummary, 'rag' | 'state'>): string {
  const { target, unit, decimals, polarity } = measure;
  const state = measureStateWords(summary.state);
  if (polarity === 'no-judgement') return `: ${state} (a context figure, with no judgement of better or worse)`;
  const rag: MeasureRag | null = summary.rag;
  if (rag === null || target === undefined) return `: ${state} set`;
  if (polarity === 'in-range-is-good' && target.min !== undefined && target.max !== undefined) {
    const range = `the target range of ${formatMeasureValue(target.min, unit, decimals)} to ${formatMeasureValue(target.max, unit, decimals)}`;
    const side = rag === 'green' ? 'within' : compareExact(value, target.min) < 0 ? 'below' : 'above';
    return `, ${side} ${range}: ${state}`;
  }
  if (target.value === undefined) return `: ${state} set`;
  const noun = targetNoun(target.value, unit, decimals);
  const order = compareExact(value, target.value);
  return `, ${order === 0 ? 'meeting' : order > 0 ? 'above' : 'below'} ${noun}: ${state}`;
}

/** "up from", "down from", "the same as". */
function moveWords(latest: number, earlier: number): string {
  const order = compareExact(latest, earlier);
  return order > 0 ? 'up from' : order < 0 ? 'down from' : 'the same as';
}

function polarityClause(measure: Measure): string {
  return polarityWords(measure.polarity);
}

function directionSentence(measure: Measure, latest: ValuedPoint, previous: ValuedPoint, direction: Direction): string {
  const fmt = (v: number) => formatMeasureValue(v, measure.unit, measure.decimals);
  const since = `since ${periodName(previous)}`;
  const move = `${moveWords(latest.value, previous.value)} ${fmt(previous.value)}`;
  switch (direction) {
    case 'improving':
    case 'worsening':
      return `${capitalise(DIRECTION_LABELS[direction])} ${since} (${move}); ${polarityClause(measure)}.`;
    case 'no-change':
      return `No change ${since} (${fmt(previous.value)}).`;
    case 'on-target':
      return `Within the target range ${since} (${move}); anywhere in the range counts as on target.`;
    case 'not-significant':
      return `No significant change ${since} (${move}): the confidence intervals overlap.`;
    case 'no-judgement':
      return `${capitalise(move)} in ${periodName(previous)}; ${polarityClause(measure)}.`;
  }
}

const ONE_YEAR = 'a year earlier';
const TWO_YEARS = 'two years earlier';

interface Earlier {
  readonly point: ValuedPoint;
  readonly words: string;
}

/** The usable points exactly one and two years before the latest (month-ends match month-ends). */
function earlierYears(measure: Measure, latest: ValuedPoint): Earlier[] {
  if (!isIsoDate(latest.periodEnd)) return [];
  const oneYear = pointYearEarlier(measure, latest);
  const twoYears = pointYearEarlier(measure, { periodEnd: oneYearEarlier(latest.periodEnd) });
  const found: Earlier[] = [];
  if (oneYear) found.push({ point: oneYear, words: ONE_YEAR });
  if (twoYears) found.push({ point: twoYears, words: TWO_YEARS });
  return found;
}

/** Judgement words for the trend sentence; null when there is nothing to judge. */
function trendJudgement(direction: Direction): string | null {
  switch (direction) {
    case 'improving':
    case 'worsening':
    case 'not-significant':
      return DIRECTION_LABELS[direction];
    case 'on-target':
      return 'within the target range';
    case 'no-change':
    case 'no-judgement':
      return null;
  }
}

function trendSentence(
  measure: Measure,
  latest: ValuedPoint,
  earlier: readonly Earlier[],
  direction: Direction | null,
  withPolarity: boolean,
): string | null {
  if (earlier.length === 0) return null;
  const fmt = (v: number) => formatMeasureValue(v, measure.unit, measure.decimals);
  let previousMove = '';
  const parts = earlier.map(({ point, words }) => {
    const move = moveWords(latest.value, point.value);
    // "up from 71% a year earlier and 64% two years earlier": say the move once when it repeats.
    const text = move === previousMove ? `${fmt(point.value)} ${words}` : `${move} ${fmt(point.value)} ${words}`;
    previousMove = move;
    return text;
  });
  let sentence = capitalise(joinWords(parts));
  const first = earlier[0];
  if (first && first.words === ONE_YEAR && compareExact(latest.value, first.point.value) !== 0) {
    sentence += ` (${formatMeasureChange(subtractExact(latest.value, first.point.value), measure.unit, measure.decimals)} on the year)`;
  }
  const judgement = direction === null ? null : trendJudgement(direction);
  if (judgement) sentence += `: ${judgement}`;
  if (withPolarity && measure.polarity !== 'in-range-is-good') sentence += `; ${polarityClause(measure)}`;
  return `${sentence}.`;
}

/**
 * A measure as a councillor would want it read out:
 * "86.5% in Dec 2023 (provisional), below the 90.0% target: near target. Improving
 * since Nov 2023 (up from 85.1%); higher is better. Up from 71.0% a year earlier
 * (+15.5 percentage points on the year): improving. Worse than England (82.9%,
 * 2022-23; ours 76.0%, Mar 2023)."
 * Suppressed figures are "not published (small numbers)" and never shown; a measure
 * with no figures is "Not collected yet". `outsideControl` is a separate flag.
 * Used for the screen (summaries, chart text alternatives) and print alike.
 */
export function measureInWords(summary: MeasureSummary, measure: Measure = summary.measure): MeasureWords {
  const { latest, travel, yearOnYear, comparators } = summary;
  const flag = measure.outsideControl ? OUTSIDE_CONTROL_FLAG : null;
  const comparatorText = comparatorsSentence(measure, comparators);
  const lastPoint = measure.points.at(-1);

  if (latest === null) {
    const headline = summary.state === 'no-figure' ? `${capitalise(SUPPRESSED_WORDS)}: ${measureStateWords('no-figure')}.` : `${NOT_COLLECTED}.`;
    const text = [headline, comparatorText].filter((s): s is string => s !== null).join(' ');
    return { headline, direction: null, trend: null, comparators: comparatorText, text, flag };
  }

  const fmt = (v: number) => formatMeasureValue(v, measure.unit, measure.decimals);
  let headline = `${fmt(latest.value)} in ${periodName(latest)}${markerWords(latest)}${targetRelation(measure, latest.value, summary)}.`;
  if (lastPoint && lastPoint !== latest && !isUsablePoint(lastPoint)) {
    const why = lastPoint.status === 'suppressed' ? SUPPRESSED_WORDS : 'not available';
    headline = `${capitalise(periodName(lastPoint))}: ${why}. Latest figure: ${headline}`;
  }

  const earlier = earlierYears(measure, latest);
  const previous = travel.previous && isUsablePoint(travel.previous) ? travel.previous : null;
  // For annual series the previous figure is the year-earlier one: say it once, in the trend.
  const previousIsEarlierYear = previous !== null && earlier.some((e) => e.point.periodEnd === previous.periodEnd);
  const direction = previous && !previousIsEarlierYear ? directionSentence(measure, latest, previous, travel.direction) : null;
  const trendDirection = yearOnYear?.direction ?? (previousIsEarlierYear ? travel.direction : null);
  const trend = trendSentence(measure, latest, earlier, trendDirection, direction === null);

  const text = [headline, direction, trend, comparatorText].filter((s): s is string => s !== null).join(' ');
  return { headline, direction, trend, comparators: comparatorText, text, flag };
}


/** One sentence per comparator group, in the groups' order (comparator-words.ts). */
function comparatorsSentence(measure: Measure, results: MeasureSummary['comparators']): string | null {
  if (results.length === 0) return null;
  return results.map((result) => `${comparatorWords(result, measure)}.`).join(' ');
}
