/**
 * The import's dry run: reads the files, checks them, and works out the plan(s) as
 * they would be stored and the difference from what is stored now. Nothing is
 * written here; the caller commits `plans` only when `problems` is empty, so any
 * problem means nothing is imported.
 */
import type { Action, Measure, Point } from '../../src/api/schemas';
import type { PlanBundle } from '../storage/plan-bundle';
import { canonicalJson } from './canonical';
import { checkBundle } from './contract-checks';
import { type ImportFile, isContractFile, readContractJson } from './contract-json';
import { type PlanDiff, diffPlans } from './diff';
import { isMeasuresTable, readMeasuresTable } from './measures-table';
import { type SheetActions, readPlanTable } from './plan-table';
import { type KeptColumn, PLAN_COLUMNS } from './plan-columns';
import type { ImportProblem } from './problems';
import { readSpreadsheet } from './read-spreadsheet';
import { type SheetTable, findHeadingRow } from './sheet-table';

export interface PreparedPlan {
  readonly stored: PlanBundle | null;
  readonly next: PlanBundle;
  readonly diff: PlanDiff;
}

export interface PreparedImport {
  readonly problems: readonly ImportProblem[];
  readonly plans: readonly PreparedPlan[];
}

export interface PrepareOptions {
  /** The plan a spreadsheet belongs to; for JSON, imports only this plan of the folder. */
  readonly planId?: string;
  /** The import's time (ISO date-time): the new "as at" of whatever it changes. */
  readonly now: string;
  readonly loadStored: (planId: string) => Promise<PlanBundle | null>;
}

export async function prepareImport(files: readonly ImportFile[], options: PrepareOptions): Promise<PreparedImport> {
  if (files.length === 0) return { problems: [{ file: '(nothing)', message: 'no files to import: give a .xlsx, a .csv or a folder of contract JSON' }], plans: [] };
  return files.some((file) => isContractFile(file.name)) ? prepareJson(files, options) : prepareSpreadsheets(files, options);
}

async function prepareJson(files: readonly ImportFile[], { planId, loadStored }: PrepareOptions): Promise<PreparedImport> {
  const problems: ImportProblem[] = files.filter((file) => !isContractFile(file.name)).map((file) => ({ file: file.name, message: 'not one of the contract files (plans.json, plan.json, actions.json, reviews.json, measures.json)' }));
  const read = readContractJson(files);
  problems.push(...read.problems);
  const chosen = planId === undefined ? read.plans : read.plans.filter((entry) => entry.plan.id === planId);
  if (planId !== undefined && chosen.length === 0 && read.problems.length === 0) problems.push({ file: 'plan.json', message: `no plan with id "${planId}" among the files` });
  const plans: PreparedPlan[] = [];
  for (const entry of chosen) {
    const stored = await loadStored(entry.plan.id);
    const next: PlanBundle = {
      plan: entry.plan,
      actions: entry.actions ?? stored?.actions ?? { asOf: entry.plan.asOf, actions: [] },
      reviews: entry.reviews ?? stored?.reviews ?? { asOf: entry.plan.asOf, reviews: [] },
      measures: entry.measures ?? stored?.measures ?? { asOf: entry.plan.asOf, measures: [] },
    };
    problems.push(...checkBundle(next, entry.files));
    plans.push({ stored, next, diff: diffPlans(stored, next) });
  }
  return { problems, plans };
}

async function prepareSpreadsheets(files: readonly ImportFile[], { planId, now, loadStored }: PrepareOptions): Promise<PreparedImport> {
  const names = files.map((file) => file.name).join(', ');
  if (planId === undefined) return { problems: [{ file: names, message: 'say which plan the spreadsheet belongs to (--plan ID, or ?plan= on the API)' }], plans: [] };
  const stored = await loadStored(planId);
  if (stored === null) return { problems: [{ file: names, message: `plan "${planId}" is not stored yet: import its plan.json (areas, measures) first` }], plans: [] };

  const problems: ImportProblem[] = [];
  const knownMeasures = new Set(stored.measures.measures.map((measure) => measure.id));
  const planTables: SheetActions[] = [];
  const points = new Map<string, Point[]>();
  for (const file of files) {
    const read = await readSpreadsheet(file.name, file.bytes);
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    const [first] = read.tables;
    if (first !== undefined && read.tables.length === 1 && isMeasuresTable(first)) {
      const measures = readMeasuresTable(first, knownMeasures);
      problems.push(...measures.problems);
      for (const [id, list] of measures.points) points.set(id, [...(points.get(id) ?? []), ...list]);
      continue;
    }
    const sheet = planSheet(read.tables);
    const table = readPlanTable(sheet, stored.plan.areas, knownMeasures);
    problems.push(...table.problems);
    if (table.result) planTables.push(table.result);
  }
  if (planTables.length > 1) problems.push({ file: names, message: `the plan's actions are given in more than one file (${planTables.map((t) => t.file).join('; ')}): import one` });

  const sheet = planTables[0];
  const actions = sheet === undefined ? stored.actions.actions : mergeActions(stored.actions.actions, sheet);
  const measures = points.size === 0 ? stored.measures.measures : stored.measures.measures.map((measure) => withPoints(measure, points.get(measure.id)));
  const next: PlanBundle = {
    plan: stored.plan,
    actions: changedList(stored.actions, { ...stored.actions, actions }, now),
    reviews: stored.reviews,
    measures: changedList(stored.measures, { ...stored.measures, measures }, now),
  };
  return { problems, plans: [{ stored, next, diff: diffPlans(stored, next) }] };
}

/** The sheet with the plan's heading row; the first sheet when none has it (its problem is then reported). */
function planSheet(tables: readonly SheetTable[]): SheetTable {
  const found = tables.find((table) => findHeadingRow(table.rows, PLAN_COLUMNS).ok);
  return found ?? tables[0] ?? { file: '(empty workbook)', rows: [] };
}

/** The file's actions, in its order; a column the file leaves out keeps the stored value. */
function mergeActions(stored: readonly Action[], sheet: SheetActions): Action[] {
  const byId = new Map(stored.map((action) => [action.id, action]));
  const keeps = (column: KeptColumn) => !sheet.columns.has(column);
  return sheet.actions.map((action) => {
    const old = byId.get(action.id);
    if (old === undefined) return action;
    const { leadName, ratedOn, measureIds, progress, ...rest } = action;
    const pick = <T,>(column: KeptColumn, fromFile: T, fromStore: T) => (keeps(column) ? fromStore : fromFile);
    const merged: Action = { ...rest, progress: pick('progress', progress, old.progress) };
    const name = pick('leadName', leadName, old.leadName);
    const rated = pick('ratedOn', ratedOn, old.ratedOn);
    const measures = pick('measureIds', measureIds, old.measureIds);
    // The sheet has no rationale column: a rationale recorded in the dashboard still
    // explains the rating while the sheet leaves that rating as it was, and no longer does once it changes it.
    const rationale = merged.rating === old.rating ? old.rationale : undefined;
    return {
      ...merged,
      ...(name !== undefined && { leadName: name }),
      ...(rated !== undefined && { ratedOn: rated }),
      ...(measures !== undefined && { measureIds: measures }),
      ...(rationale !== undefined && { rationale }),
    };
  });
}

/** Points from the CSV replace those of the same period; the series stays oldest first. */
function withPoints(measure: Measure, incoming: readonly Point[] | undefined): Measure {
  if (incoming === undefined) return measure;
  const byPeriod = new Map(measure.points.map((point) => [point.periodEnd, point]));
  for (const point of incoming) byPeriod.set(point.periodEnd, point);
  return { ...measure, points: [...byPeriod.values()].sort((a, b) => (a.periodEnd < b.periodEnd ? -1 : a.periodEnd > b.periodEnd ? 1 : 0)) };
}

/** A list keeps its "as at" when nothing in it changes, so importing the same file twice changes nothing. */
function changedList<T extends { asOf: string }>(stored: T, next: T, now: string): T {
  return canonicalJson({ ...next, asOf: stored.asOf }) === canonicalJson(stored) ? stored : { ...next, asOf: now };
}
