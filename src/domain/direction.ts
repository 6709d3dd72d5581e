/**
 * Direction of travel (contract): the latest usable point against the usable
 * point before it.
 *
 * Order of the rules (the first that applies wins):
 * 1. 'no-judgement': polarity no-judgement, or fewer than two usable points, or
 *    in-range-is-good without a usable range (min and max, min <= max).
 * 2. 'no-change': the two values are equal (exactly, as decimals).
 * 3. 'on-target': in-range-is-good and both values inside [min, max] — the
 *    contract says inside the range both count as on target, so moving within
 *    the range is neither better nor worse.
 * 4. 'not-significant': both points carry a confidence interval (lower and
 *    upper) and the intervals overlap; touching ends (one's upper equals the
 *    other's lower) count as overlapping.
 * 5. 'improving' / 'worsening': by polarity. high-is-good: up is improving;
 *    low-is-good: down is improving; in-range-is-good: nearer to the range is
 *    improving, further is worsening, and the same distance on either side
 *    (e.g. 14 then 22 for 16-20) is 'no-change'.
 */
import type { Measure, Point, Polarity, Target } from '../api/schemas';
import { type Decimal, compareDecimal, compareExact, subtractDecimal, toDecimal } from './decimal';
import { lastTwoPoints } from './measure-points';

export type Direction = 'improving' | 'worsening' | 'no-change' | 'on-target' | 'not-significant' | 'no-judgement';

export const DIRECTION_LABELS: Readonly<Record<Direction, string>> = {
  improving: 'improving',
  worsening: 'worsening',
  'no-change': 'no change',
  'on-target': 'within range',
  'not-significant': 'no significant change',
  'no-judgement': 'no judgement',
};

/** Arrows only beside the words, never alone: "up" is not "better" for every polarity. */
export const DIRECTION_SYMBOLS: Readonly<Record<Direction, string>> = {
  improving: '↑',
  worsening: '↓',
  'no-change': '→',
  'on-target': '→',
  'not-significant': '≈',
  'no-judgement': '–',
};

type Interval = Pick<Point, 'lower' | 'upper'>;

function hasInterval(point: Interval): point is { lower: number; upper: number } {
  return typeof point.lower === 'number' && typeof point.upper === 'number' && Number.isFinite(point.lower) && Number.isFinite(point.upper);
}

/** Closed intervals [a.lower, a.upper] and [b.lower, b.upper] share at least one point. */
export function intervalsOverlap(a: { lower: number; upper: number }, b: { lower: number; upper: number }): boolean {
  return compareExact(a.lower, b.upper) <= 0 && compareExact(b.lower, a.upper) <= 0;
}

const ZERO: Decimal = { coefficient: 0n, exponent: 0 };

/** Exact distance from a value to [min, max]; zero inside. */
function distanceToRange(value: number, min: number, max: number): Decimal {
  const v = toDecimal(value);
  const lo = toDecimal(min);
  const hi = toDecimal(max);
  if (compareDecimal(v, lo) < 0) return subtractDecimal(lo, v);
  if (compareDecimal(v, hi) > 0) return subtractDecimal(v, hi);
  return ZERO;
}

/**
 * Direction of a move from `previous` to `latest` (values with optional
 * intervals) under a polarity and target. Exposed for year-on-year and impact.
 */
export function directionBetween(
  previous: { value: number } & Interval,
  latest: { value: number } & Interval,
  polarity: Polarity,
  target?: Target,
): Direction {
  if (polarity === 'no-judgement') return 'no-judgement';
  let range: { min: number; max: number } | null = null;
  if (polarity === 'in-range-is-good') {
    const min = target?.min;
    const max = target?.max;
    if (min === undefined || max === undefined || compareExact(min, max) > 0) return 'no-judgement';
    range = { min, max };
  }
  const order = compareExact(latest.value, previous.value);
  if (order === 0) return 'no-change';
  let before: Decimal | null = null;
  let after: Decimal | null = null;
  if (range) {
    before = distanceToRange(previous.value, range.min, range.max);
    after = distanceToRange(latest.value, range.min, range.max);
    if (before.coefficient === 0n && after.coefficient === 0n) return 'on-target';
  }
  if (hasInterval(previous) && hasInterval(latest) && intervalsOverlap(previous, latest)) return 'not-significant';
  switch (polarity) {
    case 'high-is-good':
      return order > 0 ? 'improving' : 'worsening';
    case 'low-is-good':
      return order < 0 ? 'improving' : 'worsening';
    case 'in-range-is-good': {
      if (before === null || after === null) return 'no-judgement';
      const nearer = compareDecimal(after, before);
      return nearer < 0 ? 'improving' : nearer > 0 ? 'worsening' : 'no-change';
    }
  }
}

export interface DirectionOfTravel {
  readonly direction: Direction;
  readonly latest: Point | null;
  readonly previous: Point | null;
}

/** Direction of travel of a measure, with the two points it compared. */
export function directionOfTravel(measure: Pick<Measure, 'polarity' | 'target' | 'points'>): DirectionOfTravel {
  const { latest, previous } = lastTwoPoints(measure);
  if (latest === null || previous === null) return { direction: 'no-judgement', latest, previous };
  return { direction: directionBetween(previous, latest, measure.polarity, measure.target), latest, previous };
}
