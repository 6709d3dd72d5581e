import { count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { demoDatasets, demoMain, demoSecond } from '../../fixtures/demo';
import * as t from '../../server/db/schema';
import { loadDemoPlansIfEmpty } from '../../server/storage/demo-plans';
import { PlanBundleError, readPlanBundle, replacePlanBundle, type PlanBundle } from '../../server/storage/plan-bundle';
import { listPlans, planRevision } from '../../server/storage/plan-reads';
import { withTestDatabase } from './test-database';
import { sameInstants } from '../contract/same-instants';

const database = withTestDatabase();

const seed = { label: 'test' };
const clone = <T>(value: T): T => structuredClone(value);

async function auditRows(planId: string) {
  return database.db.select().from(t.auditLog).where(eq(t.auditLog.planId, planId));
}

describe('storing and reading a whole plan', () => {
  it('reads back exactly the bundle it stored, for each demo plan', async () => {
    for (const dataset of Object.values(demoDatasets)) {
      const result = await replacePlanBundle(database.db, dataset, seed);
      expect(result).toMatchObject({ changed: true, created: true, actions: { added: dataset.actions.actions.length, removed: 0, changed: 0 } });
      expect(sameInstants(await readPlanBundle(database.db, dataset.plan.id))).toEqual(sameInstants(dataset));
    }
  });

  it('answers undefined for a plan it does not hold', async () => {
    expect(await readPlanBundle(database.db, 'no-such-plan')).toBeUndefined();
  });

  it('storing the same bundle twice changes nothing: no write, same revision, no second audit row', async () => {
    await replacePlanBundle(database.db, demoMain, seed);
    const revision = await planRevision(database.db, demoMain.plan.id);
    const again = await replacePlanBundle(database.db, clone(demoMain), seed);
    expect(again.changed).toBe(false);
    expect(again.revision).toBe(revision);
    expect(await planRevision(database.db, demoMain.plan.id)).toBe(revision);
    expect(await auditRows(demoMain.plan.id)).toHaveLength(1);
  });

  it('applies a change record by record: only the changed action gets a new version, and one audit row says what changed', async () => {
    await replacePlanBundle(database.db, demoMain, seed);
    const revision = await planRevision(database.db, demoMain.plan.id);
    const edited = clone(demoMain);
    const [first, second, ...rest] = edited.actions.actions;
    if (!first || !second) throw new Error('demo plan has actions');
    first.rating = 'red';
    first.progress.push({ date: '2024-01-11', text: 'Stalled: the contract was not renewed.' });
    edited.actions.actions = [first, ...rest]; // the second action is removed
    edited.reviews.reviews = edited.reviews.reviews.slice(1); // the first review is removed

    const result = await replacePlanBundle(database.db, edited, seed);

    expect(result).toMatchObject({
      changed: true,
      created: false,
      actions: { added: 0, removed: 1, changed: 1 },
      reviews: { added: 0, removed: 1, changed: 0 },
      measures: { added: 0, removed: 0, changed: 0 },
    });
    expect(result.revision).not.toBe(revision);
    expect(sameInstants(await readPlanBundle(database.db, demoMain.plan.id))).toEqual(sameInstants(edited));
    const versions = await database.db.select({ id: t.actions.id, version: t.actions.version }).from(t.actions);
    expect(versions.find((v) => v.id === first.id)?.version).toBe(2);
    expect(versions.filter((v) => v.version !== 1)).toHaveLength(1);
    const audit = await auditRows(demoMain.plan.id);
    expect(audit.map((a) => a.event)).toEqual(['plan.created', 'plan.replaced']);
    expect(audit[1]?.details).toMatchObject({ actions: { added: 0, removed: 1, changed: 1 } });
  });

  it('keeps the order of the bundle when records move', async () => {
    await replacePlanBundle(database.db, demoSecond, seed);
    const reordered = clone(demoSecond);
    reordered.actions.actions.reverse();
    reordered.measures.measures.reverse();
    await replacePlanBundle(database.db, reordered, seed);
    const stored = await readPlanBundle(database.db, demoSecond.plan.id);
    expect(stored?.actions.actions.map((a) => a.id)).toEqual(reordered.actions.actions.map((a) => a.id));
    expect(stored?.measures.measures.map((m) => m.id)).toEqual(reordered.measures.measures.map((m) => m.id));
  });

  it('a bad bundle is refused with every problem named, and nothing is written', async () => {
    await replacePlanBundle(database.db, demoSecond, seed);
    const before = await readPlanBundle(database.db, demoSecond.plan.id);
    const bad = clone(demoSecond) as PlanBundle;
    const [a, b] = bad.actions.actions;
    if (!a || !b) throw new Error('demo plan has actions');
    b.id = a.id;
    a.areaId = 'area-99';
    a.title = 'A changed title that must not be stored';

    const attempt = replacePlanBundle(database.db, bad, seed);

    await expect(attempt).rejects.toBeInstanceOf(PlanBundleError);
    const problems = await attempt.catch((e: PlanBundleError) => e.problems);
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'actions.actions[1].id', message: `duplicate action id "${a.id}"` },
        { path: 'actions.actions[0].areaId', message: 'unknown area "area-99"' },
      ]),
    );
    expect(await readPlanBundle(database.db, demoSecond.plan.id)).toEqual(before);
  });

  it('names contract violations by path', async () => {
    const bad = clone(demoSecond) as unknown as { actions: { actions: Record<string, unknown>[] } };
    const first = bad.actions.actions[0];
    if (first) first.rating = 'purple';
    const problems = await replacePlanBundle(database.db, bad, seed).catch((e: PlanBundleError) => e.problems);
    expect(problems).toEqual([expect.objectContaining({ path: 'actions.actions[0].rating' })]);
    expect(await listPlans(database.db)).toMatchObject({ plans: [] });
  });
});

describe('the demo plans', () => {
  it('load into an empty database, once', async () => {
    expect(await loadDemoPlansIfEmpty(database.db)).toEqual(['hfd-2022', 'send-wsoa']);
    expect(await loadDemoPlansIfEmpty(database.db)).toEqual([]);
    const list = await listPlans(database.db);
    expect(list.plans.map((p) => p.id)).toEqual(['hfd-2022', 'send-wsoa']);
  });
});

describe('the audit log', () => {
  it('refuses UPDATE and DELETE: the database itself keeps history unrewritable', async () => {
    await replacePlanBundle(database.db, demoSecond, seed);
    // drizzle wraps the database's error; its cause is PostgreSQL's own message.
    const refused = { cause: expect.objectContaining({ message: expect.stringMatching(/audit_log is append-only/) }) };
    await expect(database.db.execute(sql`update audit_log set event = 'rewritten'`)).rejects.toMatchObject(refused);
    await expect(database.db.execute(sql`delete from audit_log`)).rejects.toMatchObject(refused);
    const [row] = await database.db.select({ rows: count() }).from(t.auditLog);
    expect(row?.rows).toBe(1);
  });
});
