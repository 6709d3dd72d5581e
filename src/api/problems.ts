import type { Resource } from './errors';

/**
 * One record the dashboard had to leave out (or one field it could not trust),
 * named so a data owner can find and fix it in the source system.
 */
export interface DataProblem {
  resource: Resource;
  /** The record's id when it has one (e.g. action "3.4"); otherwise its position. */
  recordId?: string;
  /** Where in the record, e.g. "deadline" or "points[3].value". */
  path: string;
  message: string;
}

export function describeProblem(problem: DataProblem): string {
  const record = problem.recordId ? ` ${problem.recordId}` : '';
  const field = problem.path ? `, field ${problem.path}` : '';
  return `${recordKind(problem.resource)}${record}${field}: ${problem.message}`;
}

/** What a record of `resource` is called: "Action", "Measure", "Area"... */
export function recordKind(resource: Resource): string {
  switch (resource) {
    case 'plans':
      return 'Plan';
    case 'plan':
      return 'Area';
    case 'actions':
    case 'action':
      return 'Action';
    case 'history':
      return 'History entry';
    case 'reviews':
    case 'review':
      return 'Review';
    case 'workbook':
      return 'Workbook';
    case 'measures':
      return 'Measure';
    case 'config':
      return 'Setting';
    case 'me':
      return 'Account';
    case 'summary':
      return 'Figure';
  }
}

/** Every problem of the results that have loaded, in the order given (undefined: not loaded or failed). */
export function problemsOf(...results: ({ readonly problems: readonly DataProblem[] } | undefined)[]): DataProblem[] {
  return results.flatMap((result) => result?.problems ?? []);
}

/**
 * The records with problems, grouped by kind in first-seen order, for a one-line
 * summary: "Action 9.9, 9.10; Measure m-12". At most `limit` ids are named; `more`
 * counts the rest. A record without an id is named by its position.
 */
export function problemRecords(problems: readonly DataProblem[], limit = 12): { text: string; more: number } {
  const byKind = new Map<string, Set<string>>();
  for (const problem of problems) {
    const kind = recordKind(problem.resource);
    const ids = byKind.get(kind) ?? new Set<string>();
    ids.add(problem.recordId ?? problem.path);
    byKind.set(kind, ids);
  }
  let named = 0;
  let total = 0;
  const parts: string[] = [];
  for (const [kind, ids] of byKind) {
    total += ids.size;
    const shown = [...ids].slice(0, Math.max(0, limit - named));
    named += shown.length;
    if (shown.length > 0) parts.push(`${kind} ${shown.join(', ')}`);
  }
  return { text: parts.join('; '), more: total - named };
}
