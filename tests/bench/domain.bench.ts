/**
 * Budget: rollup by area and lead of 100,000 actions, and the change list between
 * two 100,000-action snapshots, each well under 100 ms and within 5x a bare loop
 * over the same array (the floor). vitest prints its table; afterAll prints the
 * medians and ratios from an independent timing loop so the budget is explicit.
 */
import { afterAll, bench, describe } from 'vitest';
import { generateLargePlan } from '../../fixtures/generate-large-plan';
import { compareSnapshots, indexActions, rollupAll, snapshotFromActions, snapshotFromReview } from '../../src/domain';

const N = 100_000;
const large = generateLargePlan({ actions: N, measures: 30, reviews: 2, seed: 42 });
const { actions, plan, today } = large;
const lastReview = large.reviews[large.reviews.length - 1];
if (!lastReview) throw new Error('generator made no reviews');
const before = snapshotFromReview(lastReview);
const after = snapshotFromActions(actions, today);
const index = indexActions(actions);

let sink = 0;

/** Floor for rollups: one bare loop reading the same fields and counting into plain maps keyed by the raw strings. */
function rollupFloor(): number {
  const byArea = new Map<string, number>();
  const byLead = new Map<string, number>();
  let red = 0;
  for (const a of actions) {
    if (a.rating === 'red') red += 1;
    byArea.set(a.areaId, (byArea.get(a.areaId) ?? 0) + 1);
    byLead.set(a.lead, (byLead.get(a.lead) ?? 0) + 1);
  }
  return red + byArea.size + byLead.size;
}

/** Floor for the change list: a bare loop over the later snapshot looking each id up in the earlier one. */
function changesFloor(): number {
  let changed = 0;
  const earlier = before.ratings;
  for (const [id, entry] of after.ratings) if (earlier.get(id)?.rating !== entry.rating) changed += 1;
  return changed;
}

function rollup(): number {
  const r = rollupAll(plan.areas, actions, { today, dueWithinDays: 28 });
  return r.plan.total + r.byArea.length + r.byLead.length;
}

function changes(): number {
  return compareSnapshots(before, after, index).changes.length;
}

describe('rollup by area and lead, 100,000 actions', () => {
  bench('floor: bare loop', () => {
    sink += rollupFloor();
  });
  bench('rollupAll', () => {
    sink += rollup();
  });
});

describe('change list between two 100,000-action snapshots', () => {
  bench('floor: bare loop', () => {
    sink += changesFloor();
  });
  bench('compareSnapshots', () => {
    sink += changes();
  });
});

function median(fn: () => number, runs = 41): number {
  for (let i = 0; i < 5; i += 1) sink += fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    sink += fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

afterAll(() => {
  const lines = ['', `Domain budget (${N.toLocaleString('en-GB')} actions; median of 41 runs after warm-up)`];
  for (const [name, floor, work] of [
    ['rollup by area and lead', rollupFloor, rollup],
    ['change list', changesFloor, changes],
  ] as const) {
    const f = median(floor);
    const w = median(work);
    const ok = w < 100 && w <= 5 * f ? 'within budget' : 'OVER BUDGET';
    lines.push(`  ${name}: floor ${f.toFixed(2)} ms, domain ${w.toFixed(2)} ms, ratio ${(w / f).toFixed(2)}x (${ok})`);
  }
  lines.push(`  (sink ${sink > 0 ? 'ok' : 'empty'})`, '');
  process.stdout.write(`${lines.join('\n')}\n`);
});
