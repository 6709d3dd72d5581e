import { useMemo, type ReactNode } from 'react';
import { BragTrendPanel } from '../../components/charts/brag-trend-panel';
import { BlueTable, OverdueActionsTable, OverdueTable, PresenceTable, RatingChangeTable } from '../../components/changes/change-tables';
import { ImpactList } from '../../components/changes/impact-list';
import { Loading } from '../../components/loading';
import { PanelBoundary } from '../../components/panel-boundary';
import { PrintFrame } from '../../components/print/print-frame';
import { QueryError } from '../../components/query-error';
import { RatingKey } from '../../components/rating-key';
import { RatingTag } from '../../components/rating-tag';
import { RollupTable } from '../../components/rollup-table';
import { areaNumbersById, areasById } from '../../domain/areas';
import { formatAsOf } from '../../domain/as-of';
import { areaSummarySentence } from '../../domain/area-summary';
import { measuresNotMeetingTarget, overdueActions } from '../../domain/board-pack';
import { formatIsoDateShort } from '../../domain/deadlines';
import { changesByDirection } from '../../domain/review-changes';
import { measureStateCounts, measureStateCountsByArea } from '../../domain/measure-state';
import { RATING_KEYS } from '../../domain/ratings';
import { usePlanRollups } from '../../state/use-plan-rollups';
import { useReviewComparison } from '../../state/use-review-comparison';
import { BoardPackAreas } from './board-pack-areas';
import { MeasuresNotMeetingTable } from './measures-not-meeting-table';
import './board-pack.css';
import { DataProblems } from '../../components/data-problems';
import { problemsOf } from '../../api/problems';
import { RationaleMissing } from '../../components/changes/rationale-missing';

export interface BoardPackPageProps {
  planId: string;
}

/**
 * The Improvement Board's pack in one printout: the overview (ratings for the whole
 * plan, the key, actions by area and rating), each area in a sentence, every overdue
 * action, the measures not meeting their target with their figures, and what changed
 * since the last review (worse, better, newly overdue, newly complete, added or
 * removed, changes with no rationale, complete actions with no evidence of impact
 * yet, and the plan over time). Same domain functions as the screens, so the same
 * figures.
 */
export function BoardPackPage({ planId }: BoardPackPageProps) {
  const { plan, actions, measures, today, rollups } = usePlanRollups(planId);
  // The board's default question: the latest review against now.
  const { reviews, ratingsFailed, ratingProblems, history, comparison: latestComparison, trend, impact, actionsById } = useReviewComparison(
    planId,
    {},
    { trend: true, impact: true },
  );
  const areas = plan.data?.plan.areas;
  const measureItems = measures.data?.items;
  const areaNumbers = useMemo(() => areaNumbersById(areas ?? []), [areas]);
  const measureCounts = useMemo(
    () => (measureItems ? { ...measureStateCounts(measureItems), byArea: measureStateCountsByArea(measureItems) } : null),
    [measureItems],
  );
  const actionItems = actions.data?.items;
  const overdue = useMemo(() => (actionItems && today ? overdueActions(actionItems, today) : []), [actionItems, today]);
  const offTarget = useMemo(() => (measureItems ? measuresNotMeetingTarget(measureItems) : null), [measureItems]);
  const areaById = useMemo(() => areasById(areas ?? []), [areas]);
  const changes = history && trend ? { comparison: history.ids.length > 0 ? latestComparison : null, trend } : null;

  const failed = [plan, actions].find((q) => q.isLoadingError);
  if (failed) return <QueryError error={failed.error} onRetry={() => void failed.refetch()} retrying={failed.isFetching} />;
  if (!plan.data || !rollups || !today) return <Loading label="Loading the board pack" rows={8} />;
  if (measures.isPending || reviews.isPending) return <Loading label="Loading the measures and reviews" rows={8} />;
  // A print must not go out half drawn: wait for the compared review's ratings (fetched on demand).
  const comparing = history !== null && history.ids.length > 0;
  if (comparing && !ratingsFailed && (!latestComparison || (!measures.isError && impact === null))) {
    return <Loading label="Loading the latest review's ratings" rows={8} />;
  }

  const detail = plan.data.plan;
  const asAt = `Data as at ${formatAsOf(detail.asOf)}`;
  const lookup = { actionsById, areaNumbers };
  const comparison = changes?.comparison ?? null;
  const { worse, better, other } = changesByDirection(comparison?.changes ?? []);

  return (
    <PrintFrame documentTitle={`Board pack – ${detail.title}`} header={{ title: detail.title, asAt }} printLabel="Print this board pack">
      <section aria-labelledby="board-pack-title">
        <p className="app-caption">{detail.organisation}</p>
        <h1 id="board-pack-title" className="app-print-title">
          {detail.title}
        </h1>
        <p className="app-print-subtitle">Improvement Board pack · {asAt}</p>
        <DataProblems planId={planId} asOfDate={today} problems={[...problemsOf(plan.data, actions.data, measures.data, reviews.data), ...ratingProblems]} />

        <h2 className="app-print-heading">The plan at a glance</h2>
        <p className="app-print-lead">{areaSummarySentence(rollups.plan)}</p>
        <ul className="app-print-counts" aria-label="Actions by rating, whole plan">
          {RATING_KEYS.map((key) => (
            <li key={key}>
              <span className="app-print-counts__number">{rollups.plan.counts[key]}</span>
              <RatingTag rating={key} />
            </li>
          ))}
        </ul>
        <ul className="app-list app-board-pack-attention">
          <li>
            <strong>{rollups.plan.overdue}</strong> {rollups.plan.overdue === 1 ? 'action' : 'actions'} overdue
          </li>
          {measureCounts ? (
            <li>
              <strong>{measureCounts.notMeeting}</strong> of {measureCounts.total} measures not meeting their target (near or off target)
            </li>
          ) : (
            measures.isLoadingError && <li>The measures could not be loaded.</li>
          )}
          {comparison && (
            <li>
              <strong>{worse.length}</strong> {worse.length === 1 ? 'rating' : 'ratings'} worse and <strong>{better.length}</strong>{' '}
              better since the {comparison.from.label}
            </li>
          )}
        </ul>
        <RatingKey definitions={detail.ratingDefinitions} open />
        <PanelBoundary what="the actions by area">
          <RollupTable
            planId={planId}
            areas={rollups.byArea}
            plan={rollups.plan}
            linkAreas={false}
            measures={measureCounts && { byArea: measureCounts.byArea, plan: measureCounts }}
          />
        </PanelBoundary>
      </section>

      <section className="app-print-section app-print-section--flow" aria-labelledby="board-pack-areas">
        <h2 id="board-pack-areas" className="app-print-heading">
          Each area in a sentence
        </h2>
        <BoardPackAreas areas={rollups.byArea} measuresByArea={measureCounts?.byArea ?? null} />
      </section>

      <section className="app-print-section app-print-section--flow" aria-labelledby="board-pack-overdue">
        <h2 id="board-pack-overdue" className="app-print-heading">
          Overdue actions ({overdue.length})
        </h2>
        {overdue.length === 0 ? (
          <p>No action is overdue.</p>
        ) : (
          <>
            <p className="app-hint">Every action past its deadline and not complete, longest overdue first.</p>
            <OverdueActionsTable caption="Overdue actions" items={overdue} {...lookup} />
          </>
        )}
      </section>

      <section className="app-print-section app-print-section--flow" aria-labelledby="board-pack-measures">
        <h2 id="board-pack-measures" className="app-print-heading">
          Measures not meeting their target{offTarget ? ` (${offTarget.length})` : ''}
        </h2>
        {offTarget === null ? (
          <p>The measures could not be loaded.</p>
        ) : offTarget.length === 0 ? (
          <p>Every measure with a target is meeting it.</p>
        ) : (
          <>
            <p className="app-hint">Off target first, then near target; each with its latest figure and its target.</p>
            <MeasuresNotMeetingTable summaries={offTarget} areaById={areaById} />
          </>
        )}
      </section>

      <section className="app-print-section app-print-section--flow" aria-labelledby="board-pack-changes">
        <h2 id="board-pack-changes" className="app-print-heading">
          {comparison ? `Since the last review: ${comparison.from.label} to now` : 'Since the last review'}
        </h2>
        {reviews.isLoadingError ? (
          <QueryError error={reviews.error} onRetry={() => void reviews.refetch()} retrying={reviews.isFetching} />
        ) : ratingsFailed ? (
          <QueryError error={ratingsFailed.error} onRetry={() => void ratingsFailed.refetch()} retrying={ratingsFailed.isFetching} />
        ) : !comparison ? (
          <p>No reviews have been recorded for this plan yet, so there is nothing to compare with.</p>
        ) : (
          <>
            <p className="app-hint">
              Ratings at the {comparison.from.label} ({formatIsoDateShort(comparison.from.date)}) compared with the ratings now (
              {asAt.charAt(0).toLowerCase()}
              {asAt.slice(1)}).
            </p>
            <ul className="app-print-counts" aria-label="Changes since the last review">
              <Count count={worse.length} label="worse" />
              <Count count={better.length} label="better" />
              <Count count={other.length} label="other rating changes" />
              <Count count={comparison.becameOverdue.length} label="newly overdue" />
              <Count count={comparison.becameBlue.length} label="newly complete" />
              <Count count={comparison.appeared.length} label="added" />
              <Count count={comparison.disappeared.length} label="removed" />
            </ul>
            {comparison.counts.rationaleMissing > 0 && (
              <p>
                <RationaleMissing count={comparison.counts.rationaleMissing} />
              </p>
            )}
            <ChangeGroup title="Worse" count={worse.length} empty="No rating got worse.">
              <RatingChangeTable caption="Ratings that got worse" changes={worse} {...lookup} />
            </ChangeGroup>
            <ChangeGroup title="Better" count={better.length} empty="No rating got better.">
              <RatingChangeTable caption="Ratings that got better" changes={better} {...lookup} />
            </ChangeGroup>
            <ChangeGroup title="Other rating changes" count={other.length} empty="No other rating changes.">
              <p className="app-hint">Moves to or from “not yet due” or “not rated” are neither better nor worse.</p>
              <RatingChangeTable caption="Other rating changes" changes={other} {...lookup} />
            </ChangeGroup>
            <ChangeGroup title="Newly overdue" count={comparison.becameOverdue.length} empty="No action became overdue.">
              <OverdueTable caption="Actions that became overdue" items={comparison.becameOverdue} {...lookup} />
            </ChangeGroup>
            <ChangeGroup title="Newly complete" count={comparison.becameBlue.length} empty="No action was newly completed.">
              <BlueTable caption="Actions newly complete" items={comparison.becameBlue} {...lookup} />
            </ChangeGroup>
            <ChangeGroup title="Added to the plan" count={comparison.appeared.length} empty="No actions were added.">
              <PresenceTable caption="Actions added" items={comparison.appeared} {...lookup} />
            </ChangeGroup>
            <ChangeGroup title="Removed from the plan" count={comparison.disappeared.length} empty="No actions were removed.">
              <PresenceTable caption="Actions removed" items={comparison.disappeared} {...lookup} />
            </ChangeGroup>
          </>
        )}
      </section>

      <section className="app-print-section app-print-section--flow" aria-labelledby="board-pack-impact">
        <h2 id="board-pack-impact" className="app-print-heading">
          Complete, but no evidence of impact yet{impact ? ` (${impact.length})` : ''}
        </h2>
        <p className="app-hint">
          Blue means the work is done and its impact is still to be tested. These complete actions’ measures are not yet
          improving or on target.
        </p>
        {measures.isLoadingError ? (
          <p>The measures could not be loaded, so the impact of complete actions cannot be checked.</p>
        ) : impact === null ? (
          <p>The review history could not be loaded, so the impact of complete actions cannot be checked.</p>
        ) : (
          <PanelBoundary what="the impact check">
            <ImpactList planId={planId} items={impact} actionsById={actionsById} />
          </PanelBoundary>
        )}

        <h2 className="app-print-heading app-board-pack-trend-heading">The plan over time</h2>
        {changes && (
          <PanelBoundary what="the plan over time">
            <BragTrendPanel points={changes.trend} tableOnly />
          </PanelBoundary>
        )}
      </section>
    </PrintFrame>
  );
}

function Count({ count, label }: { count: number; label: string }) {
  return (
    <li>
      <span className="app-print-counts__number">{count}</span>
      {label}
    </li>
  );
}

interface ChangeGroupProps {
  title: string;
  count: number;
  empty: string;
  children: ReactNode;
}

function ChangeGroup({ title, count, empty, children }: ChangeGroupProps) {
  return (
    <div className="app-board-pack-group">
      <h3 className="app-print-heading">
        {title} ({count})
      </h3>
      {count === 0 ? <p className="app-secondary-text">{empty}</p> : children}
    </div>
  );
}
