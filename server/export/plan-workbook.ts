/**
 * The plan as an Excel workbook in the council's own table layout: one sheet with
 * the areas as heading rows and their actions beneath (the columns the import reads,
 * so the file round-trips), rating cells coloured and worded, and the BRAG key on a
 * sheet of its own. Text that a spreadsheet could run as a formula is neutralised
 * with a leading quote, as in the CSV downloads; the import removes it again.
 */
import ExcelJS from 'exceljs';
import type { Action } from '../../src/api/schemas';
import { formatAsOf } from '../../src/domain/as-of';
import { neutraliseFormula } from '../../src/domain/csv';
import { parseDeadline } from '../../src/domain/deadlines';
import { RATING_WORDS } from '../../src/domain/rating-words';
import { RATING_KEYS, RATING_TAG_COLOURS, type RatingKey, ratingDefinition, ratingKey } from '../../src/domain/ratings';
import { writtenMonth } from '../../src/domain/written-deadline';
import type { PlanBundle } from '../storage/plan-bundle';
import { PLAN_COLUMNS, type PlanColumn } from '../import/plan-columns';

/** The columns written, in order: all the import reads except the area columns (areas are heading rows here). */
const EXPORT_COLUMNS: readonly { key: PlanColumn; width: number }[] = [
  { key: 'id', width: 9 },
  { key: 'title', width: 60 },
  { key: 'lead', width: 28 },
  { key: 'deadline', width: 14 },
  { key: 'progress', width: 70 },
  { key: 'rating', width: 13 },
  { key: 'leadName', width: 18 },
  { key: 'ratedOn', width: 12 },
  { key: 'measureIds', width: 14 },
];

/** ExcelJS's ARGB for a `#rrggbb` colour. */
const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

/** Fill and text colours of the dashboard's rating tags (AA contrast), as ARGB. */
const RATING_COLOURS: Readonly<Record<RatingKey, { fill: string; text: string }>> = Object.fromEntries(
  RATING_KEYS.map((key) => [key, { fill: argb(RATING_TAG_COLOURS[key].fill), text: argb(RATING_TAG_COLOURS[key].text) }]),
) as Record<RatingKey, { fill: string; text: string }>;

const HEADING_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F2F1' } };
const HEADING_ROW = 4;

export const PLAN_SHEET = 'Plan';
export const KEY_SHEET = 'BRAG key';

/** Text for a cell: formula-like text neutralised. */
function text(value: string): string {
  return neutraliseFormula(value);
}

/** A calendar date as an Excel date cell (Excel dates have no time zone: UTC midnight). */
function excelDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

function deadlineCell(action: Action): string | Date {
  const deadline = parseDeadline(action);
  switch (deadline.kind) {
    case 'date':
      return deadline.precision === 'day' ? excelDate(deadline.raw) : writtenMonth(deadline.year, deadline.month);
    case 'text':
      // The plan's words exactly as stored, so they read back the same.
      return text(action.deadlineText ?? deadline.text);
    case 'invalid':
      return text(deadline.raw);
    case 'none':
      return '';
  }
}

/** One note per line, "31/03/2023: text" when dated (the form the import reads). */
function progressText(action: Action): string {
  return text(action.progress.map((note) => (note.date ? `${note.date.slice(8, 10)}/${note.date.slice(5, 7)}/${note.date.slice(0, 4)}: ${note.text}` : note.text)).join('\n'));
}

function styleRating(cell: ExcelJS.Cell, key: RatingKey): void {
  const colours = RATING_COLOURS[key];
  cell.value = RATING_WORDS[key];
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: colours.fill } };
  cell.font = { bold: true, color: { argb: colours.text } };
}

export function buildPlanWorkbook(bundle: PlanBundle): ExcelJS.Workbook {
  const { plan } = bundle;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Improvement plan dashboard';
  const sheet = workbook.addWorksheet(PLAN_SHEET, { views: [{ state: 'frozen', ySplit: HEADING_ROW }] });
  sheet.columns = EXPORT_COLUMNS.map(({ width }) => ({ width }));

  sheet.getCell('A1').value = text(plan.title);
  sheet.getCell('A1').font = { bold: true, size: 14 };
  const version = plan.version ? `, version ${plan.version}` : '';
  sheet.getCell('A2').value = text(`${plan.organisation}${version}. Data as at ${formatAsOf(bundle.actions.asOf)}.`);
  const headings = sheet.getRow(HEADING_ROW);
  EXPORT_COLUMNS.forEach(({ key }, index) => {
    const cell = headings.getCell(index + 1);
    cell.value = PLAN_COLUMNS.find((spec) => spec.key === key)?.heading ?? key;
    cell.font = { bold: true };
    cell.border = { bottom: { style: 'medium' } };
  });

  const areas = [...plan.areas].sort((a, b) => a.number - b.number);
  const known = new Set(areas.map((area) => area.id));
  const groups = areas.map((area) => ({ heading: `Area ${area.number}: ${area.title}`, actions: bundle.actions.actions.filter((action) => action.areaId === area.id) }));
  const strays = bundle.actions.actions.filter((action) => !known.has(action.areaId));
  // Kept, not dropped, so nothing disappears from the export; the import reports them.
  if (strays.length > 0) groups.push({ heading: 'Actions whose area is not in the plan', actions: strays });

  for (const group of groups) {
    const heading = sheet.addRow([text(group.heading)]);
    sheet.mergeCells(heading.number, 1, heading.number, EXPORT_COLUMNS.length);
    heading.font = { bold: true };
    heading.getCell(1).fill = HEADING_FILL;
    heading.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    heading.height = 32;
    for (const action of group.actions) addActionRow(sheet, action);
  }

  addKeySheet(workbook, plan.ratingDefinitions);
  return workbook;
}

function addActionRow(sheet: ExcelJS.Worksheet, action: Action): void {
  const values: Record<PlanColumn, string | Date> = {
    area: '',
    areaTitle: '',
    id: text(action.id),
    title: text(action.title),
    lead: text(action.lead),
    deadline: deadlineCell(action),
    progress: progressText(action),
    rating: '',
    leadName: text(action.leadName ?? ''),
    ratedOn: action.ratedOn ? excelDate(action.ratedOn) : '',
    measureIds: text((action.measureIds ?? []).join(', ')),
  };
  const row = sheet.addRow(EXPORT_COLUMNS.map(({ key }) => values[key]));
  row.alignment = { wrapText: true, vertical: 'top' };
  EXPORT_COLUMNS.forEach(({ key }, index) => {
    const cell = row.getCell(index + 1);
    if (key === 'id') cell.numFmt = '@';
    if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    if (key === 'rating') styleRating(cell, ratingKey(action.rating));
  });
}

function addKeySheet(workbook: ExcelJS.Workbook, definitions: Readonly<Record<string, string>> | undefined): void {
  const key = workbook.addWorksheet(KEY_SHEET);
  key.columns = [{ width: 14 }, { width: 90 }];
  const heading = key.addRow(['BRAG', 'Meaning']);
  heading.font = { bold: true };
  for (const rating of RATING_KEYS) {
    const row = key.addRow(['', text(ratingDefinition(rating, definitions))]);
    row.alignment = { wrapText: true, vertical: 'top' };
    styleRating(row.getCell(1), rating);
  }
}

export async function planWorkbookBytes(bundle: PlanBundle): Promise<Uint8Array> {
  const buffer = await buildPlanWorkbook(bundle).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
