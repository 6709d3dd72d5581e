/**
 * Measure values in words, en-GB: "77.0%", "512.3 per 10,000", "1,234",
 * "45 days", "£1,234". `decimals` (0-4) fixes the number of decimal places;
 * when a measure has none, the value is shown as stored, up to 4 places (the
 * contract's maximum) with no padding, so nothing is silently rounded away.
 * Rounding is half away from zero on the decimal as written (Intl's default):
 * 1.005 to two places is "1.01", not toFixed's "1.00".
 * Percent values are already percentages (77 means 77%), as the contract sends them.
 */
import type { Measure, Point, Unit } from '../api/schemas';
import { formatIsoDateShort } from './deadlines';
import { isUsablePoint, pointMarker } from './measure-points';

const formatters = new Map<string, Intl.NumberFormat>();

/** Intl formatters are costly to build; keep one per option set. */
function numberFormat(decimals: number | undefined, currency: boolean, sign: 'negative' | 'exceptZero'): Intl.NumberFormat {
  const key = `${decimals ?? 'auto'}|${currency}|${sign}`;
  let format = formatters.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-GB', {
      ...(currency ? { style: 'currency', currency: 'GBP' } : {}),
      minimumFractionDigits: decimals ?? 0,
      maximumFractionDigits: decimals ?? 4,
      // 'negative' never prints "-0" for a tiny negative rounded to zero.
      signDisplay: sign,
    });
    formatters.set(key, format);
  }
  return format;
}

/** A plain number with thousands separators and the measure's decimals. */
export function formatNumber(value: number, decimals?: number): string {
  return numberFormat(decimals, false, 'negative').format(value);
}

/** Singular only for exactly one ("1 day", "+1 day"); "1.0 days" reads as a measurement. */
function isOne(number: string): boolean {
  return /^[+-]?1$/.test(number);
}

function withUnit(number: string, unit: Unit): string {
  switch (unit) {
    case 'percent':
      return `${number}%`;
    case 'rate-per-10000':
      return `${number} per 10,000`;
    case 'days':
      return `${number} ${isOne(number) ? 'day' : 'days'}`;
    case 'weeks':
      return `${number} ${isOne(number) ? 'week' : 'weeks'}`;
    case 'count':
    case 'ratio':
    case 'score':
    case 'currency-gbp':
      return number;
  }
}

/** A value with its unit, e.g. "77.0%" (decimals 1) or "£1,234" (decimals 0). */
export function formatMeasureValue(value: number, unit: Unit, decimals?: number): string {
  if (unit === 'currency-gbp') return numberFormat(decimals, true, 'negative').format(value);
  return withUnit(formatNumber(value, decimals), unit);
}

/**
 * A point as shown in a table: "c" when suppressed, "n/a" when not available or
 * null, otherwise the value with " (p)" / " (r)" for provisional / revised.
 */
export function formatPointValue(point: Point, measure: Pick<Measure, 'unit' | 'decimals'>): string {
  if (point.status === 'suppressed') return 'c';
  if (!isUsablePoint(point)) return 'n/a';
  const marker = pointMarker(point);
  const text = formatMeasureValue(point.value, measure.unit, measure.decimals);
  return marker === '' ? text : `${text} (${marker})`;
}

/**
 * A change with its sign: "+6.0 percentage points" for percent (a difference of
 * percentages is in points, not per cent), "-12.5 per 10,000", "+3 days", "-£200",
 * "0 days" for none.
 */
export function formatMeasureChange(change: number, unit: Unit, decimals?: number): string {
  if (unit === 'currency-gbp') return numberFormat(decimals, true, 'exceptZero').format(change);
  const number = numberFormat(decimals, false, 'exceptZero').format(change);
  if (unit === 'percent') return `${number} ${isOne(number) ? 'percentage point' : 'percentage points'}`;
  return withUnit(number, unit);
}

const UNIT_WORDS: Readonly<Record<Unit, string>> = {
  percent: 'per cent',
  count: 'number',
  'rate-per-10000': 'rate per 10,000 children',
  days: 'days',
  weeks: 'weeks',
  ratio: 'ratio',
  score: 'score',
  'currency-gbp': 'pounds',
};

/** The unit in words for labels and table headers. */
export function unitWords(unit: Unit): string {
  return UNIT_WORDS[unit];
}

const POLARITY_WORDS: Readonly<Record<Measure['polarity'], string>> = {
  'high-is-good': 'higher is better',
  'low-is-good': 'lower is better',
  'in-range-is-good': 'within the target range is best',
  'no-judgement': 'no judgement of better or worse',
};

export function polarityWords(polarity: Measure['polarity']): string {
  return POLARITY_WORDS[polarity];
}

/** The period of a point as people say it: its label ("Q3 2023-24"), or its end date ("31 Dec 2023"). */
export function periodName(point: Pick<Point, 'periodEnd' | 'periodLabel'>): string {
  return point.periodLabel ?? formatIsoDateShort(point.periodEnd);
}
