/**
 * Reads measure values from a CSV with the columns
 * `measure_id,period_end,period_label,value,numerator,denominator,lower,upper,status`.
 * Each row is one point of one measure; the measure itself (title, unit, target) is
 * defined in the plan's measures.json and must already exist.
 */
import { POINT_STATUSES, type Point, type PointStatus } from '../../src/api/schemas';
import { parseIsoDate } from '../../src/domain/dates';
import type { ImportProblem } from './problems';
import { type ColumnSpec, type SheetRow, type SheetTable, cellText, findHeadingRow, isBlankRow } from './sheet-table';

type MeasureColumn = 'measureId' | 'periodEnd' | 'periodLabel' | 'value' | 'numerator' | 'denominator' | 'lower' | 'upper' | 'status';

const column = (key: MeasureColumn, heading: string, required = false): ColumnSpec<MeasureColumn> => ({ key, heading, aliases: [], required });

export const MEASURE_COLUMNS: readonly ColumnSpec<MeasureColumn>[] = [
  column('measureId', 'measure_id', true),
  column('periodEnd', 'period_end', true),
  column('periodLabel', 'period_label'),
  column('value', 'value', true),
  column('numerator', 'numerator'),
  column('denominator', 'denominator'),
  column('lower', 'lower'),
  column('upper', 'upper'),
  column('status', 'status'),
];

/** True when the table's heading row is the measures CSV's (used to tell a measures CSV from a plan CSV). */
export function isMeasuresTable(table: SheetTable): boolean {
  return findHeadingRow(table.rows, MEASURE_COLUMNS, 1).ok;
}

/** `c` is a suppressed small number and `:` or `n/a` not available, as published tables write them. */
const VALUE_MARKERS: Readonly<Record<string, PointStatus>> = { c: 'suppressed', ':': 'not-available', 'n/a': 'not-available' };
const NUMBER = /^-?\d+(\.\d+)?$/;

export function readMeasuresTable(table: SheetTable, knownMeasureIds: ReadonlySet<string>): { points: Map<string, Point[]>; problems: ImportProblem[] } {
  const { file } = table;
  const points = new Map<string, Point[]>();
  const problems: ImportProblem[] = [];
  const found = findHeadingRow(table.rows, MEASURE_COLUMNS);
  if (!found.ok) {
    problems.push({ file, ...(found.row !== undefined && { row: found.row }), message: `missing column${found.missing.length > 1 ? 's' : ''} ${found.missing.map((m) => `"${m}"`).join(', ')}` });
    return { points, problems };
  }
  const { columns, rowNumber } = found.heading;
  const seen = new Map<string, number>();
  const text = (row: SheetRow, key: MeasureColumn) => {
    const index = columns.get(key);
    return index === undefined ? '' : cellText(row.cells[index]);
  };

  for (const row of table.rows) {
    if (row.number <= rowNumber || isBlankRow(row)) continue;
    const before = problems.length;
    const problem = (key: MeasureColumn, message: string) => problems.push({ file, row: row.number, column: MEASURE_COLUMNS.find((c) => c.key === key)?.heading ?? key, message });
    const number = (key: MeasureColumn): number | undefined => {
      const written = text(row, key);
      if (written === '') return undefined;
      if (!NUMBER.test(written)) problem(key, `"${written}" is not a number`);
      return Number(written);
    };

    const measureId = text(row, 'measureId');
    if (measureId === '') problem('measureId', 'the measure id is blank');
    else if (!knownMeasureIds.has(measureId)) problem('measureId', `unknown measure "${measureId}": define it in the plan's measures.json first`);
    const periodEnd = text(row, 'periodEnd');
    if (parseIsoDate(periodEnd) === null) problem('periodEnd', `"${periodEnd}" is not a real date written YYYY-MM-DD`);
    const key = `${measureId}\u0000${periodEnd}`;
    const firstRow = seen.get(key);
    if (firstRow !== undefined) problem('periodEnd', `measure ${measureId} already has a value for ${periodEnd} (row ${firstRow})`);
    seen.set(key, row.number);

    const writtenValue = text(row, 'value');
    const marker = VALUE_MARKERS[writtenValue.toLowerCase()];
    const value = marker === undefined ? number('value') : undefined;
    const writtenStatus = text(row, 'status');
    const status = writtenStatus === '' ? marker : (writtenStatus as PointStatus);
    if (writtenStatus !== '' && !(POINT_STATUSES as readonly string[]).includes(writtenStatus)) problem('status', `"${writtenStatus}" is not one of ${POINT_STATUSES.join(', ')}`);
    const numerator = number('numerator');
    const denominator = number('denominator');
    const lower = number('lower');
    const upper = number('upper');
    if (problems.length > before) continue;

    const periodLabel = text(row, 'periodLabel');
    const point: Point = {
      periodEnd,
      ...(periodLabel !== '' && { periodLabel }),
      value: value ?? null,
      ...(numerator !== undefined && { numerator }),
      ...(denominator !== undefined && { denominator }),
      ...(lower !== undefined && { lower }),
      ...(upper !== undefined && { upper }),
      ...(status !== undefined && { status }),
    };
    points.set(measureId, [...(points.get(measureId) ?? []), point]);
  }
  return { points, problems };
}
