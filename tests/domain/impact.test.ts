import { describe, expect, it } from 'vitest';
import type { Measure, NullableRating, Review } from '../../src/api/schemas';
import { blueSinceFor, completeSinceWords, impactOfBlueActions, snapshotsFromReviews } from '../../src/domain';
import { action, measure } from './helpers';

const series = (...pts: [string, number | null][]) => pts.map(([periodEnd, value]) => ({ periodEnd, value }));
const review = (date: string, rating: NullableRating, actionId = '1.1'): Review => ({ id: date, date, forum: 'Board', ratings: [{ actionId, rating }] });

describe('complete since: when an action turned blue', () => {
  const AS_OF = '2024-06-12';

  it('is the first review of the unbroken blue run that ends now, whatever ratedOn says', () => {
    // Boards re-confirm every rating, so ratedOn (the last confirmation) is not the start of the run.
    const history = snapshotsFromReviews([review('2024-01-09', 'blue'), review('2024-02-13', 'green'), review('2024-03-12', 'blue'), review('2024-04-09', 'blue')]);
    expect(blueSinceFor({ id: '1.1', ratedOn: '2024-04-09' }, history, AS_OF)).toEqual({ date: '2024-03-12', source: 'review', months: 3 });
  });

  it('is the "as at" date when the latest review listing the action does not have it blue (blue only now)', () => {
    const history = snapshotsFromReviews([review('2024-03-12', 'green'), review('2024-04-09', 'amber'), review('2024-05-14', 'green', 'other')]);
    expect(blueSinceFor({ id: '1.1', ratedOn: '2024-05-30' }, history, AS_OF)).toEqual({ date: AS_OF, source: 'as-at', months: 0 });
  });

  it('ends the run at a review that does not list the action', () => {
    const history = snapshotsFromReviews([review('2024-01-09', 'blue'), review('2024-02-13', 'blue', 'other'), review('2024-03-12', 'blue')]);
    expect(blueSinceFor({ id: '1.1' }, history, AS_OF).date).toBe('2024-03-12');
  });

  it('uses ratedOn only where no review lists the action, and is unknown with neither', () => {
    expect(blueSinceFor({ id: '1.1', ratedOn: '2024-03-02' }, [], AS_OF)).toEqual({ date: '2024-03-02', source: 'ratedOn', months: 3 });
    expect(blueSinceFor({ id: '1.1' }, snapshotsFromReviews([review('2024-03-12', 'blue', 'other')]), AS_OF)).toEqual({
      date: null,
      source: 'unknown',
      months: null,
    });
  });

  it.each([
    [{ date: '2023-01-26', source: 'review', months: 12 }, 'complete since Jan 2023 (12 months)'],
    [{ date: '2023-12-14', source: 'review', months: 1 }, 'complete since Dec 2023 (1 month)'],
    [{ date: '2024-01-12', source: 'as-at', months: 0 }, 'complete since Jan 2024 (under a month)'],
    [{ date: null, source: 'unknown', months: null }, null],
  ] as const)('says %j as "%s"', (blueSince, words) => {
    expect(completeSinceWords(blueSince)).toBe(words);
  });
});

describe('impactOfBlueActions', () => {
  const target = { value: 90, tolerance: 5 };
  const measures: Measure[] = [
    measure({ id: 'on', target, points: series(['2024-03-31', 80], ['2024-04-30', 91]) }),
    measure({ id: 'up', target, points: series(['2024-03-31', 70], ['2024-04-30', 75]) }),
    measure({ id: 'down', points: series(['2024-03-31', 75], ['2024-04-30', 70]) }),
    measure({ id: 'off', target, points: series(['2024-03-31', 70], ['2024-04-30', 70]) }),
    measure({ id: 'near', target, points: series(['2024-03-31', 86], ['2024-04-30', 86]) }),
    measure({ id: 'flat', points: series(['2024-03-31', 70], ['2024-04-30', 70]) }),
    measure({ id: 'empty', target, points: series(['2024-03-31', null]) }),
    measure({ id: 'old', target, points: series(['2024-01-31', 95], ['2024-02-29', 96]) }),
  ];
  const run = (measureIds: string[], ratedOn = '2024-03-01') =>
    impactOfBlueActions([action({ id: '1.1', rating: 'blue', ratedOn, measureIds })], measures, [], '2024-06-12')[0];

  it.each([
    ['on', 'on-target', 'on-target'],
    ['up', 'improving', 'improving'],
    ['down', 'not-yet-evidenced', 'worsening'],
    ['off', 'not-yet-evidenced', 'off-target'],
    ['near', 'not-yet-evidenced', 'near-target'],
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
      [],
      '2024-06-12',
    );
    expect(result).toEqual([]);
  });

  it('uses review history when ratedOn is absent', () => {
    const result = impactOfBlueActions(
      [action({ id: '1.1', rating: 'blue', ratedOn: '2024-06-01', measureIds: ['on'] })],
      measures,
      [review('2024-05-14', 'blue'), review('2024-04-09', 'green')],
      '2024-06-12',
    );
    expect(result[0]?.blueSince).toEqual({ date: '2024-05-14', source: 'review', months: 1 });
    expect(result[0]?.measures[0]?.reason).toBe('no-data-since-blue');
  });
});
