import { describe, expect, it } from 'vitest';
import type { Measure, NullableRating, Review } from '../../src/api/schemas';
import { blueSinceFor, impactOfBlueActions, snapshotsFromReviews } from '../../src/domain';
import { action, measure } from './helpers';

const series = (...pts: [string, number | null][]) => pts.map(([periodEnd, value]) => ({ periodEnd, value }));
const review = (date: string, rating: NullableRating, actionId = '1.1'): Review => ({ id: date, date, forum: 'Board', ratings: [{ actionId, rating }] });

describe('when an action turned blue', () => {
  it('prefers ratedOn', () => {
    expect(blueSinceFor({ id: '1.1', ratedOn: '2024-03-02' }, [])).toEqual({ date: '2024-03-02', source: 'ratedOn' });
  });

  it('finds the first review of the latest blue run', () => {
    const history = snapshotsFromReviews([review('2024-01-09', 'blue'), review('2024-02-13', 'green'), review('2024-03-12', 'blue'), review('2024-04-09', 'blue')]);
    expect(blueSinceFor({ id: '1.1' }, history)).toEqual({ date: '2024-03-12', source: 'review' });
  });

  it('uses the last review as the earliest date when it turned blue after it', () => {
    const history = snapshotsFromReviews([review('2024-03-12', 'green'), review('2024-04-09', 'amber'), review('2024-05-14', 'green', 'other')]);
    expect(blueSinceFor({ id: '1.1' }, history)).toEqual({ date: '2024-04-09', source: 'after-review' });
  });

  it('is unknown with no history', () => {
    expect(blueSinceFor({ id: '1.1' }, [])).toEqual({ date: null, source: 'unknown' });
  });
});

describe('impactOfBlueActions', () => {
  const target = { value: 90, tolerance: 5 };
  const measures: Measure[] = [
    measure({ id: 'on', target, points: series(['2024-03-31', 80], ['2024-04-30', 91]) }),
    measure({ id: 'up', target, points: series(['2024-03-31', 70], ['2024-04-30', 75]) }),
    measure({ id: 'down', points: series(['2024-03-31', 75], ['2024-04-30', 70]) }),
    measure({ id: 'off', target, points: series(['2024-03-31', 70], ['2024-04-30', 70]) }),
    measure({ id: 'flat', points: series(['2024-03-31', 70], ['2024-04-30', 70]) }),
    measure({ id: 'empty', target, points: series(['2024-03-31', null]) }),
    measure({ id: 'old', target, points: series(['2024-01-31', 95], ['2024-02-29', 96]) }),
  ];
  const run = (measureIds: string[], ratedOn = '2024-03-01') =>
    impactOfBlueActions([action({ id: '1.1', rating: 'blue', ratedOn, measureIds })], measures)[0];

  it.each([
    ['on', 'on-target', 'on-target'],
    ['up', 'improving', 'improving'],
    ['down', 'not-yet-evidenced', 'worsening'],
    ['off', 'not-yet-evidenced', 'off-target'],
    ['flat', 'not-yet-evidenced', 'no-change'],
    ['empty', 'not-yet-evidenced', 'no-data'],
    ['old', 'not-yet-evidenced', 'no-data-since-blue'],
    ['missing', 'not-yet-evidenced', 'unknown-measure'],
  ])('measure %s -> %s (%s)', (id, verdict, reason) => {
    expect(run([id])?.measures[0]).toMatchObject({ measureId: id, verdict, reason });
  });

  it('a period ending on the day it turned blue is not evidence since', () => {
    expect(run(['on'], '2024-04-30')?.measures[0]?.reason).toBe('no-data-since-blue');
    expect(run(['on'], '2024-04-29')?.measures[0]?.reason).toBe('on-target');
  });

  it('takes the weakest measure for the action', () => {
    expect(run(['on', 'up'])?.verdict).toBe('improving');
    expect(run(['on', 'down'])?.verdict).toBe('not-yet-evidenced');
    expect(run(['on', 'on'])?.measures).toHaveLength(1);
    expect(run(['on'])?.verdict).toBe('on-target');
  });

  it('only checks blue actions that name measures', () => {
    const result = impactOfBlueActions(
      [action({ id: 'a', rating: 'green', measureIds: ['on'] }), action({ id: 'b', rating: 'blue' }), action({ id: 'c', rating: 'blue', measureIds: [] })],
      measures,
    );
    expect(result).toEqual([]);
  });

  it('uses review history when ratedOn is absent', () => {
    const result = impactOfBlueActions([action({ id: '1.1', rating: 'blue', measureIds: ['on'] })], measures, [review('2024-05-14', 'blue'), review('2024-04-09', 'green')]);
    expect(result[0]?.blueSince).toEqual({ date: '2024-05-14', source: 'review' });
    expect(result[0]?.measures[0]?.reason).toBe('no-data-since-blue');
  });
});
