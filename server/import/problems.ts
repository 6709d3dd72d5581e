/**
 * One thing wrong with an import, named so the person who keeps the file can find it:
 * the file, the row (spreadsheet row number, or the record's position in a JSON list),
 * the column (spreadsheet heading, or the JSON field path) and the problem.
 * Any problem means nothing is imported.
 */
export interface ImportProblem {
  readonly file: string;
  /** Spreadsheet row number as Excel shows it (1 = the first row), or a JSON record's 1-based position. */
  readonly row?: number;
  /** Spreadsheet column heading, or a JSON field path such as `points[3].value`. */
  readonly column?: string;
  /** The record's id when it has one (action "3.4"), for JSON files. */
  readonly record?: string;
  readonly message: string;
}

export function describeImportProblem(problem: ImportProblem): string {
  const parts = [problem.file];
  if (problem.row !== undefined) parts.push(`row ${problem.row}`);
  if (problem.record !== undefined) parts.push(`id ${problem.record}`);
  if (problem.column !== undefined) parts.push(`column ${problem.column}`);
  return `${parts.join(', ')}: ${problem.message}`;
}
