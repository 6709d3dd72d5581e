import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NullableRating, Review } from '../../src/api/schemas';
import {
  RATING_KEYS,
  type Snapshot,
  type SnapshotEntry,
  bragTrend,
  changesByDirection,
  compareActionIds,
  compareSnapshots,
  indexActions,
  snapshotFromActions,
  snapshotFromReview,
  snapshotsFromReviews,
} from '../../src/domain';
import { action, ratingArb } from './helpers';

const review = (id: string, date: string, ratings: [string, NullableRating, string?][]): Review => ({
  id,
  date,
  forum: 'Improvement Board',
  ratings: ratings.map(([actionId, rating, rationale]) => (rationale === undefined ? { actionId, rating } : { actionId, rating, rationale })),
});

const actions = [
  action({ id: '1.1', areaId: 'a1', deadline: '2024-06' }),
  action({ id: '1.2', areaId: 'a1', deadline: '2024-05-15' }),
  action({ id: '2.1', areaId: 'a2', deadline: '2024-09' }),
  action({ id: '2.2', areaId: 'a2', deadline: null, deadlineText: 'Ongoing' }),
  action({ id: '3.1', areaId: 'a3', deadline: '2024-06-20' }),
  action({ id: '3.2', areaId: 'a3', deadline: '2024-06-30' }),
];
const index = indexActions(actions);

describe('snapshots', () => {
  it('builds from a review with a default label and dated rationales', () => {
    const s = snapshotFromReview(review('r1', '2024-06-11', [['1.1', 'green', ' Fine '], ['1.2', null, '  ']]));
    expect(s.label).toBe('Improvement Board 11 Jun 2024');
    expect(s.date).toBe('2024-06-11');
    expect(s.ratings.get('1.1')).toEqual({ rating: 'green', rationale: 'Fine', rationaleDate: '2024-06-11' });
    expect(s.ratings.get('1.2')).toEqual({ rating: null });
  });

  it('builds from current actions, the latest progress note standing in for the rationale', () => {
    const s = snapshotFromActions(
      [
        action({ id: '1.1', rating: 'red', progress: [{ date: '2024-05-01', text: 'old' }, { date: '2024-07-01', text: 'Recruitment paused' }] }),
        action({ id: '1.2', rating: 'amber', progress: [{ text: 'undated' }] }),
        action({ id: '1.3', rating: null }),
      ],
      '2024-07-30',
    );
    expect(s.label).toBe('Now');
    expect([...s.ratings]).toEqual([
      ['1.1', { rating: 'red', rationale: 'Recruitment paused', rationaleDate: '2024-07-01' }],
      ['1.2', { rating: 'amber', rationale: 'undated' }],
      ['1.3', { rating: null }],
    ]);
  });

  it('sorts reviews oldest first and rejects bad dates', () => {
    const list = snapshotsFromReviews([review('b', '2024-07-09', []), review('a', '2024-06-11', [])]);
    expect(list.map((s) => s.date)).toEqual(['2024-06-11', '2024-07-09']);
    expect(() => snapshotFromActions([], '2024-02-30')).toThrow(RangeError);
  });

  it('an action’s own rationale (given with its latest rating change, dated by ratedOn) explains its rating before any later note', () => {
    const s = snapshotFromActions(
      [
        action({ id: '1.1', rating: 'green', ratedOn: '2024-07-02', rationale: ' Posts filled. ', progress: [{ date: '2024-07-09', text: 'No change this week.' }] }),
        action({ id: '1.2', rating: 'green', progress: [{ date: '2024-07-09', text: 'Latest note.' }] }),
      ],
      '2024-07-30',
    );
    expect(s.ratings.get('1.1')).toEqual({ rating: 'green', rationale: 'Posts filled.', rationaleDate: '2024-07-02' });
    expect(s.ratings.get('1.2')).toEqual({ rating: 'green', rationale: 'Latest note.', rationaleDate: '2024-07-09' });
  });
});

describe('compareSnapshots', () => {
  const before = snapshotFromReview(
    review('r1', '2024-06-11', [
      ['1.1', 'green'],
      ['1.2', 'red'],
      ['2.1', 'amber'],
      ['2.2', 'not-due'],
      ['3.1', 'green'],
      ['3.2', 'green'],
      ['9.9', 'amber'],
    ]),
  );
  const after = snapshotFromReview(
    review('r2', '2024-07-09', [
      ['1.1', 'red', 'Recruitment paused'],
      ['1.2', 'blue', 'Completed'],
      ['2.1', 'green'],
      ['2.2', 'green', 'Started'],
      ['3.1', 'green'],
      ['3.2', null, 'Lead left'],
      ['4.1', 'blue'],
    ]),
  );
  const result = compareSnapshots(before, after, index);

  it('lists rating changes with direction and the later rationale, in plan order', () => {
    expect(result.changes).toEqual([
      { actionId: '1.1', areaId: 'a1', from: 'green', to: 'red', direction: 'worsened', rationale: 'Recruitment paused', rationaleMissing: false },
      { actionId: '1.2', areaId: 'a1', from: 'red', to: 'blue', direction: 'improved', rationale: 'Completed', rationaleMissing: false },
      { actionId: '2.1', areaId: 'a2', from: 'amber', to: 'green', direction: 'improved', rationale: null, rationaleMissing: true },
      { actionId: '2.2', areaId: 'a2', from: 'not-due', to: 'green', direction: 'changed', rationale: 'Started', rationaleMissing: false },
      { actionId: '3.2', areaId: 'a3', from: 'green', to: 'unrated', direction: 'changed', rationale: 'Lead left', rationaleMissing: false },
    ]);
    expect(result.counts).toEqual({ improved: 2, worsened: 1, changed: 2, rationaleMissing: 1 });
  });

  it('lists newly overdue (judged at each snapshot date) and newly blue', () => {
    // 1.1 due 2024-06-30: not overdue on 11 Jun, overdue on 9 Jul and red.
    // 1.2 due 2024-05-15: overdue before (red) and blue now: not overdue.
    // 3.1 due 2024-06-20: green both times, overdue only at the later date.
    // 3.2 due 2024-06-30: unrated now, and unrated actions can be overdue.
    expect(result.becameOverdue.map((o) => [o.actionId, o.due, o.rating])).toEqual([
      ['1.1', '2024-06-30', 'red'],
      ['3.1', '2024-06-20', 'green'],
      ['3.2', '2024-06-30', 'unrated'],
    ]);
    expect(result.becameBlue).toEqual([{ actionId: '1.2', areaId: 'a1', from: 'red', rationale: 'Completed' }]);
  });

  it('lists appeared and disappeared actions', () => {
    expect(result.appeared).toEqual([{ actionId: '4.1', areaId: null, rating: 'blue' }]);
    expect(result.disappeared).toEqual([{ actionId: '9.9', areaId: null, rating: 'amber' }]);
  });

  it('ignores a rationale written before the earlier snapshot', () => {
    const now = snapshotFromActions([action({ id: '1.1', rating: 'red', progress: [{ date: '2024-06-01', text: 'stale' }] })], '2024-07-30');
    const r = compareSnapshots(snapshotFromReview(review('r1', '2024-06-11', [['1.1', 'green']])), now, index);
    expect(r.changes[0]).toMatchObject({ rationale: null, rationaleMissing: true });
    const sameDay = snapshotFromActions([action({ id: '1.1', rating: 'red', progress: [{ date: '2024-06-11', text: 'after the board' }] })], '2024-07-30');
    expect(compareSnapshots(snapshotFromReview(review('r1', '2024-06-11', [['1.1', 'green']])), sameDay).changes[0]?.rationale).toBe('after the board');
  });

  it('without an action index, nothing is reported overdue', () => {
    expect(compareSnapshots(before, after).becameOverdue).toEqual([]);
  });

  it('identical and empty snapshots have no changes', () => {
    const empty = compareSnapshots(snapshotFromReview(review('x', '2024-01-01', [])), snapshotFromReview(review('y', '2024-02-01', [])));
    expect(empty.changes).toEqual([]);
    expect(compareSnapshots(before, before, index).changes).toEqual([]);
  });
});

describe('change properties', () => {
  const snapshotArb = (date: string) =>
    fc.dictionary(fc.constantFrom('1.1', '1.2', '2.1', '2.2', '3.1', '3.2', '4.4'), ratingArb).map(
      (record): Snapshot => ({ label: date, date, ratings: new Map(Object.entries(record).map(([id, rating]): [string, SnapshotEntry] => [id, { rating }])) }),
    );

  it('every rating difference is listed once, reversing swaps improved and worsened', () => {
    fc.assert(
      fc.property(snapshotArb('2024-06-11'), snapshotArb('2024-07-09'), (a, b) => {
        const forward = compareSnapshots(a, b, index);
        const backward = compareSnapshots(b, a, index);
        const common = [...b.ratings.keys()].filter((id) => a.ratings.has(id));
        const differing = common.filter((id) => a.ratings.get(id)?.rating !== b.ratings.get(id)?.rating);
        expect(forward.changes.map((c) => c.actionId)).toEqual(differing);
        expect(forward.counts.improved).toBe(backward.counts.worsened);
        expect(forward.counts.worsened).toBe(backward.counts.improved);
        expect(forward.appeared.length).toBe(backward.disappeared.length);
        expect(forward.appeared.length + common.length).toBe(b.ratings.size);
      }),
    );
  });

  it('newly overdue matches the plain definition, in plan order, for any two dates', () => {
    const ids = ['1.1', '1.2', '2.1', '2.2', '3.1', '3.2', '4.4'];
    const dueArb = fc.constantFrom(null, '2024-05', '2024-06-10', '2024-06-11', '2024-06-30', '2024-07-08', '2024-07-09', '2024-08', '2023-02-30');
    const dateArb = fc.constantFrom('2024-05-31', '2024-06-11', '2024-06-12', '2024-07-09', '2024-07-10', '2024-09-01');
    fc.assert(
      fc.property(fc.array(dueArb, { minLength: ids.length, maxLength: ids.length }), dateArb, dateArb, snapshotArb('x'), snapshotArb('y'), (dues, d1, d2, a, b) => {
        const list = ids.map((id, i) => action({ id, areaId: 'a1', deadline: dues[i] ?? null }));
        const idx = indexActions(list);
        const from = { ...a, date: d1 };
        const to = { ...b, date: d2 };
        const overdueAt = (due: string | null, rating: NullableRating | undefined, date: string) => due !== null && rating !== 'blue' && due < date;
        const expected = ids.filter((id) => {
          const before = from.ratings.get(id);
          const now = to.ratings.get(id);
          if (!before || !now) return false;
          const due = idx.byId.get(id)?.due ?? null;
          return overdueAt(due, now.rating, d2) && !overdueAt(due, before.rating, d1);
        });
        expect(compareSnapshots(from, to, idx).becameOverdue.map((o) => o.actionId)).toEqual(expected);
      }),
    );
  });

  it('BRAG trend counts sum to the snapshot size', () => {
    fc.assert(
      fc.property(fc.array(snapshotArb('2024-06-11'), { maxLength: 5 }), (snapshots) => {
        for (const [i, point] of bragTrend(snapshots).entries()) {
          expect(RATING_KEYS.reduce((n, k) => n + point.counts[k], 0)).toBe(point.total);
          expect(point.total).toBe(snapshots[i]?.ratings.size);
        }
      }),
    );
  });
});

describe('bragTrend and id order', () => {
  it('counts ratings at each review', () => {
    const trend = bragTrend(snapshotsFromReviews([review('r1', '2024-06-11', [['1.1', 'green'], ['1.2', null]]), review('r0', '2024-05-14', [['1.1', 'red']])]));
    expect(trend.map((t) => [t.date, t.counts.red, t.counts.green, t.counts.unrated, t.total])).toEqual([
      ['2024-05-14', 1, 0, 0, 1],
      ['2024-06-11', 0, 1, 1, 2],
    ]);
  });

  it('orders ids naturally', () => {
    expect(['3.10', '10.1', '3.2', '3.1'].sort(compareActionIds)).toEqual(['3.1', '3.2', '3.10', '10.1']);
  });
});

describe('changesByDirection', () => {
  const change = (actionId: string, direction: 'improved' | 'worsened' | 'changed') =>
    ({ actionId, areaId: null, from: 'green', to: 'red', direction, rationale: null, rationaleMissing: true }) as const;

  it('splits worse, better and other, keeping the order given', () => {
    const split = changesByDirection([change('1', 'worsened'), change('2', 'changed'), change('3', 'improved'), change('4', 'worsened')]);
    expect(split.worse.map((c) => c.actionId)).toEqual(['1', '4']);
    expect(split.better.map((c) => c.actionId)).toEqual(['3']);
    expect(split.other.map((c) => c.actionId)).toEqual(['2']);
    expect(changesByDirection([])).toEqual({ worse: [], better: [], other: [] });
  });
});
