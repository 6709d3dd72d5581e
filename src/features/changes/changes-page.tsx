import { useId, useMemo, type ReactNode } from 'react';
import { usePlanAccess } from '../../app/session';
import { BragTrendPanel } from '../../components/charts/brag-trend-panel';
import { DataProblems } from '../../components/data-problems';
import { DownloadButton } from '../../components/download-button';
import { Loading } from '../../components/loading';
import { PageTitle } from '../../components/page-title';
import { PanelBoundary } from '../../components/panel-boundary';
import { QueryError } from '../../components/query-error';
import { areaNumbersById } from '../../domain/areas';
import { csvFileName } from '../../domain/csv';
import { changesCsv } from '../../domain/csv-exports';
import { formatIsoDateShort } from '../../domain/deadlines';
import { changesByDirection } from '../../domain/review-changes';
import { paths } from '../../state/paths';
import { useSuccessNotice } from '../../state/success-notice';
import { textParam, useSearchState } from '../../state/url-state';
import { BlueTable, OverdueTable, PresenceTable, RatingChangeTable } from '../../components/changes/change-tables';
import { ImpactList } from '../../components/changes/impact-list';
import { NOW, useReviewComparison } from '../../state/use-review-comparison';
import { RecordReview } from './record-review';
import './changes.css';
import { problemsOf } from '../../api/problems';
import { RationaleMissing } from '../../components/changes/rationale-missing';

export interface ChangesPageProps {
  planId: string;
}

const SEARCH = { from: textParam, to: textParam };

/** "What changed since the last board?": any two reviews, or the latest review against now. */
export function ChangesPage({ planId }: ChangesPageProps) {
  const [search, setSearch] = useSearchState(SEARCH);
  const data = useReviewComparison(
    planId,
    { from: search.from || undefined, to: search.to || undefined },
    { trend: true, impact: true },
  );
  const { plan, actions, reviews, measures, ratingsFailed, ratingProblems, comparison, resolved, history, labels, trend, impact, actionsById } = data;
  const areas = plan.data?.plan.areas;
  const areaNumbers = useMemo(() => areaNumbersById(areas ?? []), [areas]);
  const fromId = useId();
  const toId = useId();
  const mayRecord = usePlanAccess(planId).can('record-review');
  const recorded = useSuccessNotice((s) => s.recorded);

  const failed = [plan, actions, reviews, ratingsFailed].find((q) => q?.isLoadingError);
  if (failed?.error) return <QueryError error={failed.error} onRetry={() => void failed.refetch()} retrying={failed.isFetching} />;
  if (!history || !resolved || !comparison || !areas) return <Loading label="Loading the review history" rows={6} />;

  const reviewOptions = labels;
  const nowLabel = `Now (data as at ${data.today ? formatIsoDateShort(data.today) : 'today'})`;
  const { worse, better, other } = changesByDirection(comparison.changes);
  const lookup = { actionsById, areaNumbers };
  const toLabel = resolved.to === NOW ? 'now' : comparison.to.label;

  return (
    <>
      <PageTitle title="Since last review" />
      <h1 className="app-heading-xl">Since last review</h1>
      <DataProblems planId={planId} asOfDate={data.today} problems={[...problemsOf(plan.data, actions.data, reviews.data, measures.data), ...ratingProblems]} />
      {mayRecord && actions.data && reviews.data && (
        <RecordReview
          planId={planId}
          actions={actions.data.items}
          reviews={reviews.data.items}
          asOfDate={data.today}
          onRecorded={(_review, message) => {
            // The new review is the latest: with no review chosen in the URL it is the one compared.
            setSearch({ from: '', to: '' });
            recorded(paths.changes(planId), message);
          }}
        />
      )}

      {history.ids.length === 0 ? (
        <p>No reviews have been recorded for this plan yet, so there is nothing to compare with.</p>
      ) : (
        <form className="app-compare" onSubmit={(e) => e.preventDefault()} aria-label="Choose what to compare">
          <div className="app-form-group">
            <label htmlFor={fromId} className="app-label">
              Compare
            </label>
            <select
              id={fromId}
              className="app-select"
              value={resolved.from}
              onChange={(e) => setSearch({ from: e.target.value, to: resolved.to })}
            >
              {reviewOptions.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <div className="app-form-group">
            <label htmlFor={toId} className="app-label">
              with
            </label>
            <select
              id={toId}
              className="app-select"
              value={resolved.to}
              onChange={(e) => setSearch({ from: resolved.from, to: e.target.value })}
            >
              <option value={NOW}>{nowLabel}</option>
              {reviewOptions.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        </form>
      )}

      {comparison.from.date > comparison.to.date && (
        <div className="app-warning" role="alert">
          <p>
            <strong className="app-warning-text">
              <span aria-hidden="true">⚠ </span>
              {comparison.from.label} is later than {comparison.to.label}, so “worse” and “better” below read backwards.
            </strong>
          </p>
          <button type="button" className="app-button app-button--secondary" onClick={() => setSearch({ from: resolved.to, to: resolved.from })}>
            Swap: compare {comparison.to.label} with {comparison.from.label}
          </button>
        </div>
      )}

      <section aria-labelledby="changes-summary-heading" className="app-changes-summary">
        <h2 id="changes-summary-heading" className="app-heading-m">
          From {comparison.from.label} to {toLabel}
        </h2>
        <ul className="app-changes-summary__list">
          <SummaryItem href="#worse" count={worse.length} label="worse" />
          <SummaryItem href="#better" count={better.length} label="better" />
          <SummaryItem href="#other" count={other.length} label="other rating changes" />
          <SummaryItem href="#overdue" count={comparison.becameOverdue.length} label="newly overdue" />
          <SummaryItem href="#complete" count={comparison.becameBlue.length} label="newly complete" />
          <SummaryItem href="#added" count={comparison.appeared.length} label="added" />
          <SummaryItem href="#removed" count={comparison.disappeared.length} label="removed" />
          {comparison.counts.rationaleMissing > 0 && (
            <li>
              <RationaleMissing count={comparison.counts.rationaleMissing} />
            </li>
          )}
        </ul>
        <DownloadButton
          filename={csvFileName([planId, 'changes', comparison.from.date, 'to', comparison.to.date], data.today ?? comparison.to.date)}
          content={() => changesCsv(comparison.changes, areas)}
        >
          Download CSV of rating changes
        </DownloadButton>
      </section>

      <ChangeSection id="worse" title="Worse" count={worse.length} empty="No rating got worse.">
        <RatingChangeTable caption="Ratings that got worse" changes={worse} {...lookup} />
      </ChangeSection>
      <ChangeSection id="better" title="Better" count={better.length} empty="No rating got better.">
        <RatingChangeTable caption="Ratings that got better" changes={better} {...lookup} />
      </ChangeSection>
      <ChangeSection
        id="other"
        title="Other rating changes"
        count={other.length}
        empty="No other rating changes."
        hint="Moves to or from “not yet due” or “not rated” are neither better nor worse."
      >
        <RatingChangeTable caption="Other rating changes" changes={other} {...lookup} />
      </ChangeSection>
      <ChangeSection id="overdue" title="Newly overdue" count={comparison.becameOverdue.length} empty="No action became overdue.">
        <OverdueTable caption="Actions that became overdue" items={comparison.becameOverdue} {...lookup} />
      </ChangeSection>
      <ChangeSection id="complete" title="Newly complete" count={comparison.becameBlue.length} empty="No action was newly completed.">
        <BlueTable caption="Actions newly complete" items={comparison.becameBlue} {...lookup} />
      </ChangeSection>
      <ChangeSection id="added" title="Added to the plan" count={comparison.appeared.length} empty="No actions were added.">
        <PresenceTable caption="Actions added" items={comparison.appeared} {...lookup} />
      </ChangeSection>
      <ChangeSection id="removed" title="Removed from the plan" count={comparison.disappeared.length} empty="No actions were removed.">
        <PresenceTable caption="Actions removed" items={comparison.disappeared} {...lookup} />
      </ChangeSection>

      <section aria-labelledby="impact-heading">
        <h2 id="impact-heading" className="app-heading-l">
          Complete, but no evidence of impact yet{impact ? ` (${impact.length})` : ''}
        </h2>
        <p className="app-hint">
          Blue means the work is done and its impact is still to be tested. These complete actions’ measures are not yet
          improving or on target.
        </p>
        {measures.isLoadingError ? (
          <QueryError error={measures.error} onRetry={() => void measures.refetch()} retrying={measures.isFetching} />
        ) : impact === null ? (
          <Loading label="Loading the measures" rows={2} />
        ) : (
          <PanelBoundary what="the impact check">
            <ImpactList planId={planId} items={impact} actionsById={actionsById} />
          </PanelBoundary>
        )}
      </section>

      <section aria-labelledby="trend-heading">
        <h2 id="trend-heading" className="app-heading-l">
          The plan over time
        </h2>
        {trend && (
          <PanelBoundary what="the plan over time">
            <BragTrendPanel points={trend} comparedDate={comparison.from.date} />
          </PanelBoundary>
        )}
      </section>
    </>
  );
}

function SummaryItem({ href, count, label }: { href: string; count: number; label: string }) {
  return (
    <li>
      <a href={href}>
        <strong>{count}</strong> {label}
      </a>
    </li>
  );
}

interface ChangeSectionProps {
  id: string;
  title: string;
  count: number;
  empty: string;
  hint?: string;
  children: ReactNode;
}

function ChangeSection({ id, title, count, empty, hint, children }: ChangeSectionProps) {
  return (
    <section aria-labelledby={`${id}-heading`} className="app-change-section">
      <h2 id={`${id}-heading`} className="app-heading-m" tabIndex={-1}>
        <span id={id}>
          {title} ({count})
        </span>
      </h2>
      {hint && <p className="app-hint">{hint}</p>}
      {count === 0 ? <p className="app-secondary-text">{empty}</p> : children}
    </section>
  );
}
