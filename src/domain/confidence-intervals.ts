/**
 * 95% confidence intervals the way Public Health England's Fingertips computes them
 * (PHE, "Technical guide: confidence intervals", after APHO Technical Briefing 3):
 * - a proportion (our `percent`): the Wilson score interval (Wilson 1927; Newcombe
 *   1998, method 3), which stays inside 0-100% and behaves at 0 and n;
 * - a count, and so a rate with a fixed denominator (our `rate-per-10000`): Byar's
 *   approximation to the exact Poisson limits on the numerator (Breslow and Day
 *   1987), then scaled to the rate by 10,000 / denominator.
 * A point that sends its own `lower` and `upper` keeps them: the publisher knows its
 * method (a standardised rate, say) better than we do.
 */
import type { Point, Unit } from '../api/schemas';

/** The standard normal quantile for a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

export type IntervalMethod = 'given' | 'wilson' | 'byar';

export interface PointInterval extends Interval {
  readonly method: IntervalMethod;
}

function isCount(value: number): boolean {
  return Number.isFinite(value) && value >= 0;
}

/**
 * Wilson score interval for x successes in n trials, as proportions (0 to 1):
 * (2x + z² ± z√(z² + 4x(1 − x/n))) / (2(n + z²)). Null when x or n cannot be a
 * count of trials (negative, x above n, n zero).
 */
export function wilsonInterval(x: number, n: number, z = Z_95): Interval | null {
  if (!isCount(x) || !isCount(n) || n === 0 || x > n) return null;
  const centre = 2 * x + z * z;
  const half = z * Math.sqrt(z * z + 4 * x * (1 - x / n));
  const denominator = 2 * (n + z * z);
  // At x = 0 and x = n the exact ends are 0 and 1; the formula gives them up to rounding.
  const lower = x === 0 ? 0 : (centre - half) / denominator;
  const upper = x === n ? 1 : (centre + half) / denominator;
  return { lower, upper };
}

/**
 * Byar's interval for an observed count x (events):
 * lower = x (1 − 1/(9x) − z/(3√x))³, upper = (x+1) (1 − 1/(9(x+1)) + z/(3√(x+1)))³.
 * The lower limit is 0 for x = 0 (the formula is undefined there).
 */
export function byarInterval(x: number, z = Z_95): Interval | null {
  if (!isCount(x)) return null;
  const lower = x === 0 ? 0 : Math.max(0, x * (1 - 1 / (9 * x) - z / (3 * Math.sqrt(x))) ** 3);
  const next = x + 1;
  const upper = next * (1 - 1 / (9 * next) + z / (3 * Math.sqrt(next))) ** 3;
  return { lower, upper };
}

/**
 * The 95% interval of a point's value: its own `lower`/`upper` when it sends both;
 * otherwise Wilson for a percent and Byar for a rate per 10,000, from its numerator
 * and denominator; otherwise null (no interval can be had).
 */
export function pointInterval(point: Pick<Point, 'lower' | 'upper' | 'numerator' | 'denominator'>, unit: Unit): PointInterval | null {
  const { lower, upper, numerator, denominator } = point;
  if (typeof lower === 'number' && typeof upper === 'number' && Number.isFinite(lower) && Number.isFinite(upper) && lower <= upper) {
    return { lower, upper, method: 'given' };
  }
  if (numerator === undefined || denominator === undefined || !(denominator > 0)) return null;
  if (unit === 'percent') {
    const interval = wilsonInterval(numerator, denominator);
    return interval && { lower: interval.lower * 100, upper: interval.upper * 100, method: 'wilson' };
  }
  if (unit === 'rate-per-10000') {
    const interval = byarInterval(numerator);
    const scale = 10_000 / denominator;
    return interval && { lower: interval.lower * scale, upper: interval.upper * scale, method: 'byar' };
  }
  return null;
}
