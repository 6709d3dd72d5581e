/**
 * Reads the plan's actions from a council's table (.xlsx sheet or .csv): one row per
 * action under a heading row, with the area given either by an "Area" column or by
 * heading rows such as "Area 3: Prompt, robust identification..." above its actions
 * (the layout of the plans themselves and of our Excel export).
 */
import type { Action, Area, ProgressNote } from '../../src/api/schemas';
import { ratingFromWord } from '../../src/domain/rating-words';
import { parseWrittenDeadline } from '../../src/domain/written-deadline';
import { PLAN_COLUMNS, type PlanColumn, planColumnHeading } from './plan-columns';
import type { ImportProblem } from './problems';
import { type CellValue, type SheetRow, type SheetTable, cellText, cellWords, findHeadingRow, isBlankRow } from './sheet-table';

export interface SheetActions {
  readonly file: string;
  /** The plan's actions in the order of the file. */
  readonly actions: readonly Action[];
  /** The columns the file has: a missing optional column keeps what is stored. */
  readonly columns: ReadonlySet<PlanColumn>;
}

const AREA_HEADING = /^area\s+(\d+)\b\s*[:.\-–—]?\s*(.*)$/i;
/** A progress line "31/03/2023: text" or "2023-03-31: text" is a dated note. */
const DATED_NOTE = /^\s*(\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2})\s*: ?(.*)$/;

export function readPlanTable(table: SheetTable, areas: readonly Area[], knownMeasureIds: ReadonlySet<string>): { result: SheetActions | null; problems: ImportProblem[] } {
  const { file } = table;
  const problems: ImportProblem[] = [];
  const found = findHeadingRow(table.rows, PLAN_COLUMNS);
  if (!found.ok) {
    const message = found.missing.length === 1 ? `missing column "${found.missing[0]}"` : `missing columns ${found.missing.map((m) => `"${m}"`).join(', ')}`;
    problems.push({ file, ...(found.row !== undefined && { row: found.row }), message: `${message}: no heading row names every required column` });
    return { result: null, problems };
  }
  const { columns, rowNumber } = found.heading;
  const areaByNumber = new Map(areas.map((area) => [area.number, area]));
  const firstRowOfId = new Map<string, number>();
  const actions: Action[] = [];
  let headingArea: number | undefined;

  const at = (row: SheetRow, key: PlanColumn): CellValue | undefined => {
    const index = columns.get(key);
    return index === undefined ? undefined : row.cells[index];
  };
  const problem = (row: SheetRow, key: PlanColumn | undefined, message: string) => {
    problems.push({ file, row: row.number, ...(key !== undefined && { column: planColumnHeading(key) }), message });
  };

  for (const row of table.rows) {
    if (row.number <= rowNumber || isBlankRow(row)) continue;
    const id = cellText(at(row, 'id'));
    const heading = areaHeading(row);
    if (heading !== undefined) {
      headingArea = heading;
      if (!areaByNumber.has(heading)) problem(row, undefined, `unknown area ${heading}: the plan has no area with that number`);
      continue;
    }
    if (id === '') {
      problem(row, 'id', 'the action id is blank');
      continue;
    }
    const seenAt = firstRowOfId.get(id);
    if (seenAt !== undefined) {
      problem(row, 'id', `duplicate action id "${id}" (first used in row ${seenAt})`);
      continue;
    }
    firstRowOfId.set(id, row.number);

    const areaNumber = readAreaNumber(cellText(at(row, 'area')), headingArea);
    let area: Area | undefined;
    if (areaNumber === undefined) problem(row, 'area', columns.has('area') ? 'the area is blank or not a whole number' : 'no area: add an "Area" column or an "Area N: title" heading row above the action');
    else {
      area = areaByNumber.get(areaNumber);
      if (area === undefined) problem(row, 'area', `unknown area ${areaNumber}: the plan has no area with that number`);
    }

    const deadline = readDeadline(at(row, 'deadline'));
    if ('problem' in deadline) problem(row, 'deadline', deadline.problem);
    const rating = ratingFromWord(cellText(at(row, 'rating')));
    if (!rating.ok) problem(row, 'rating', `"${cellText(at(row, 'rating'))}" is not a BRAG rating (Blue, Green, Amber, Red, Not yet due, or blank for not rated)`);
    const progress = readProgress(cellWords(at(row, 'progress')));
    for (const bad of progress.problems) problem(row, 'progress', bad);
    const ratedOn = readDay(at(row, 'ratedOn'));
    if (ratedOn === null) problem(row, 'ratedOn', `"${cellText(at(row, 'ratedOn'))}" is not a real date`);
    const title = cellWords(at(row, 'title'));
    if (title === '') problem(row, 'title', 'the action is blank');

    if (area === undefined || 'problem' in deadline || !rating.ok || ratedOn === null) continue;
    const leadName = cellWords(at(row, 'leadName'));
    const measureIds = cellText(at(row, 'measureIds'))
      .split(/[,;\n]/)
      .map((part) => part.trim())
      .filter((part) => part !== '');
    const unknownMeasures = measureIds.filter((measureId) => !knownMeasureIds.has(measureId));
    if (unknownMeasures.length > 0) {
      problem(row, 'measureIds', `unknown measure${unknownMeasures.length > 1 ? 's' : ''} ${unknownMeasures.join(', ')}: not among the plan's measures`);
      continue;
    }
    actions.push({
      id,
      areaId: area.id,
      title,
      lead: cellWords(at(row, 'lead')),
      ...(leadName !== '' && { leadName }),
      deadline: deadline.deadline,
      ...(deadline.deadlineText !== undefined && { deadlineText: deadline.deadlineText }),
      rating: rating.rating,
      ...(ratedOn !== undefined && { ratedOn }),
      progress: progress.notes,
      ...(measureIds.length > 0 && { measureIds }),
    });
  }
  return { result: { file, actions, columns: new Set(columns.keys()) }, problems };
}

/** A row whose one filled cell reads "Area 3: title" (in whichever column) heads area 3's actions. */
function areaHeading(row: SheetRow): number | undefined {
  const filled = row.cells.map((cell) => cellText(cell)).filter((text) => text !== '');
  const match = filled.length === 1 ? AREA_HEADING.exec(filled[0] ?? '') : null;
  return match ? Number(match[1]) : undefined;
}

function readAreaNumber(written: string, headingArea: number | undefined): number | undefined {
  if (written === '') return headingArea;
  // "3", "3.0" (a number cell) and "Area 3" all name area 3.
  const match = /^(?:area\s*)?(\d+)(?:\.0+)?$/i.exec(written);
  return match ? Number(match[1]) : undefined;
}

type ReadDeadline = { deadline: string | null; deadlineText?: string } | { problem: string };

function readDeadline(value: CellValue | undefined): ReadDeadline {
  // A date cell in Excel: its calendar day (exceljs reads date cells as UTC midnight).
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { problem: 'not a real date' } : { deadline: value.toISOString().slice(0, 10) };
  if (typeof value === 'number') return { problem: `${value} is a number, not a date: write the date (31/03/2023) or the month (March 2023)` };
  const written = cellText(value);
  const parsed = parseWrittenDeadline(written);
  switch (parsed.kind) {
    case 'none':
      return { deadline: null };
    case 'date':
      return { deadline: parsed.raw };
    case 'text':
      // The plan's own words, exactly as written.
      return { deadline: null, deadlineText: cellWords(value) };
    case 'invalid':
      return { problem: `"${written}" is not a real date (${parsed.reason})` };
  }
}

/** A day (`YYYY-MM-DD`), undefined when blank, null when not a real date. */
function readDay(value: CellValue | undefined): string | undefined | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  const written = cellText(value);
  if (written === '') return undefined;
  const parsed = parseWrittenDeadline(written);
  return parsed.kind === 'date' && parsed.precision === 'day' ? parsed.raw : null;
}

/** One note per line, oldest first; "31/03/2023: text" gives the note its date. The text is kept as written. */
function readProgress(text: string): { notes: ProgressNote[]; problems: string[] } {
  const notes: ProgressNote[] = [];
  const problems: string[] = [];
  for (const line of text.split('\n')) {
    const note = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (note.trim() === '') continue;
    const dated = DATED_NOTE.exec(note);
    if (!dated) {
      notes.push({ text: note });
      continue;
    }
    const date = readDay(dated[1] ?? '');
    if (date === null || date === undefined) problems.push(`the note dated "${dated[1]}" has a date that is not real`);
    else notes.push({ date, text: dated[2] ?? '' });
  }
  return { notes, problems };
}
