/**
 * Reads plans as the API serves them, for moving from another system: a folder with
 * `plan.json` and optionally `actions.json`, `reviews.json`, `measures.json` (one
 * plan), or `plans.json` with one such folder per plan id. Each file is validated
 * against the contract's zod schemas (src/api/schemas.ts, the same the dashboard
 * uses), every invalid record named.
 */
import type * as z from 'zod/mini';
import { joinPath } from '../../src/api/records';
import { ActionListSchema, MeasureListSchema, PlanListSchema, PlanSchema, ReviewListSchema } from '../../src/api/schemas';
import type { PlanBundle } from '../storage/plan-bundle';
import type { BundleFiles } from './contract-checks';
import type { ImportProblem } from './problems';

export interface ImportFile {
  /** Path relative to what was imported, with `/` separators: "hfd-2022/actions.json". */
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** One plan read from JSON; a list file that was not given is null (what is stored is kept). */
export interface JsonPlan {
  readonly plan: PlanBundle['plan'];
  readonly actions: PlanBundle['actions'] | null;
  readonly reviews: PlanBundle['reviews'] | null;
  readonly measures: PlanBundle['measures'] | null;
  readonly files: BundleFiles;
}

export const CONTRACT_FILES = ['plans.json', 'plan.json', 'actions.json', 'reviews.json', 'measures.json'] as const;

export function isContractFile(name: string): boolean {
  const base = name.split('/').pop() ?? '';
  return (CONTRACT_FILES as readonly string[]).includes(base);
}

export function readContractJson(files: readonly ImportFile[]): { plans: JsonPlan[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const byName = new Map(files.map((file) => [file.name, file]));
  const read = <S extends z.ZodMiniType>(name: string, schema: S): z.infer<S> | null | undefined => {
    const file = byName.get(name);
    if (file === undefined) return undefined;
    const parsed = parseJson(name, file.bytes, schema);
    problems.push(...parsed.problems);
    return parsed.value;
  };

  const folders = files.filter((file) => file.name.split('/').pop() === 'plan.json').map((file) => file.name.slice(0, -'plan.json'.length));
  if (folders.length === 0) problems.push({ file: 'plan.json', message: 'no plan.json found: each plan needs its plan.json (GET /plans/{id})' });
  const plans: JsonPlan[] = [];
  for (const folder of folders) {
    const names: BundleFiles = { plan: `${folder}plan.json`, actions: `${folder}actions.json`, reviews: `${folder}reviews.json`, measures: `${folder}measures.json` };
    const plan = read(names.plan, PlanSchema);
    const actions = read(names.actions, ActionListSchema);
    const reviews = read(names.reviews, ReviewListSchema);
    const measures = read(names.measures, MeasureListSchema);
    if (!plan || actions === null || reviews === null || measures === null) continue;
    if (folder !== '' && folder !== `${plan.id}/`) problems.push({ file: names.plan, column: 'id', message: `plan id "${plan.id}" does not match its folder "${folder.slice(0, -1)}"` });
    plans.push({ plan, actions: actions ?? null, reviews: reviews ?? null, measures: measures ?? null, files: names });
  }

  const list = read('plans.json', PlanListSchema);
  if (list) {
    const found = new Set(plans.map((entry) => entry.plan.id));
    list.plans.forEach((summary, index) => {
      if (!found.has(summary.id)) problems.push({ file: 'plans.json', row: index + 1, record: summary.id, column: 'id', message: `no ${summary.id}/plan.json for this plan` });
    });
  }
  const ids = new Set<string>();
  for (const entry of plans) {
    if (ids.has(entry.plan.id)) problems.push({ file: entry.files.plan, column: 'id', message: `plan "${entry.plan.id}" is given twice` });
    ids.add(entry.plan.id);
  }
  return { plans, problems };
}

function parseJson<S extends z.ZodMiniType>(file: string, bytes: Uint8Array, schema: S): { value: z.infer<S> | null; problems: ImportProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    return { value: null, problems: [{ file, message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return { value: parsed.data, problems: [] };
  return { value: null, problems: parsed.error.issues.map((issue) => issueProblem(file, data, issue)) };
}

/** `["actions", 3, "deadline"]` -> row 4 (the record's position), its id, column "deadline". */
function issueProblem(file: string, data: unknown, issue: z.core.$ZodIssue): ImportProblem {
  const [list, index, ...rest] = issue.path;
  if (typeof list === 'string' && typeof index === 'number') {
    const record = recordId(data, list, index);
    return { file, row: index + 1, ...(record !== undefined && { record }), column: joinPath('', rest) || list, message: issue.message };
  }
  return { file, ...(issue.path.length > 0 && { column: joinPath('', issue.path) }), message: issue.message };
}

function recordId(data: unknown, list: string, index: number): string | undefined {
  const items = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[list] : undefined;
  const item = Array.isArray(items) ? (items[index] as unknown) : undefined;
  const id = typeof item === 'object' && item !== null ? (item as Record<string, unknown>).id : undefined;
  return typeof id === 'string' ? id : undefined;
}
