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
  return `${singular(problem.resource)}${record}${field}: ${problem.message}`;
}

function singular(resource: Resource): string {
  switch (resource) {
    case 'plans':
      return 'Plan';
    case 'plan':
      return 'Area';
    case 'actions':
      return 'Action';
    case 'reviews':
    case 'review':
      return 'Review';
    case 'workbook':
      return 'Workbook';
    case 'measures':
      return 'Measure';
    case 'config':
      return 'Setting';
  }
}
