/**
 * The Excel export: the council's layout (areas as heading rows, rating cells coloured
 * and worded, the key on its own sheet), formula-like text neutralised, and a round
 * trip through the import that changes nothing.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { demoMain, demoSecond } from '../../fixtures/demo';
import type { Action } from '../../src/api/schemas';
import { KEY_SHEET, PLAN_SHEET, planWorkbookBytes } from '../../server/export/plan-workbook';
import type { PlanBundle } from '../../server/storage/plan-bundle';
import { canonicalJson } from '../../server/import/canonical';
import { prepareImport } from '../../server/import/prepare-import';

const NOW = '2024-02-01T09:00:00Z';

async function importWorkbook(bytes: Uint8Array, stored: PlanBundle) {
  return prepareImport([{ name: 'plan.xlsx', bytes }], { planId: stored.plan.id, now: NOW, loadStored: async () => stored });
}

async function openWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

function withActions(bundle: PlanBundle, actions: Action[]): PlanBundle {
  return { ...bundle, actions: { ...bundle.actions, actions } };
}

describe.each([
  ['hfd-2022', demoMain],
  ['send-wsoa', demoSecond],
])('the %s plan exported to Excel', (_id, bundle) => {
  it('imports back unchanged: no problems, no differences', async () => {
    const result = await importWorkbook(await planWorkbookBytes(bundle), bundle);
    expect(result.problems).toEqual([]);
    expect(result.plans).toHaveLength(1);
    expect(result.plans[0]?.diff.unchanged).toBe(true);
    expect(result.plans[0]?.next).toEqual(bundle);
  });

  it('carries every action field by itself: imported into the plan with no actions, it rebuilds them all', async () => {
    const empty = withActions(bundle, []);
    const result = await importWorkbook(await planWorkbookBytes(bundle), empty);
    expect(result.problems).toEqual([]);
    const next = result.plans[0]?.next;
    expect(next?.actions.actions.map((action) => canonicalJson(action))).toEqual(bundle.actions.actions.map((action) => canonicalJson(action)));
    expect(result.plans[0]?.diff.actions.added).toHaveLength(bundle.actions.actions.length);
  });
});

describe('the workbook layout', () => {
  it('puts each area as a heading row above its actions, in area order', async () => {
    const workbook = await openWorkbook(await planWorkbookBytes(demoMain));
    const sheet = workbook.getWorksheet(PLAN_SHEET);
    const firstCells: string[] = [];
    sheet?.eachRow((row) => firstCells.push(String(row.getCell(1).value ?? '')));
    const headings = firstCells.filter((text) => text.startsWith('Area '));
    expect(headings).toHaveLength(10);
    expect(headings[0]).toMatch(/^Area 1: Corporate responsibility/);
    expect(headings[9]).toMatch(/^Area 10: /);
    // The actions of area 1 follow its heading: 1.1 is the next row.
    expect(firstCells[firstCells.indexOf(headings[0] ?? '') + 1]).toBe('1.1');
  });

  it('words and colours every rating cell, and the key sheet lists all six', async () => {
    const workbook = await openWorkbook(await planWorkbookBytes(demoMain));
    const sheet = workbook.getWorksheet(PLAN_SHEET);
    const ratingColumn = 6;
    const cells: ExcelJS.Cell[] = [];
    sheet?.eachRow((row, number) => {
      // Area heading rows are one merged cell; every other row below the headings is an action.
      if (number > 4 && !row.getCell(1).isMerged) cells.push(row.getCell(ratingColumn));
    });
    expect(cells).toHaveLength(demoMain.actions.actions.length);
    const red = cells.find((cell) => cell.value === 'Red');
    expect(red?.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF4CDC6' } });
    expect(new Set(cells.map((cell) => cell.value))).toEqual(new Set(['Blue', 'Green', 'Amber', 'Red', 'Not yet due', 'Not rated']));

    const key = workbook.getWorksheet(KEY_SHEET);
    const words: string[] = [];
    key?.eachRow((row, number) => {
      if (number > 1) words.push(String(row.getCell(1).value));
    });
    expect(words).toEqual(['Blue', 'Green', 'Amber', 'Red', 'Not yet due', 'Not rated']);
    expect(String(key?.getRow(2).getCell(2).value)).toBe(demoMain.plan.ratingDefinitions?.blue);
  });

  it('writes day deadlines as Excel dates, months and words as written', async () => {
    const workbook = await openWorkbook(await planWorkbookBytes(demoMain));
    const sheet = workbook.getWorksheet(PLAN_SHEET);
    const deadlines = new Map<string, unknown>();
    sheet?.eachRow((row) => deadlines.set(String(row.getCell(1).value), row.getCell(4).value));
    expect(deadlines.get('1.1')).toBe('October 2022');
    expect(deadlines.get('1.3')).toEqual(new Date('2024-02-29T00:00:00Z'));
  });
});

describe('formula-like text in the export', () => {
  const hostile = withActions(demoSecond, [
    {
      ...(demoSecond.actions.actions[0] as Action),
      id: '-1',
      title: '=HYPERLINK("http://evil.example","click")',
      lead: '+44 1432 260000',
      leadName: '@SUM(A1)',
      deadline: null,
      deadlineText: '\tTab first',
      progress: [{ text: '-minus first' }, { date: '2024-01-02', text: '=not first in the cell' }],
    },
  ]);
  // A carriage return is stored as a line break by the .xlsx format itself (XML
  // normalises it), so it is checked for its quote but cannot round-trip exactly.
  const carriageReturn = withActions(hostile, [{ ...(hostile.actions.actions[0] as Action), progress: [{ text: '\rcarriage return first' }] }]);

  it('is neutralised with a leading quote in every cell that starts =, +, -, @, tab or CR', async () => {
    const workbook = await openWorkbook(await planWorkbookBytes(hostile));
    const sheet = workbook.getWorksheet(PLAN_SHEET);
    const row = sheet?.getRow(6);
    // Heading row 4, area heading row 5, the action in row 6.
    expect(row?.getCell(1).value).toBe("'-1");
    expect(row?.getCell(2).value).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(row?.getCell(3).value).toBe("'+44 1432 260000");
    expect(row?.getCell(4).value).toBe("'\tTab first");
    expect(row?.getCell(5).value).toBe("'-minus first\n02/01/2024: =not first in the cell");
    expect(row?.getCell(7).value).toBe("'@SUM(A1)");
    // No cell anywhere holds a formula.
    sheet?.eachRow((r) => r.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('guards a cell that starts with a carriage return', async () => {
    const workbook = await openWorkbook(await planWorkbookBytes(carriageReturn));
    expect(String(workbook.getWorksheet(PLAN_SHEET)?.getRow(6).getCell(5).value)).toMatch(/^'\s+carriage return first$/);
  });

  it('reads back as the original text', async () => {
    const result = await importWorkbook(await planWorkbookBytes(hostile), hostile);
    expect(result.problems).toEqual([]);
    expect(result.plans[0]?.diff.unchanged).toBe(true);
  });
});
