/**
 * The demo plans (fixtures/demo) loaded into an empty database, so that a first
 * `npm start` shows a working dashboard. Never touches a database that has plans.
 */
import { count } from 'drizzle-orm';
import { demoDatasets } from '../../fixtures/demo';
import * as t from '../db/schema';
import type { Db } from './database';
import { replacePlanBundle } from './plan-bundle';

/** Loads the demo plans when the database holds no plan at all. Returns the ids loaded. */
export async function loadDemoPlansIfEmpty(db: Db): Promise<string[]> {
  const [row] = await db.select({ plans: count() }).from(t.plans);
  if ((row?.plans ?? 0) > 0) return [];
  const loaded: string[] = [];
  for (const dataset of Object.values(demoDatasets)) {
    await replacePlanBundle(db, dataset, { label: 'demo-data' });
    loaded.push(dataset.plan.id);
  }
  return loaded;
}
