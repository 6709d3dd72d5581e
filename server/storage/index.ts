/**
 * The reference server's storage, usable without the server: the HTTP routes, the
 * command-line tools (import, export, tokens) and tests all go through these.
 */
export { databaseTargetFromEnv, openDatabase, type Database, type DatabaseTarget, type Db } from './database';
export { announceUrl, claimDataDir, dataDirOwner, findRunningServer, releaseDataDir, type DataDirOwner } from './data-dir-lock';
export { loadDemoPlansIfEmpty } from './demo-plans';
export {
  PlanBundleError,
  readPlanBundle,
  replacePlanBundle,
  validatePlanBundle,
  type Actor,
  type BundleProblem,
  type PlanBundle,
  type RecordCounts,
  type ReplaceResult,
} from './plan-bundle';
export { listPlans, planRevision, readActions, readMeasures, readPlan, readReviews } from './plan-reads';
