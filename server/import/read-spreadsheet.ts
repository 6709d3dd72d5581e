/**
 * Opens a .xlsx workbook or a .csv file (with exceljs) as plain sheet tables. A file
 * that cannot be read is a problem naming the file, never an exception.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ImportProblem } from './problems';
import type { CellValue, SheetRow, SheetTable } from './sheet-table';

export type ReadSheets = { ok: true; tables: SheetTable[] } | { ok: false; problem: ImportProblem };

export async function readSpreadsheet(file: string, bytes: Uint8Array): Promise<ReadSheets> {
  const lower = file.toLowerCase();
  try {
    if (lower.endsWith('.xlsx')) return { ok: true, tables: await readXlsx(file, bytes) };
    if (lower.endsWith('.csv')) return { ok: true, tables: [await readCsv(file, bytes)] };
  } catch (error) {
    const kind = lower.endsWith('.xlsx') ? 'an Excel workbook (.xlsx)' : 'a CSV file';
    return { ok: false, problem: { file, message: `could not be read as ${kind}: ${reason(error)}` } };
  }
  return { ok: false, problem: { file, message: 'not a file the import reads: use .xlsx, .csv, or a folder of contract JSON' } };
}

function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // Library messages can be long and technical; the first line says enough.
  return (text.split('\n')[0] ?? '').slice(0, 200) || 'unknown error';
}

async function readXlsx(file: string, bytes: Uint8Array): Promise<SheetTable[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  if (workbook.worksheets.length === 0) throw new Error('the workbook has no sheets');
  return workbook.worksheets.map((sheet) => ({ file: `${file}, sheet "${sheet.name}"`, rows: sheetRows(sheet) }));
}

async function readCsv(file: string, bytes: Uint8Array): Promise<SheetTable> {
  const workbook = new ExcelJS.Workbook();
  // Identity map: keep every field as written ("3.10" must not become the number 3.1).
  const sheet = await workbook.csv.read(Readable.from([Buffer.from(stripBom(bytes))]), { map: (value: unknown) => value });
  return { file, rows: sheetRows(sheet) };
}

function stripBom(bytes: Uint8Array): Uint8Array {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

function sheetRows(sheet: ExcelJS.Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      // exceljs gives every cell of a merged range the range's value: keep it in the first only.
      cells[column - 1] = cell.isMerged && cell.master.address !== cell.address ? null : plainValue(cell.value);
    });
    rows.push({ number, cells: Array.from(cells, (cell) => cell ?? null) });
  });
  return rows;
}

/** Rich text, hyperlinks and formulas (their last computed result) as plain values. */
function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : null;
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null || typeof result === 'object') return result instanceof Date ? result : null;
    return result;
  }
  return null;
}
