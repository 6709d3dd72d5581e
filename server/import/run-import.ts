/**
 * An import against the database: the dry run (problems and diff) and, with `commit`,
 * the write. The plans are prepared inside the same transaction that writes them, so
 * the diff is against what is stored at that moment, and every plan of the import is
 * written or none is (a problem found at any point rolls the whole import back).
 * Used by the API's import endpoint and by `npm run import` on a stopped server.
 */
import type { Db } from '../storage/database';
import { type Actor, PlanBundleError, readPlanBundle, replacePlanBundle } from '../storage/plan-bundle';
import type { ImportFile } from './contract-json';
import type { PlanDiff } from './diff';
import { prepareImport } from './prepare-import';
import type { ImportProblem } from './problems';

export interface ImportOptions {
  readonly planId?: string;
  readonly commit: boolean;
  /** The import's time, ISO: the new "as at" of what it changes. */
  readonly now: string;
  readonly actor: Actor;
  /** Throws when the caller may not import into this plan; called for every plan the files touch, before anything about it is reported or written. */
  readonly checkPlan?: (planId: string) => void;
}

export interface ImportReport {
  /** True only when the import was written (a dry run, or any problem: false). */
  readonly committed: boolean;
  readonly problems: readonly ImportProblem[];
  readonly plans: readonly PlanDiff[];
}

/** Thrown inside the transaction to roll it back; never escapes runImport. */
class RollBack extends Error {
  constructor(readonly report: ImportReport) {
    super('import rolled back');
  }
}

export async function runImport(db: Db, files: readonly ImportFile[], options: ImportOptions): Promise<ImportReport> {
  const prepare = async (reader: Db) => {
    const prepared = await prepareImport(files, { planId: options.planId, now: options.now, loadStored: async (id) => (await readPlanBundle(reader, id)) ?? null });
    for (const plan of prepared.plans) options.checkPlan?.(plan.next.plan.id);
    return prepared;
  };
  if (!options.commit) {
    const dryRun = await prepare(db);
    return { committed: false, problems: dryRun.problems, plans: dryRun.plans.map((plan) => plan.diff) };
  }
  try {
    return await db.transaction(async (tx) => {
      const prepared = await prepare(tx);
      const report = { committed: false, problems: prepared.problems, plans: prepared.plans.map((plan) => plan.diff) };
      if (prepared.problems.length > 0) throw new RollBack(report);
      for (const plan of prepared.plans) {
        if (plan.diff.unchanged) continue;
        try {
          await replacePlanBundle(tx, plan.next, options.actor);
        } catch (error) {
          if (!(error instanceof PlanBundleError)) throw error;
          const problems = error.problems.map((problem) => ({ file: `plan ${plan.next.plan.id} as imported`, column: problem.path, message: problem.message }));
          throw new RollBack({ ...report, problems });
        }
      }
      return { ...report, committed: true };
    });
  } catch (error) {
    if (error instanceof RollBack) return error.report;
    throw error;
  }
}
