import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReviewRating } from '../../src/api/schemas';
import { bragTrendFromCounts, countsTotal, reviewRatingCounts } from '../../src/domain';
import { ratingArb } from './helpers';

const zero = { blue: 0, green: 0, amber: 0, red: 0, 'not-due': 0, unrated: 0 };

describe('reviewRatingCounts', () => {
  it('counts each rating, null as unrated', () => {
    const ratings: ReviewRating[] = [
      { actionId: '1.1', rating: 'blue' },
      { actionId: '1.2', rating: 'green' },
      { actionId: '1.3', rating: 'green' },
      { actionId: '2.1', rating: null },
      { actionId: '2.2', rating: 'not-due' },
      { actionId: '2.3', rating: 'red' },
    ];
    expect(reviewRatingCounts(ratings)).toEqual({ ...zero, blue: 1, green: 2, unrated: 1, 'not-due': 1, red: 1 });
  });

  it('is all zeros for a review with no ratings', () => {
    expect(reviewRatingCounts([])).toEqual(zero);
  });

  it('counts an action listed twice once, by its later line (a correction)', () => {
    const counts = reviewRatingCounts([
      { actionId: '1.1', rating: 'green' },
      { actionId: '1.1', rating: 'amber' },
    ]);
    expect(counts).toEqual({ ...zero, amber: 1 });
  });

  it('counts every distinct action exactly once, and the last rating of each', () => {
    const line = fc.record({ actionId: fc.constantFrom('1', '2', '3', '4', '5', '6'), rating: ratingArb });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (ratings) => {
        const counts = reviewRatingCounts(ratings);
        const distinct = new Set(ratings.map((r) => r.actionId));
        expect(countsTotal(counts)).toBe(distinct.size);
        // Independent oracle: walk backwards, first sight of an id is its last line.
        const seen = new Set<string>();
        let unrated = 0;
        for (let i = ratings.length - 1; i >= 0; i -= 1) {
          const r = ratings[i];
          if (!r || seen.has(r.actionId)) continue;
          seen.add(r.actionId);
          if (r.rating === null) unrated += 1;
        }
        expect(counts.unrated).toBe(unrated);
      }),
    );
  });
});

describe('bragTrendFromCounts', () => {
  it('names and orders the reviews oldest first, totalling each', () => {
    const points = bragTrendFromCounts([
      { id: 'b', date: '2024-02-08', forum: 'Improvement Board', counts: { ...zero, green: 3, red: 1 } },
      { id: 'a', date: '2024-01-11', forum: 'Improvement Board', counts: { ...zero, blue: 2, unrated: 5 } },
    ]);
    expect(points).toEqual([
      { label: 'Improvement Board 11 Jan 2024', date: '2024-01-11', counts: { ...zero, blue: 2, unrated: 5 }, total: 7 },
      { label: 'Improvement Board 8 Feb 2024', date: '2024-02-08', counts: { ...zero, green: 3, red: 1 }, total: 4 },
    ]);
  });

  it('keeps the given order for reviews on the same date', () => {
    const points = bragTrendFromCounts([
      { id: 'x', date: '2024-01-11', forum: 'Board', counts: zero },
      { id: 'y', date: '2024-01-11', forum: 'Check-in', counts: zero },
    ]);
    expect(points.map((p) => p.label)).toEqual(['Board 11 Jan 2024', 'Check-in 11 Jan 2024']);
  });
});
