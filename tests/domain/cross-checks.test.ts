import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Review } from '../../src/api/schemas';
import { checkActionAreas, checkActionMeasures, checkMeasureAreas, checkReviewActions, dataProblemsCsv } from '../../src/domain';
import { action, actionArb, measure } from './helpers';

const review = (id: string, actionIds: string[]): Review => ({
  id,
  date: '2023-06-30',
  forum: 'Improvement Board',
  ratings: actionIds.map((actionId) => ({ actionId, rating: 'green' })),
});

describe('actions whose area is not in the plan', () => {
  it('are left out and named (id, field, area)', () => {
    const actions = [action({ id: '1.1', areaId: 'a1' }), action({ id: '9.9', areaId: 'a-ghost' }), action({ id: '2.1', areaId: 'a2' })];
    const checked = checkActionAreas(actions, new Set(['a1', 'a2']));
    expect(checked.records.map((a) => a.id)).toEqual(['1.1', '2.1']);
    expect(checked.problems).toEqual([
      { resource: 'actions', recordId: '9.9', path: 'areaId', message: 'area "a-ghost" is not an area of this plan: the action was left out' },
    ]);
  });

  it('returns the same list when every area is known, and an empty list stays empty', () => {
    const actions = [action({ id: '1.1' })];
    expect(checkActionAreas(actions, new Set(['a1'])).records).toBe(actions);
    expect(checkActionAreas([], new Set())).toEqual({ records: [], problems: [] });
  });

  it('keeps exactly the actions with a known area, whatever the plan (property)', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 30 }), fc.subarray(['a1', 'a2', 'a3']), (actions, known) => {
        const checked = checkActionAreas(actions, new Set(known));
        const expected = actions.filter((a) => known.includes(a.areaId));
        expect(checked.records).toEqual(expected);
        expect(checked.problems).toHaveLength(actions.length - expected.length);
      }),
    );
  });
});

describe('links to measures the plan does not have', () => {
  it('are ignored and named by their position; the action is kept', () => {
    const actions = [action({ id: '3.1', measureIds: ['m-1', 'm-ghost', 'm-2'] }), action({ id: '3.2' })];
    const checked = checkActionMeasures(actions, new Set(['m-1', 'm-2']));
    expect(checked.records).toEqual([action({ id: '3.1', measureIds: ['m-1', 'm-2'] }), action({ id: '3.2' })]);
    expect(checked.problems).toEqual([
      {
        resource: 'actions',
        recordId: '3.1',
        path: 'measureIds[1]',
        message: 'measure "m-ghost" is not a measure of this plan: the link was ignored, the action kept',
      },
    ]);
  });

  it('returns the same list when every link is known', () => {
    const actions = [action({ id: '3.1', measureIds: ['m-1'] })];
    expect(checkActionMeasures(actions, new Set(['m-1'])).records).toBe(actions);
  });
});

describe('measures linked to an unknown area', () => {
  it('keep their known areas, lose the unknown link, and are named', () => {
    const checked = checkMeasureAreas([measure({ id: 'm-7', areaIds: ['a-ghost', 'a1'] })], new Set(['a1']));
    expect(checked.records).toEqual([measure({ id: 'm-7', areaIds: ['a1'] })]);
    expect(checked.problems).toEqual([
      {
        resource: 'measures',
        recordId: 'm-7',
        path: 'areaIds[0]',
        message: 'area "a-ghost" is not an area of this plan: the link was ignored, the measure kept',
      },
    ]);
  });

  it('keeps a measure whose every area is unknown, with no area', () => {
    const checked = checkMeasureAreas([measure({ id: 'm-8', areaIds: ['x', 'y'] })], new Set(['a1']));
    expect(checked.records[0]?.areaIds).toEqual([]);
    expect(checked.problems.map((p) => p.path)).toEqual(['areaIds[0]', 'areaIds[1]']);
  });
});

describe('review ratings for actions the plan does not have now', () => {
  it('are kept (history or a mistyped id look the same) and each is named', () => {
    const reviews = [review('ib-1', ['1.1', '7.7']), review('ib-2', ['1.1'])];
    const checked = checkReviewActions(reviews, new Set(['1.1']));
    expect(checked.records).toBe(reviews);
    expect(checked.problems).toEqual([
      {
        resource: 'reviews',
        recordId: 'ib-1',
        path: 'ratings[1].actionId',
        message: 'action "7.7" is not an action of this plan now: the rating was kept, shown with no area (merged or removed since?)',
      },
    ]);
  });
});

describe('the data-problems CSV', () => {
  it('has one row per problem under resource,record_id,field,problem, with formula-like text neutralised', () => {
    const csv = dataProblemsCsv([
      { resource: 'actions', recordId: '9.9', path: 'areaId', message: 'area "a-ghost" is not an area of this plan' },
      { resource: 'measures', recordId: '=HYPERLINK("x")', path: 'unit', message: '-bad, very bad' },
      { resource: 'plan', path: 'areas[2]', message: 'must be a number' },
    ]);
    // Every CSV starts with a UTF-8 byte-order mark so Excel reads it as UTF-8.
    expect(csv).toBe(
      '\uFEFFresource,record_id,field,problem\r\n' +
        'actions,9.9,areaId,"area ""a-ghost"" is not an area of this plan"\r\n' +
        `measures,"'=HYPERLINK(""x"")",unit,"'-bad, very bad"\r\n` +
        'plan,,areas[2],must be a number\r\n',
    );
  });
});
