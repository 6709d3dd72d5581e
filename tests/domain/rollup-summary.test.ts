import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Measure, RollupSummary } from '../../src/api/schemas';
import { measureStateCounts, measureStateCountsByArea, rollupPlanAndAreas } from '../../src/domain';
import { fromRollupSummary, toRollupSummary } from '../../src/domain/rollup-summary';
import { action, actionArb, area, isoDateArb, measure, points } from './helpers';

/*
 * A tiny plan whose figures are counted by hand below. The actions' "as at" is late
 * evening in a zone behind UTC: its date as written (30 July) is the reference date,
 * not the UTC date (31 July), and not the plan's "as at".
 */
const actionsAsOf = '2024-07-30T23:30:00-05:00';
const planAsOf = '2024-09-02T09:00:00Z';
const areas = [area('a2', 2, 'Workforce'), area('a1', 1, 'Corporate responsibility'), area('a3', 3, 'Front door')];
const actions = [
  action({ id: '1.1', areaId: 'a1', rating: 'red', deadline: '2024-07-29' }), // the day before: overdue
  action({ id: '1.2', areaId: 'a1', rating: 'green', deadline: '2024-07-30' }), // due on the reference date: due soon, not overdue
  action({ id: '1.3', areaId: 'a1', rating: 'blue', deadline: '2024-06' }), // blue: never overdue
  action({ id: '2.1', areaId: 'a2', rating: null, deadline: '2024-07' }), // due 31 July: due soon, unrated
  action({ id: '2.2', areaId: 'a2', rating: 'not-due', deadline: '2024-08-27' }), // reference + 28 days: due soon
  action({ id: '2.3', areaId: 'a2', rating: 'amber', deadline: '2024-08-28' }), // reference + 29 days: neither
  action({ id: '2.4', areaId: 'a2', rating: 'amber', deadline: '2024-02-30' }), // no such day: invalid
  action({ id: '2.5', areaId: 'a2', rating: 'not-due', deadline: null, deadlineText: 'Spring 2025' }), // words: never overdue
  action({ id: '2.6', areaId: 'a2', rating: 'not-due', deadline: '2024-07-01' }), // not-due yet past its deadline: overdue
];
const measures: Measure[] = [
  measure({ id: 'm1', areaIds: ['a1', 'a2'], target: { value: 90, tolerance: 5 }, points: points(80, 88) }), // near target, in both areas
  measure({ id: 'm2', areaIds: ['a1'], polarity: 'low-is-good', target: { value: 10 }, points: points(12, 9) }), // on target
  measure({ id: 'm3', areaIds: ['a2'], target: { value: 50 }, points: points(40) }), // off target
  measure({ id: 'm4', areaIds: ['a2'], points: points(5) }), // no target
  measure({ id: 'm5', areaIds: ['a3'], points: [] }), // not collected
  measure({ id: 'm6', areaIds: ['a3'], points: [{ periodEnd: '2024-03-31', value: null, status: 'suppressed' }] }), // no figure
];

const states = (on: number, near: number, off: number, noTarget: number, notCollected: number, noFigure: number) => ({
  'on-target': on,
  'near-target': near,
  'off-target': off,
  'no-target': noTarget,
  'not-collected': notCollected,
  'no-figure': noFigure,
});

const zeros = { counts: { blue: 0, green: 0, amber: 0, red: 0, 'not-due': 0, unrated: 0 }, total: 0, overdue: 0, dueSoon: 0, invalidDeadlines: 0 };

describe('toRollupSummary', () => {
  const summary = toRollupSummary({ areas, actions, measures, actionsAsOf, planAsOf });

  it('judges deadlines on the date of the actions’ "as at", as written', () => {
    expect(summary.asOf).toBe(actionsAsOf);
    expect(summary.referenceDate).toBe('2024-07-30');
  });

  it('counts the plan’s actions by hand: ratings, overdue on the boundary, blue never overdue, due soon within 28 days inclusive, invalid deadlines', () => {
    expect(summary.actions).toEqual({
      counts: { blue: 1, green: 1, amber: 2, red: 1, 'not-due': 3, unrated: 1 },
      total: 9,
      overdue: 2, // 1.1, 2.6
      dueSoon: 3, // 1.2, 2.1, 2.2
      invalidDeadlines: 1, // 2.4
    });
  });

  it('gives every area in number order, the one with no actions as zeros', () => {
    expect(summary.areas).toEqual([
      { areaId: 'a1', counts: { blue: 1, green: 1, amber: 0, red: 1, 'not-due': 0, unrated: 0 }, total: 3, overdue: 1, dueSoon: 1, invalidDeadlines: 0 },
      { areaId: 'a2', counts: { blue: 0, green: 0, amber: 2, red: 0, 'not-due': 3, unrated: 1 }, total: 6, overdue: 1, dueSoon: 2, invalidDeadlines: 1 },
      { areaId: 'a3', ...zeros },
    ]);
  });

  it('counts measures by state, not meeting as near plus off, and a measure linked to two areas in both', () => {
    expect(summary.measures).toEqual({
      total: 6,
      notMeeting: 2,
      byState: states(1, 1, 1, 1, 1, 1),
      areas: [
        { areaId: 'a1', total: 2, notMeeting: 1, byState: states(1, 1, 0, 0, 0, 0) }, // m1, m2
        { areaId: 'a2', total: 3, notMeeting: 2, byState: states(0, 1, 1, 1, 0, 0) }, // m1, m3, m4
        { areaId: 'a3', total: 2, notMeeting: 0, byState: states(0, 0, 0, 0, 1, 1) }, // m5, m6
      ],
    });
  });

  it('takes the reference date from the actions’ "as at", never the plan’s', () => {
    expect(toRollupSummary({ areas, actions, measures, actionsAsOf: '2024-07-31T08:00:00Z', planAsOf }).referenceDate).toBe('2024-07-31');
    // A day later 1.2 (due 30 July) is overdue too; 2.1, 2.2 and now 2.3 (reference + 28 days) are due soon.
    expect(toRollupSummary({ areas, actions, measures, actionsAsOf: '2024-07-31T08:00:00Z' }).actions).toMatchObject({ overdue: 3, dueSoon: 3 });
  });
});

describe('fromRollupSummary', () => {
  const figures = (total: number, red = 0) => ({ counts: { ...zeros.counts, red, green: total - red }, total, overdue: red, dueSoon: 0, invalidDeadlines: 0 });
  const summary: RollupSummary = {
    asOf: '2024-07-30T09:00:00Z',
    referenceDate: '2024-07-30',
    actions: figures(6, 2),
    // Out of order, a3 missing, and one area the plan does not have.
    areas: [
      { areaId: 'ghost', ...figures(1) },
      { areaId: 'a2', ...figures(3, 2) },
      { areaId: 'a1', ...figures(2) },
    ],
    measures: { total: 1, notMeeting: 0, byState: states(1, 0, 0, 0, 0, 0), areas: [{ areaId: 'a1', total: 1, notMeeting: 0, byState: states(1, 0, 0, 0, 0, 0) }] },
  };
  const { rollups, measureCounts } = fromRollupSummary(summary, areas);

  it('gives the plan’s areas in number order, zeros for one the summary leaves out, then areas the plan lacks with no area', () => {
    expect(rollups.byArea.map(({ areaId, area: a }) => [areaId, a?.title ?? null])).toEqual([
      ['a1', 'Corporate responsibility'],
      ['a2', 'Workforce'],
      ['a3', 'Front door'],
      ['ghost', null],
    ]);
    expect(rollups.byArea[2]?.rollup).toEqual(zeros);
    expect(rollups.byArea[3]?.rollup.total).toBe(1);
  });

  it('works out each area’s status from its counts', () => {
    expect(rollups.byArea.map(({ status }) => status)).toEqual(['green', 'red', 'unrated', 'green']);
  });

  it('keeps the plan’s figures and the measures’ counts, per area by id', () => {
    expect(rollups.plan).toEqual(figures(6, 2));
    expect(measureCounts.total).toBe(1);
    expect(measureCounts.byArea.get('a1')?.byState['on-target']).toBe(1);
    expect(measureCounts.byArea.has('a2')).toBe(false);
  });
});

describe('a summary and back gives what counting the records gives', () => {
  const areaArb = fc.array(
    fc.tuple(fc.constantFrom('a1', 'a2', 'a3', 'a4'), fc.integer({ min: 1, max: 5 })).map(([id, n]) => area(id, n)),
    { maxLength: 5 },
  );
  const measureArb = fc
    .record({
      areaIds: fc.subarray(['a1', 'a2', 'a3', 'ghost']),
      polarity: fc.constantFrom('high-is-good', 'low-is-good', 'no-judgement') as fc.Arbitrary<Measure['polarity']>,
      target: fc.option(fc.record({ value: fc.integer({ min: 0, max: 100 }), tolerance: fc.integer({ min: 0, max: 10 }) }), { nil: undefined }),
      values: fc.array(fc.option(fc.integer({ min: 0, max: 100 })), { maxLength: 3 }),
    })
    .map(({ values, target, ...rest }) => measure({ ...rest, ...(target && { target }), points: points(...values) }));

  it('holds for generated plans', () => {
    fc.assert(
      fc.property(areaArb, fc.array(actionArb, { maxLength: 30 }), fc.array(measureArb, { maxLength: 6 }), isoDateArb, (planAreas, planActions, planMeasures, date) => {
        const actionsAsOf = `${date}T09:00:00Z`;
        const { rollups, measureCounts } = fromRollupSummary(toRollupSummary({ areas: planAreas, actions: planActions, measures: planMeasures, actionsAsOf }), planAreas);
        expect(rollups).toEqual(rollupPlanAndAreas(planAreas, planActions, { today: date }));
        expect(measureCounts).toEqual({ ...measureStateCounts(planMeasures), byArea: measureStateCountsByArea(planMeasures) });
      }),
    );
  });
});
