/**
 * CSV writing: RFC 4180 quoting plus formula-injection neutralising.
 *
 * - A field is quoted when it contains a comma, a double quote, CR or LF, and
 *   inner quotes are doubled. Records end with CRLF (RFC 4180), including the last.
 * - Text that a spreadsheet would run as a formula (starting with =, +, -, @, and
 *   also tab or carriage return, per OWASP) gets a leading single quote (and so
 *   does such text already behind quotes, so the quote can be removed on reading).
 * - Only text cells are neutralised. Number cells are written with `String(n)`
 *   untouched: the numbers in our exports are counts we compute, never negative,
 *   and a "'" in front of a number would stop it being a number.
 * - null / undefined write an empty field.
 * - Every document starts with a UTF-8 byte-order mark, so Excel reads it as UTF-8
 *   (names with accents, "£", curly quotes) instead of guessing the local code page.
 */

export type CsvCell = string | number | null | undefined;

/**
 * Formula-like text, also behind leading quotes: "'=x" is neutralised to "''=x" so
 * that `restoreNeutralised` is the exact inverse of `neutraliseFormula`.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Prefixes a single quote when text would be read as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * The inverse of `neutraliseFormula`, for reading back a file we (or a careful
 * spreadsheet user) wrote: a leading single quote before a formula character is
 * dropped; any other text is returned as it is.
 */
export function restoreNeutralised(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** RFC 4180 quoting of one already-neutralised field. */
export function quoteField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return quoteField(neutraliseFormula(cell));
}

export function csvRecord(cells: readonly CsvCell[]): string {
  return cells.map(csvField).join(',');
}

/** U+FEFF, written as EF BB BF in UTF-8: tells Excel the file is UTF-8. */
export const BYTE_ORDER_MARK = '\uFEFF';

/** A whole CSV document: the byte-order mark, header then rows, each line ending CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  let out = `${BYTE_ORDER_MARK}${csvRecord(header)}\r\n`;
  for (const row of rows) out += `${csvRecord(row)}\r\n`;
  return out;
}

/**
 * A download's file name with the data's "as at" date in it, so two downloads
 * from different extracts never look the same: "hfd-2022-actions-as-at-2024-01-12.csv".
 * `parts` are joined with hyphens; `asOfDate` is `YYYY-MM-DD`.
 */
export function csvFileName(parts: readonly string[], asOfDate: string): string {
  return `${[...parts, 'as-at', asOfDate].join('-')}.csv`;
}
