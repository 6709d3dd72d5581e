/**
 * Comparator results in words, the same on every screen, in print and in the CSV:
 * "Worse than England (82.9%, 2022-23; ours 76.0%, Mar 2023)", and, when the
 * periods differ, both figures with no verdict: "England 2022-23: 82.9%; ours, Dec
 * 2023: 86.5%: not the same period". The rule is comparators.ts's.
 */
import type { Comparator, Measure } from '../api/schemas';
import type { ComparatorResult, ComparatorVerdict } from './comparators';
import type { IntervalMethod } from './confidence-intervals';
import { formatIsoDateShort } from './deadlines';
import { formatMeasureValue, periodName } from './measure-format';

/** The method, in words, for the measure page, the briefing's glossary and the docs. */
export const COMPARISON_METHOD =
  'We compare our figure with another group’s only for the same period. Our figure is similar to theirs when their figure lies inside our 95% confidence interval (the range our true value is likely to lie in), ends included; otherwise ours is better or worse, by whether higher or lower is better for the measure. The interval is the one published with our figure or, as Public Health England’s Fingertips does, the Wilson score interval for a percentage and Byar’s method for a rate per 10,000. Where no interval can be had, we compare the two figures directly and say that the difference was not tested for significance. Measures judged against a range, and context figures, get no verdict.';

export const INTERVAL_METHOD_WORDS: Readonly<Record<IntervalMethod, string>> = {
  given: 'the 95% confidence interval published with our figure',
  wilson: 'the Wilson score 95% confidence interval of our percentage',
  byar: 'Byar’s 95% confidence interval of our rate per 10,000',
};

/** The verdict as the CSV writes it, and as a word for tables. */
export const COMPARATOR_VERDICT_WORDS: Readonly<Record<ComparatorVerdict, string>> = {
  better: 'Better',
  similar: 'Similar',
  worse: 'Worse',
  'not-compared': 'Not compared',
};

/** A comparator's period: its label, its end date, or "" when it gives neither. */
export function comparatorPeriod(comparator: Pick<Comparator, 'periodEnd' | 'periodLabel'>): string {
  return comparator.periodLabel ?? (comparator.periodEnd ? formatIsoDateShort(comparator.periodEnd) : '');
}

/** "Statistical neighbours" reads as a common noun inside a sentence; place names keep their capitals. */
export function groupInSentence(group: string): string {
  return /^statistical neighbours?\b/i.test(group) ? `${group.charAt(0).toLowerCase()}${group.slice(1)}` : group;
}

/** One comparator's result in words, without a full stop. */
export function comparatorWords(result: ComparatorResult, measure: Pick<Measure, 'unit' | 'decimals'>): string {
  const fmt = (value: number) => formatMeasureValue(value, measure.unit, measure.decimals);
  const { comparator, council, verdict } = result;
  const period = comparatorPeriod(comparator);
  const group = comparator.group;
  const ours = council ? `ours, ${periodName(council)}: ${fmt(council.value)}` : null;
  const theirs = `${group}${period ? ` ${period}` : ''}: ${fmt(comparator.value)}`;
  if (verdict === 'not-compared') {
    switch (result.reason) {
      case 'no-council-value':
        return `${theirs}; we have no figure to compare`;
      case 'no-judgement':
        return `${theirs}; ${ours ?? 'ours: none'}: no judgement of better or worse`;
      case 'different-period':
      case null:
        return `${theirs}; ${ours ?? 'ours: none'}: not the same period`;
    }
  }
  const head = verdict === 'similar' ? `Similar to ${groupInSentence(group)}` : `${verdict === 'better' ? 'Better' : 'Worse'} than ${groupInSentence(group)}`;
  const figures = `${fmt(comparator.value)}${period ? `, ${period}` : ''}${council ? `; ours ${fmt(council.value)}, ${periodName(council)}` : ''}`;
  return `${head} (${figures})${result.tested ? '' : ': not tested for significance'}`;
}

/** How a tested verdict was reached, for the measure page: "England's figure is outside …". */
export function comparatorTestWords(result: ComparatorResult, measure: Pick<Measure, 'unit' | 'decimals'>): string | null {
  if (result.verdict === 'not-compared') return null;
  if (!result.tested || result.interval === null) return 'Not tested for significance: no confidence interval can be had for our figure, so the two figures are compared directly.';
  // Computed limits have many decimals: show them to the measure's own precision (one place by default).
  const fmt = (value: number) => formatMeasureValue(value, measure.unit, measure.decimals ?? 1);
  const range = `${fmt(result.interval.lower)} to ${fmt(result.interval.upper)}`;
  const where = result.verdict === 'similar' ? 'inside' : 'outside';
  return `${result.comparator.group}’s figure is ${where} ${INTERVAL_METHOD_WORDS[result.interval.method]} (${range}).`;
}
