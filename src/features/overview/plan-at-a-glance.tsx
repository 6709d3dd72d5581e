import { Link } from 'wouter';
import { RATING_KEYS } from '../../domain/ratings';
import type { Rollup } from '../../domain/rollup-types';
import { RatingTag } from '../../components/rating-tag';
import { paths, withSearch } from '../../state/paths';
import { formatCount, plural } from '../../domain/words';

export interface PlanAtAGlanceProps {
  planId: string;
  rollup: Rollup;
  measures: { total: number; notMeeting: number } | null;
  /** While true (and `measures` is null) a placeholder line keeps the measures' place. */
  measuresLoading?: boolean;
  sinceLastReview: { label: string; worsened: number; improved: number } | null;
}

/** The board's first question, answered in one strip: how many actions at each rating, and what needs attention. */
export function PlanAtAGlance({ planId, rollup, measures, measuresLoading = false, sinceLastReview }: PlanAtAGlanceProps) {
  const actionsPath = paths.actions(planId);
  return (
    <section aria-labelledby="glance-heading" className="app-glance">
      <h2 id="glance-heading" className="app-heading-m">
        {plural(rollup.total, 'action', 'actions')}
      </h2>
      <ul className="app-glance__ratings">
        {RATING_KEYS.map((key) => (
          <li key={key}>
            <Link href={withSearch(actionsPath, { rating: [key] })} className="app-glance__rating">
              <span className="app-glance__count">{formatCount(rollup.counts[key])}</span>{' '}
              <RatingTag rating={key} />
            </Link>
          </li>
        ))}
      </ul>
      <ul className="app-glance__attention">
        <li>
          <Link href={withSearch(actionsPath, { overdue: true })}>
            <strong>{formatCount(rollup.overdue)}</strong> overdue
          </Link>
        </li>
        {!measures && measuresLoading && <li className="app-hint">Loading the measures…</li>}
        {measures && (
          <li>
            <Link href={withSearch(paths.measures(planId), { show: ['off-target'] })}>
              <strong>{formatCount(measures.notMeeting)}</strong> of {formatCount(measures.total)} measures not meeting their target
            </Link>
          </li>
        )}
        {sinceLastReview && (
          <li>
            <Link href={paths.changes(planId)}>
              <strong>{formatCount(sinceLastReview.worsened)}</strong> {sinceLastReview.worsened === 1 ? 'rating' : 'ratings'} worse and{' '}
              <strong>{formatCount(sinceLastReview.improved)}</strong> better since the {sinceLastReview.label}
            </Link>
          </li>
        )}
      </ul>
    </section>
  );
}
