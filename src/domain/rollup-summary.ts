/**
 * The plan's figures as `GET /plans/{planId}/summary` carries them, and back. A
 * server counts its records with `toRollupSummary` (the same rules as the dashboard:
 * rollup.ts, measure-state.ts, as-of.ts), so the overview of a large plan can show
 * its figures before, or without, the lists of actions and measures.
 */
import type { Action, Area, Measure, RollupSummary } from '../api/schemas';
import { planReferenceDate } from './as-of';
import { measureStateCounts, measureStateCountsByArea, type MeasureStateCounts } from './measure-state';
import { rollupPlanAndAreas } from './rollup';
import { areaStatus } from './area-status';
import type { AreaRollup, PlanRollups, Rollup } from './rollup-types';

export interface SummaryRecords {
  /** The plan's areas, its actions and its measures, each valid and cross-checked. */
  areas: readonly Area[];
  actions: readonly Action[];
  measures: readonly Measure[];
  /** The actions' "as at"; the plan's is the fallback for the reference date, as in the views. */
  actionsAsOf: string;
  planAsOf?: string | undefined;
}

type Figures = RollupSummary['actions'];
type MeasureFigures = Omit<RollupSummary['measures'], 'areas'>;

const figuresOf = (rollup: Rollup): Figures => ({
  counts: { ...rollup.counts },
  total: rollup.total,
  overdue: rollup.overdue,
  dueSoon: rollup.dueSoon,
  invalidDeadlines: rollup.invalidDeadlines,
});

const measureFiguresOf = (counts: MeasureStateCounts): MeasureFigures => ({ total: counts.total, notMeeting: counts.notMeeting, byState: { ...counts.byState } });

export function toRollupSummary({ areas, actions, measures, actionsAsOf, planAsOf }: SummaryRecords): RollupSummary {
  // Never null: the actions' "as at" is given.
  const referenceDate = planReferenceDate(actionsAsOf, planAsOf) ?? '';
  const rollups = rollupPlanAndAreas(areas, actions, { today: referenceDate });
  return {
    asOf: actionsAsOf,
    referenceDate,
    actions: figuresOf(rollups.plan),
    areas: rollups.byArea.map(({ areaId, rollup }) => ({ areaId, ...figuresOf(rollup) })),
    measures: {
      ...measureFiguresOf(measureStateCounts(measures)),
      areas: [...measureStateCountsByArea(measures)].map(([areaId, counts]) => ({ areaId, ...measureFiguresOf(counts) })),
    },
  };
}

export interface SummaryFigures {
  rollups: Pick<PlanRollups, 'plan' | 'byArea'>;
  measureCounts: MeasureStateCounts & { byArea: Map<string, MeasureStateCounts> };
}

const rollupOf = ({ counts, total, overdue, dueSoon, invalidDeadlines }: Figures): Rollup => ({ counts: { ...counts }, total, overdue, dueSoon, invalidDeadlines });

const EMPTY: Figures = { counts: { blue: 0, green: 0, amber: 0, red: 0, 'not-due': 0, unrated: 0 }, total: 0, overdue: 0, dueSoon: 0, invalidDeadlines: 0 };

/**
 * A summary in the shapes the views get from counting the records: every area of the
 * plan in area-number order (none of its actions: zeros), then any area the summary
 * names that the plan does not have, as rollup.ts orders them.
 */
export function fromRollupSummary(summary: RollupSummary, areas: readonly Area[]): SummaryFigures {
  const byId = new Map(summary.areas.map((figures) => [figures.areaId, figures]));
  const known = new Map<string, Area>();
  for (const area of areas) if (!known.has(area.id)) known.set(area.id, area);
  const entries: Omit<AreaRollup, 'status'>[] = [...known.values()]
    .sort((a, b) => a.number - b.number)
    .map((area) => ({ area, areaId: area.id, rollup: rollupOf(byId.get(area.id) ?? EMPTY) }));
  for (const figures of summary.areas) if (!known.has(figures.areaId)) entries.push({ area: null, areaId: figures.areaId, rollup: rollupOf(figures) });
  const byArea: AreaRollup[] = entries.map((entry) => ({ ...entry, status: areaStatus(entry.rollup.counts) }));
  const { areas: measureAreas, ...measures } = summary.measures;
  return {
    rollups: { plan: rollupOf(summary.actions), byArea },
    measureCounts: { ...measures, byArea: new Map(measureAreas.map(({ areaId, ...counts }) => [areaId, counts])) },
  };
}
