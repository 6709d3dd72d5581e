/**
 * A spreadsheet reduced to what the import needs: rows of plain cell values with the
 * row numbers a person sees in Excel. The .xlsx and .csv readers both produce it, so
 * the column rules are written once (plan-table.ts, measures-table.ts).
 */
import { restoreNeutralised } from '../../src/domain/csv';

export type CellValue = string | number | boolean | Date | null;

export interface SheetRow {
  /** 1-based, as Excel and a text editor number rows. */
  readonly number: number;
  /** 0-based column index to value; missing cells are null. */
  readonly cells: readonly CellValue[];
}

export interface SheetTable {
  /** The file name, and the sheet name for a workbook ("plan.xlsx, sheet Plan"). */
  readonly file: string;
  readonly rows: readonly SheetRow[];
}

/** A cell as written, with a formula-neutralising quote we wrote removed. */
export function cellRaw(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return restoreNeutralised(String(value));
}

/** A cell as trimmed text, for codes and keys (ids, numbers, ratings, dates). */
export function cellText(value: CellValue | undefined): string {
  return cellRaw(value).trim();
}

/** Free text (titles, leads) kept exactly as written: plans keep their own spelling and spacing. Blank is ''. */
export function cellWords(value: CellValue | undefined): string {
  const raw = cellRaw(value);
  return raw.trim() === '' ? '' : raw;
}

export function isBlankRow(row: SheetRow): boolean {
  return row.cells.every((cell) => cellText(cell) === '');
}

/** Headings compared without case, punctuation or spacing: "Action ID", "action_id", "Action id:". */
export function normaliseHeading(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

export interface ColumnSpec<K extends string> {
  readonly key: K;
  /** The heading written in the template and the export. */
  readonly heading: string;
  readonly aliases: readonly string[];
  readonly required: boolean;
}

export interface HeadingRow<K extends string> {
  readonly rowNumber: number;
  /** Column key to 0-based cell index; absent when the column is not in the file. */
  readonly columns: ReadonlyMap<K, number>;
}

export type HeadingResult<K extends string> = { readonly ok: true; readonly heading: HeadingRow<K> } | { readonly ok: false; readonly row: number | undefined; readonly missing: readonly string[] };

/**
 * Finds the heading row: the first row among the first `scan` rows that names every
 * required column. Title rows above it (plan name, "data as at") are allowed. When no
 * row qualifies, the row naming the most columns is blamed, with what it lacks.
 */
export function findHeadingRow<K extends string>(rows: readonly SheetRow[], specs: readonly ColumnSpec<K>[], scan = 20): HeadingResult<K> {
  let best: { row: SheetRow; columns: Map<K, number> } | undefined;
  for (const row of rows.slice(0, scan)) {
    const columns = new Map<K, number>();
    row.cells.forEach((cell, index) => {
      const heading = normaliseHeading(cellText(cell));
      const spec = specs.find((s) => normaliseHeading(s.heading) === heading || s.aliases.some((a) => normaliseHeading(a) === heading));
      if (spec && !columns.has(spec.key)) columns.set(spec.key, index);
    });
    if (specs.every((spec) => !spec.required || columns.has(spec.key))) return { ok: true, heading: { rowNumber: row.number, columns } };
    if (best === undefined || columns.size > best.columns.size) best = { row, columns };
  }
  const missing = specs.filter((spec) => spec.required && !best?.columns.has(spec.key)).map((spec) => spec.heading);
  return { ok: false, row: best && best.columns.size > 0 ? best.row.number : undefined, missing };
}
