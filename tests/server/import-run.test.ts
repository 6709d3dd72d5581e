/**
 * The import against a real database (PGlite in memory, or PostgreSQL in CI): a dry
 * run writes nothing, --commit writes every plan or none, the same file twice changes
 * nothing, and the export of a stored plan imports back unchanged.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { demoMain, demoPlans, demoSecond } from '../../fixtures/demo';
import * as t from '../../server/db/schema';
import { planWorkbookBytes } from '../../server/export/plan-workbook';
import type { ImportFile } from '../../server/import/contract-json';
import { runImport } from '../../server/import/run-import';
import { type PlanBundle, readPlanBundle, replacePlanBundle } from '../../server/storage/plan-bundle';
import { planRevision } from '../../server/storage/plan-reads';
import { recordReview } from '../../server/storage/review-writes';
import { withTestDatabase } from './test-database';

const database = withTestDatabase();

const encoder = new TextEncoder();
const actor = { label: 'import' };
const NOW = '2024-02-01T09:00:00.000Z';

function folder(bundle: PlanBundle, prefix = ''): ImportFile[] {
  return (['plan', 'actions', 'reviews', 'measures'] as const).map((part) => ({ name: `${prefix}${part}.json`, bytes: encoder.encode(JSON.stringify(bundle[part])) }));
}

function csv(name: string): ImportFile {
  return { name, bytes: new Uint8Array(readFileSync(resolve(import.meta.dirname, 'import-files', name))) };
}

async function auditCount(): Promise<number> {
  const [row] = await database.db.select({ n: count() }).from(t.auditLog);
  return row?.n ?? 0;
}

describe('importing into the database', () => {
  it('a dry run reports the diff and writes nothing', async () => {
    const report = await runImport(database.db, folder(demoSecond), { commit: false, now: NOW, actor });
    expect(report).toMatchObject({ committed: false, problems: [] });
    expect(report.plans[0]?.isNew).toBe(true);
    expect(await readPlanBundle(database.db, demoSecond.plan.id)).toBeUndefined();
  });

  it('--commit writes every plan of a folder, and the same folder again changes nothing', async () => {
    const files = [{ name: 'plans.json', bytes: encoder.encode(JSON.stringify(demoPlans)) }, ...folder(demoMain, 'hfd-2022/'), ...folder(demoSecond, 'send-wsoa/')];
    const first = await runImport(database.db, files, { commit: true, now: NOW, actor });
    expect(first).toMatchObject({ committed: true, problems: [] });
    const revision = await planRevision(database.db, demoMain.plan.id);
    const audits = await auditCount();

    const second = await runImport(database.db, files, { commit: true, now: '2024-03-01T09:00:00.000Z', actor });
    expect(second.plans.map((plan) => plan.unchanged)).toEqual([true, true]);
    expect(await planRevision(database.db, demoMain.plan.id)).toBe(revision);
    expect(await auditCount()).toBe(audits);
  });

  it('any problem means nothing is written, not even the plans without problems', async () => {
    const broken = { ...demoSecond, actions: { ...demoSecond.actions, actions: demoSecond.actions.actions.map((a, i) => (i === 2 ? { ...a, areaId: 'area-9' } : a)) } };
    const files = [...folder(demoMain, 'hfd-2022/'), ...folder(broken, 'send-wsoa/')];
    const report = await runImport(database.db, files, { commit: true, now: NOW, actor });
    expect(report.committed).toBe(false);
    expect(report.problems).toEqual([{ file: 'send-wsoa/actions.json', row: 3, record: '1.3', column: 'areaId', message: 'unknown area "area-9": not among the plan\'s areas' }]);
    expect(await readPlanBundle(database.db, demoMain.plan.id)).toBeUndefined();
    expect(await auditCount()).toBe(0);
  });

  it('a bad spreadsheet leaves the stored plan exactly as it was', async () => {
    await replacePlanBundle(database.db, demoSecond, { label: 'seed' });
    const before = await readPlanBundle(database.db, demoSecond.plan.id);
    for (const name of ['duplicate-id.csv', 'unknown-area.csv', 'impossible-date.csv', 'missing-column.csv', 'malformed.xlsx']) {
      const report = await runImport(database.db, [csv(name)], { planId: demoSecond.plan.id, commit: true, now: NOW, actor });
      expect(report.committed, name).toBe(false);
      expect(report.problems.length, name).toBeGreaterThan(0);
    }
    expect(await readPlanBundle(database.db, demoSecond.plan.id)).toEqual(before);
  });

  it('a spreadsheet with changes is committed, and importing it again changes nothing', async () => {
    await replacePlanBundle(database.db, demoSecond, { label: 'seed' });
    const first = await runImport(database.db, [csv('plan-changes.csv')], { planId: demoSecond.plan.id, commit: true, now: NOW, actor });
    expect(first).toMatchObject({ committed: true, problems: [] });
    const stored = await readPlanBundle(database.db, demoSecond.plan.id);
    expect(stored?.actions.actions.map((a) => a.id)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.3', '2.4']);
    expect(stored?.actions.actions.find((a) => a.id === '1.2')?.rating).toBe('amber');
    const again = await runImport(database.db, [csv('plan-changes.csv')], { planId: demoSecond.plan.id, commit: true, now: '2024-03-01T09:00:00.000Z', actor });
    expect(again.plans[0]?.unchanged).toBe(true);
    expect(await readPlanBundle(database.db, demoSecond.plan.id)).toEqual(stored);
  });

  it('the Excel export of a stored plan imports back unchanged', async () => {
    await replacePlanBundle(database.db, demoMain, { label: 'seed' });
    const stored = await readPlanBundle(database.db, demoMain.plan.id);
    if (!stored) throw new Error('stored');
    const revision = await planRevision(database.db, demoMain.plan.id);
    const workbook = { name: 'hfd-2022.xlsx', bytes: await planWorkbookBytes(stored) };
    const report = await runImport(database.db, [workbook], { planId: demoMain.plan.id, commit: true, now: NOW, actor });
    expect(report).toMatchObject({ committed: true, problems: [] });
    expect(report.plans[0]?.unchanged).toBe(true);
    expect(await planRevision(database.db, demoMain.plan.id)).toBe(revision);
  });
});

describe('a review the board recorded', () => {
  it('an import that removes or changes it is refused, naming the review, and nothing is written', async () => {
    await replacePlanBundle(database.db, demoSecond, { label: 'seed' });
    const recorded = await recordReview(database.db, demoSecond.plan.id, { title: 'Improvement Board', date: '2024-01-11' }, { name: 'Board clerk' }, new Date('2024-01-11T17:00:00Z'));
    if (recorded.kind !== 'recorded') throw new Error(`not recorded: ${recorded.kind}`);
    const before = await readPlanBundle(database.db, demoSecond.plan.id);
    if (!before) throw new Error('stored');
    const id = recorded.review.id;

    // reviews.json as it was before the meeting: the recorded review is missing.
    const removed = await runImport(database.db, folder(demoSecond), { planId: demoSecond.plan.id, commit: true, now: NOW, actor });
    expect(removed.committed).toBe(false);
    expect(removed.problems).toEqual([
      { file: `plan ${demoSecond.plan.id} as imported`, column: 'reviews.reviews', message: `review "${id}" was recorded by the board on 2024-01-11 and cannot be removed: keep it in reviews.json, or leave reviews.json out` },
    ]);

    // The recorded review is given, with one rating altered.
    const altered = { ...before, reviews: { ...before.reviews, reviews: before.reviews.reviews.map((r) => (r.id === id ? { ...r, ratings: r.ratings.map((x, i) => (i === 0 ? { ...x, rating: 'blue' as const } : x)) } : r)) } };
    const changed = await runImport(database.db, folder(altered), { planId: demoSecond.plan.id, commit: true, now: NOW, actor });
    expect(changed.committed).toBe(false);
    expect(changed.problems.map((p) => p.message)).toEqual([`review "${id}" was recorded by the board on 2024-01-11 and cannot be changed: keep it exactly as served, or leave reviews.json out`]);

    expect(await readPlanBundle(database.db, demoSecond.plan.id)).toEqual(before);
    // The same reviews.json as served, with it kept, imports cleanly.
    const kept = await runImport(database.db, folder(before), { planId: demoSecond.plan.id, commit: true, now: NOW, actor });
    expect(kept.problems).toEqual([]);
  });
});
