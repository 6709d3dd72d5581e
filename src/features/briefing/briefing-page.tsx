import { useMemo } from 'react';
import type { Action, Area, Measure } from '../../api/schemas';
import { Loading } from '../../components/loading';
import { MeasureStateTag } from '../../components/measures/measure-state-tag';
import { LabelledSparkline } from '../../components/measures/labelled-sparkline';
import { PanelBoundary } from '../../components/panel-boundary';
import { PrintFrame } from '../../components/print/print-frame';
import { QueryError } from '../../components/query-error';
import { RatingKey } from '../../components/rating-key';
import { RatingTag } from '../../components/rating-tag';
import { formatAsOf } from '../../domain/as-of';
import { areaSummarySentence, deliveryAndOutcomes } from '../../domain/area-summary';
import { briefingGlossary } from '../../domain/glossary';
import { OUTSIDE_CONTROL_DETAIL, measureInWords } from '../../domain/measure-words';
import { actionDeadlineMovesText } from '../../domain/deadline-moves';
import { formatActionDeadline, isOverdue } from '../../domain/deadlines';
import { measureStateCounts } from '../../domain/measure-state';
import { summariseMeasure } from '../../domain/measure-summary';
import { ratingKey } from '../../domain/ratings';
import { compareActionIds } from '../../domain/review-changes';
import type { AreaRollup } from '../../domain/rollup-types';
import './briefing.css';
import { usePlanRollups } from '../../state/use-plan-rollups';
import { DataProblems } from '../../components/data-problems';
import { problemsOf } from '../../api/problems';

export interface BriefingPageProps {
  planId: string;
}

/**
 * The scrutiny committee's pre-meeting briefing: a print-ready A4 document. A cover
 * (plan, council, "data as at", the key, how to read it) on its own page, then one
 * section per area (summary sentence, actions, measures in words), and a glossary
 * last. On paper the areas follow on from each other rather than each taking a fresh
 * page, so no page is left mostly blank after a short area. Councillors are not specialists: everything is said in words.
 */
export function BriefingPage({ planId }: BriefingPageProps) {
  const { plan, actions, measures, today, rollups } = usePlanRollups(planId);
  const actionItems = actions.data?.items;
  const actionsByArea = useMemo(() => groupActions(actionItems ?? []), [actionItems]);
  const measureItems = measures.data?.items;
  const measureCounts = useMemo(() => (measureItems ? measureStateCounts(measureItems) : null), [measureItems]);

  const failed = [plan, actions].find((q) => q.isLoadingError);
  if (failed) return <QueryError error={failed.error} onRetry={() => void failed.refetch()} retrying={failed.isFetching} />;
  if (!plan.data || !rollups || !today) return <Loading label="Loading the briefing" rows={8} />;
  if (measures.isPending) return <Loading label="Loading the measures" rows={8} />;

  const detail = plan.data.plan;
  const asAt = `Data as at ${formatAsOf(detail.asOf)}`;

  return (
    <PrintFrame
      documentTitle={`Scrutiny briefing – ${detail.title}`}
      header={{ title: detail.title, asAt }}
      printLabel="Print this briefing"
    >
      <section className="app-briefing-cover" aria-labelledby="briefing-title">
        <h1 id="briefing-title" className="app-print-title">
          {detail.title}
        </h1>
        <p className="app-print-subtitle">Scrutiny committee briefing</p>
        <DataProblems planId={planId} asOfDate={today} problems={problemsOf(plan.data, actions.data, measures.data)} />
        <dl className="app-print-facts">
          <dt>Council</dt>
          <dd>{detail.organisation}</dd>
          <dt>Reporting date</dt>
          <dd>{asAt}</dd>
          {detail.version && (
            <>
              <dt>Plan version</dt>
              <dd>{detail.version}</dd>
            </>
          )}
          <dt>The whole plan</dt>
          <dd>
            {areaSummarySentence(rollups.plan)}
            {measureCounts && ` ${measureCounts.notMeeting} of ${measureCounts.total} measures are not meeting their target (near or off target).`}
          </dd>
        </dl>

        <h2 className="app-print-heading app-briefing-cover__heading">Key: what the ratings mean</h2>
        <RatingKey definitions={detail.ratingDefinitions} open />

        <h2 className="app-print-heading app-briefing-cover__heading">How to read this briefing</h2>
        <ul className="app-list app-briefing-howto">
          <li>
            Each improvement area gives a one-line summary of its actions, the actions with their lead, deadline and rating,
            then the measures that show whether children’s experiences are changing.
          </li>
          <li>
            The small chart beside a measure shows its figures over time, with the first and the latest labelled. A dashed
            line marks the target (a shaded band, a target range); “c” marks a figure not published because the numbers are
            small. A measure with fewer than two figures has no chart.
          </li>
          <li>Ratings are written in words with a shape, so the briefing reads the same in black and white.</li>
          <li>
            <strong>Overdue</strong> means the deadline has passed and the action is not complete. Deadlines are shown as the
            plan writes them.
          </li>
          <li>
            Each measure gives its latest figure against the target, whether it is improving (for some measures lower is
            better), the same period in earlier years, and England, statistical neighbours and the region.
          </li>
          <li>
            Comparisons with England and other councils use the same period as ours. “Similar” means their figure lies inside
            our 95% confidence interval; the glossary explains the method.
          </li>
          <li>
            Each area gives its actions’ status and its measures’ status side by side: actions can be on track while the
            measures they are meant to move are not yet meeting their target.
          </li>
          <li>
            <span aria-hidden="true">⚑ </span>marks an outcome that is not in the council’s control alone.
          </li>
          <li>Figures are as at the reporting date above; provisional figures may change. The glossary at the end explains the terms.</li>
        </ul>

        <h2 className="app-print-heading app-briefing-cover__heading">Areas in this briefing</h2>
        <ol className="app-briefing-contents">
          {rollups.byArea.map(({ area, areaId }) => (
            <li key={areaId}>{area ? `Area ${area.number}: ${area.shortTitle ?? area.title}` : 'Actions in an unknown area'}</li>
          ))}
        </ol>
      </section>

      {measures.isLoadingError && (
        <QueryError what="the measures" error={measures.error} onRetry={() => void measures.refetch()} retrying={measures.isFetching} />
      )}

      {rollups.byArea.map((areaRollup) => (
        <PanelBoundary key={areaRollup.areaId} what={`area ${areaRollup.area?.number ?? areaRollup.areaId}`}>
          <AreaSection
            areaRollup={areaRollup}
            actions={actionsByArea.get(areaRollup.areaId) ?? []}
            measures={measureItems ? measureItems.filter((m) => m.areaIds.includes(areaRollup.areaId)) : null}
            today={today}
          />
        </PanelBoundary>
      ))}

      <Glossary definitions={detail.ratingDefinitions} />
    </PrintFrame>
  );
}

function groupActions(actions: readonly Action[]): Map<string, Action[]> {
  const byArea = new Map<string, Action[]>();
  for (const action of actions) {
    const list = byArea.get(action.areaId) ?? [];
    list.push(action);
    byArea.set(action.areaId, list);
  }
  for (const list of byArea.values()) list.sort((a, b) => compareActionIds(a.id, b.id));
  return byArea;
}

function areaHeading(area: Area | null): string {
  return area ? `Area ${area.number}: ${area.shortTitle ?? area.title}` : 'Actions in an unknown area';
}

interface AreaSectionProps {
  areaRollup: AreaRollup;
  actions: readonly Action[];
  /** null when the measures could not be loaded. */
  measures: readonly Measure[] | null;
  today: string;
}

function AreaSection({ areaRollup, actions, measures, today }: AreaSectionProps) {
  const { area, areaId, rollup, status } = areaRollup;
  const headingId = `briefing-area-${areaId}`;
  const heading = areaHeading(area);
  const outcomes = deliveryAndOutcomes(status, measures === null ? null : measureStateCounts(measures));
  return (
    <section className="app-print-section app-print-section--flow app-briefing-area" aria-labelledby={headingId} data-area={area?.number ?? areaId}>
      <h2 id={headingId} className="app-print-heading">
        {heading}
      </h2>
      {area?.shortTitle && <p className="app-briefing-area__full-title">{area.title}</p>}
      <p className="app-print-lead app-briefing-area__summary">
        <span className="app-briefing-area__status">
          Actions: <RatingTag rating={status} />
          {outcomes.measures !== null && <> · Measures: {outcomes.measures}</>}
        </span>{' '}
        {areaSummarySentence(rollup)}
      </p>

      {actions.length > 0 && (
        <table className="app-table app-table--stack app-briefing-actions">
          <caption className="app-visually-hidden">Actions in {heading}</caption>
          <colgroup>
            <col className="app-briefing-actions__id" />
            <col />
            <col className="app-briefing-actions__lead" />
            <col className="app-briefing-actions__deadline" />
            <col className="app-briefing-actions__rating" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">What will be done</th>
              <th scope="col">Lead</th>
              <th scope="col">Deadline</th>
              <th scope="col">Rating</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((action) => (
              <tr key={action.id}>
                <th scope="row" className="app-briefing-actions__id-cell">
                  {action.id}
                </th>
                <td data-label="What will be done">{action.title}</td>
                <td data-label="Lead">{action.lead.trim() || 'No lead named'}</td>
                <td data-label="Deadline">
                  {formatActionDeadline(action)}
                  <DeadlineMoved action={action} />
                  {isOverdue(action, today) && <strong className="app-briefing-overdue">Overdue</strong>}
                </td>
                <td data-label="Rating">
                  <RatingTag rating={ratingKey(action.rating)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3 className="app-print-heading">Measures that matter</h3>
      {measures === null ? (
        <p>The measures could not be loaded.</p>
      ) : measures.length === 0 ? (
        <p>No measures are linked to this area.</p>
      ) : (
        <ul className="app-briefing-measures">
          {measures.map((measure) => (
            <MeasureItem key={measure.id} measure={measure} />
          ))}
        </ul>
      )}
    </section>
  );
}

function MeasureItem({ measure }: { measure: Measure }) {
  const summary = useMemo(() => summariseMeasure(measure), [measure]);
  const words = measureInWords(summary, measure);
  return (
    <li className="app-briefing-measure app-print-keep">
      <div className="app-briefing-measure__head">
        <h4 className="app-print-heading app-briefing-measure__title">{measure.title}</h4>
        <MeasureStateTag state={summary.state} />
      </div>
      <div className="app-briefing-measure__body">
        <p className="app-briefing-measure__words">{words.text}</p>
        <LabelledSparkline measure={measure} />
      </div>
      {words.flag && (
        <p className="app-briefing-flag">
          <strong>
            <span aria-hidden="true">⚑ </span>
            {words.flag}.
          </strong>{' '}
          {OUTSIDE_CONTROL_DETAIL}
        </p>
      )}
    </li>
  );
}

function Glossary({ definitions }: { definitions?: Readonly<Record<string, string>> | undefined }) {
  const entries = useMemo(() => briefingGlossary(definitions), [definitions]);
  return (
    <section className="app-print-section app-print-section--flow app-briefing-glossary" aria-labelledby="briefing-glossary">
      <h2 id="briefing-glossary" className="app-print-heading">
        Glossary
      </h2>
      <dl className="app-briefing-glossary__list">
        {entries.map((entry) => (
          <div key={entry.term} className="app-briefing-glossary__row app-print-keep">
            <dt>{entry.term}</dt>
            <dd>{entry.definition}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** "(moved twice, first due Mar 2023)" under a deadline that moved; nothing for one that never did. */
function DeadlineMoved({ action }: { action: Pick<Action, 'deadlineMoves'> }) {
  const moved = actionDeadlineMovesText(action);
  return moved ? <span className="app-briefing-moved">({moved})</span> : null;
}
