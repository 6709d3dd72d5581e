import type { DataProblem } from '../api/problems';
import { toCsv } from './csv';

export const DATA_PROBLEMS_HEADER = ['resource', 'record_id', 'field', 'problem'] as const;

/**
 * The data problems for the data owner, one row each. The record id, field and
 * message come from the API's own data, so they go through the same formula
 * neutralising as every other export.
 */
export function dataProblemsCsv(problems: readonly DataProblem[]): string {
  return toCsv(
    DATA_PROBLEMS_HEADER,
    problems.map((problem) => [problem.resource, problem.recordId ?? '', problem.path, problem.message]),
  );
}
