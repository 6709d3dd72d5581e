import { describe, expect, it } from 'vitest';
import { generateLargePlan, mulberry32 } from '../../fixtures/generate-large-plan';
import { ActionSchema, MeasureSchema, PlanSchema, ReviewSchema } from '../../src/api/schemas';
import {
  RATING_KEYS,
  compareSnapshots,
  indexActions,
  leadKey,
  parseIsoDate,
  rollupAll,
  snapshotFromActions,
  snapshotFromReview,
} from '../../src/domain';

describe('generateLargePlan', () => {
  const large = generateLargePlan({ actions: 2000, measures: 12, reviews: 3, seed: 7 });

  it('is deterministic for a seed', () => {
    expect(generateLargePlan({ actions: 50, seed: 1 })).toEqual(generateLargePlan({ actions: 50, seed: 1 }));
    expect(generateLargePlan({ actions: 50, seed: 1 }).actions).not.toEqual(generateLargePlan({ actions: 50, seed: 2 }).actions);
    const r = mulberry32(123);
    const first = [r(), r(), r()];
    const again = mulberry32(123);
    expect([again(), again(), again()]).toEqual(first);
  });

  it('produces data the contract accepts', () => {
    expect(PlanSchema.safeParse(large.plan).success).toBe(true);
    for (const a of large.actions) expect(ActionSchema.safeParse(a).success).toBe(true);
    for (const m of large.measures) expect(MeasureSchema.safeParse(m).success).toBe(true);
    for (const r of large.reviews) expect(ReviewSchema.safeParse(r).success).toBe(true);
    expect(large.actions).toHaveLength(2000);
    expect(large.reviews).toHaveLength(3);
  });

  it('rollups match a naive independent computation', () => {
    const { today } = large;
    const all = rollupAll(large.plan.areas, large.actions, { today, dueWithinDays: 28 });
    // Naive: dates via Date.UTC, filters per group.
    const dueOf = (deadline: string | null | undefined): number | null => {
      if (!deadline) return null;
      const [y, m, d] = deadline.split('-').map(Number) as [number, number, number | undefined];
      if (m < 1 || m > 12) return null;
      if (d === undefined) return Date.UTC(y, m, 0);
      return parseIsoDate(deadline) ? Date.UTC(y, m - 1, d) : null;
    };
    const t = Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1, Number(today.slice(8, 10)));
    const overdue = (a: (typeof large.actions)[number]) => a.rating !== 'blue' && (dueOf(a.deadline) ?? Infinity) < t;
    const soon = (a: (typeof large.actions)[number]) => {
      const due = dueOf(a.deadline);
      return a.rating !== 'blue' && due !== null && due >= t && due <= t + 28 * 86_400_000;
    };
    for (const areaRollup of all.byArea) {
      const mine = large.actions.filter((a) => a.areaId === areaRollup.areaId);
      expect(areaRollup.rollup.total).toBe(mine.length);
      expect(areaRollup.rollup.overdue).toBe(mine.filter(overdue).length);
      expect(areaRollup.rollup.dueSoon).toBe(mine.filter(soon).length);
      for (const key of RATING_KEYS) expect(areaRollup.rollup.counts[key]).toBe(mine.filter((a) => (a.rating ?? 'unrated') === key).length);
    }
    for (const leadRollup of all.byLead) {
      const mine = large.actions.filter((a) => leadKey(a.lead) === leadRollup.key);
      expect(leadRollup.rollup.total).toBe(mine.length);
      expect(leadRollup.rollup.overdue).toBe(mine.filter(overdue).length);
    }
    // The three spellings of the corporate director fold into one lead.
    expect(all.byLead.find((l) => l.key === 'corporate director children and young people')?.spellings).toHaveLength(3);
  });

  it('change list matches a naive computation', () => {
    const last = large.reviews[large.reviews.length - 1];
    if (!last) throw new Error('no review');
    const result = compareSnapshots(snapshotFromReview(last), snapshotFromActions(large.actions, large.today), indexActions(large.actions));
    const earlier = new Map(last.ratings.map((r) => [r.actionId, r.rating]));
    const naive = large.actions.filter((a) => earlier.has(a.id) && earlier.get(a.id) !== a.rating).map((a) => a.id);
    expect(result.changes.map((c) => c.actionId)).toEqual(naive);
    expect(result.changes.length).toBeGreaterThan(0);
  });
});
