/**
 * An area (or the whole plan) in words: what its actions' ratings add up to, and
 * the actions' and the measures' status side by side, never folded into one.
 */
import { type MeasureStateCounts, measuresStatusWords } from './measure-state';
import { RATING_KEYS, RATING_LABELS, type RatingKey } from './ratings';
import type { Rollup } from './rollup-types';
import { plural } from './words';

/** Each rating as a councillor would say it of a number of actions ("4 on track"). */
export const SUMMARY_RATING_WORDS: Readonly<Record<RatingKey, string>> = {
  blue: 'complete and awaiting evidence of impact',
  green: 'on track',
  amber: 'delayed',
  red: 'at risk',
  'not-due': 'not yet due',
  unrated: 'not yet rated',
};

/**
 * "9 actions: 3 complete and awaiting evidence of impact, 4 on track, 1 delayed,
 * 1 at risk; 2 overdue." Ratings in key order, zero counts left out, and the
 * overdue count always said ("none overdue"), because "is anything late?" is the
 * question a councillor asks next. Deadlines that are not real dates are named
 * too: they can never count as overdue, so "none overdue" alone would hide them.
 */
export function areaSummarySentence(rollup: Rollup): string {
  if (rollup.total === 0) return 'No actions yet.';
  const ratings = RATING_KEYS.filter((key) => rollup.counts[key] > 0).map((key) => `${rollup.counts[key]} ${SUMMARY_RATING_WORDS[key]}`);
  const facts = [rollup.overdue === 0 ? 'none overdue' : `${rollup.overdue} overdue`];
  if (rollup.invalidDeadlines > 0) {
    facts.push(
      rollup.invalidDeadlines === 1
        ? '1 with a deadline that is not a real date'
        : `${rollup.invalidDeadlines} with deadlines that are not real dates`,
    );
  }
  return `${plural(rollup.total, 'action', 'actions')}: ${ratings.join(', ')}; ${facts.join('; ')}.`;
}


/**
 * The actions' and the measures' status side by side, for cards, the area page,
 * the rollup table and the briefing: "Actions: on track · Measures: 2 of 2 not
 * meeting target". An area can be delivering its actions while its outcomes have
 * not moved; folding the two into one word would hide exactly that, and "on track"
 * alone reads as "done".
 */
export interface DeliveryAndOutcomes {
  /** "on track", "at risk", "complete, impact to test": the area status in sentence case. */
  readonly actions: string;
  /** "2 of 2 not meeting target", "all 3 on target", "no measures linked". */
  readonly measures: string | null;
  /** "Actions: on track · Measures: 2 of 2 not meeting target" */
  readonly text: string;
}

export function deliveryAndOutcomes(status: RatingKey, measures: MeasureStateCounts | undefined | null): DeliveryAndOutcomes {
  const actions = RATING_LABELS[status].toLowerCase();
  // null: the measures have not loaded (or failed); say nothing rather than "no measures".
  const measureWords = measures === null ? null : measuresStatusWords(measures);
  const text = `Actions: ${actions}${measureWords === null ? '' : ` · Measures: ${measureWords}`}`;
  return { actions, measures: measureWords, text };
}
