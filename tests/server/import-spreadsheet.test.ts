/**
 * Importing the plan as councils keep it (.csv/.xlsx) and measures from a CSV:
 * the report of problems (file, row, column), the diff against what is stored, and
 * that any problem means nothing would be imported. Files are under import-files/.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoSecond } from '../../fixtures/demo';
import type { PlanBundle } from '../../server/storage/plan-bundle';
import { prepareImport } from '../../server/import/prepare-import';
import { describeImportProblem } from '../../server/import/problems';
import { schemaErrors } from '../contract/openapi';

const NOW = '2024-02-01T09:00:00Z';
const stored: PlanBundle = demoSecond;

function file(name: string) {
  return { name, bytes: new Uint8Array(readFileSync(resolve(import.meta.dirname, 'import-files', name))) };
}

function importFiles(...names: string[]) {
  return prepareImport(names.map(file), { planId: stored.plan.id, now: NOW, loadStored: async (id) => (id === stored.plan.id ? stored : null) });
}

describe('a plan CSV with changes', () => {
  it('has no problems and lists what would change', async () => {
    const { problems, plans } = await importFiles('plan-changes.csv');
    expect(problems).toEqual([]);
    const diff = plans[0]?.diff;
    expect(diff?.actions.added).toEqual(['2.4']);
    expect(diff?.actions.removed).toEqual(['2.2']);
    expect(diff?.ratingChanges.map((c) => [c.actionId, c.from, c.to, c.direction])).toEqual([
      ['1.2', 'red', 'amber', 'improved'],
      ['2.3', 'unrated', 'green', 'changed'],
    ]);
    // 1.2 has a new note dated after the stored "as at"; 2.3's latest note is older.
    expect(diff?.withoutRationale).toEqual(['2.3']);
    expect(diff?.unchanged).toBe(false);
  });

  it('reports in the shape the contract documents (ImportReport)', async () => {
    for (const name of ['plan-changes.csv', 'duplicate-id.csv', 'measures-bad.csv']) {
      const { problems, plans } = await importFiles(name);
      const report = JSON.parse(JSON.stringify({ committed: false, problems, plans: plans.map((plan) => plan.diff) })) as unknown;
      expect(schemaErrors('ImportReport', report), name).toEqual([]);
    }
  });

  it('reads deadlines as written into deadline and deadlineText', async () => {
    const { plans } = await importFiles('plan-changes.csv');
    const byId = new Map(plans[0]?.next.actions.actions.map((a) => [a.id, a]));
    expect(byId.get('1.1')?.deadline).toBe('2024-03');
    expect(byId.get('1.2')?.deadline).toBe('2023-12');
    expect(byId.get('1.3')?.deadline).toBe('2023-11-30');
    expect(byId.get('2.4')).toMatchObject({ deadline: null, deadlineText: 'Spring 2024', rating: 'not-due', progress: [] });
    expect(byId.get('1.2')?.progress.at(-1)).toEqual({ date: '2024-01-26', text: 'Data-sharing terms signed; requests now tracked weekly.' });
  });

  it('keeps what the file has no column for (lead names, rated on, measures)', async () => {
    const { plans } = await importFiles('plan-changes.csv');
    const first = plans[0]?.next.actions.actions[0];
    expect(first).toMatchObject({ id: '1.1', ratedOn: '2023-12-12', measureIds: ['m-01', 'm-02'] });
    expect(plans[0]?.next.actions.asOf).toBe(NOW);
  });

  it("keeps a rationale recorded in the dashboard while the sheet leaves that action's rating as it was", async () => {
    const withRationales: PlanBundle = {
      ...stored,
      actions: {
        ...stored.actions,
        actions: stored.actions.actions.map((a) => (a.id === '1.1' || a.id === '1.2' ? { ...a, rationale: `Why ${a.id} is rated so` } : a)),
      },
    };
    const { problems, plans } = await prepareImport([file('plan-changes.csv')], { planId: stored.plan.id, now: NOW, loadStored: async () => withRationales });
    expect(problems).toEqual([]);
    const byId = new Map(plans[0]?.next.actions.actions.map((a) => [a.id, a]));
    // 1.1 keeps its rating in the file; 1.2 goes from red to amber (see the first test), so its old rationale no longer applies.
    expect(byId.get('1.1')?.rating).toBe(stored.actions.actions.find((a) => a.id === '1.1')?.rating);
    expect(byId.get('1.1')?.rationale).toBe('Why 1.1 is rated so');
    expect(byId.get('1.2')?.rating).toBe('amber');
    expect(byId.get('1.2')).not.toHaveProperty('rationale');
  });

  it('changes nothing when the stored plan already matches it', async () => {
    const first = await importFiles('plan-changes.csv');
    const next = first.plans[0]?.next;
    if (next === undefined) throw new Error('no plan prepared');
    const again = await prepareImport([file('plan-changes.csv')], { planId: next.plan.id, now: '2024-03-01T09:00:00Z', loadStored: async () => next });
    expect(again.problems).toEqual([]);
    expect(again.plans[0]?.diff.unchanged).toBe(true);
    expect(again.plans[0]?.next.actions.asOf).toBe(NOW);
  });
});

describe('bad files: each problem names file, row and column', () => {
  it.each([
    ['missing-column.csv', [{ file: 'missing-column.csv', row: 1, message: 'missing column "BRAG": no heading row names every required column' }]],
    ['duplicate-id.csv', [{ file: 'duplicate-id.csv', row: 4, column: 'Action id', message: 'duplicate action id "1.1" (first used in row 2)' }]],
    ['unknown-area.csv', [{ file: 'unknown-area.csv', row: 3, column: 'Area', message: 'unknown area 7: the plan has no area with that number' }]],
    ['impossible-date.csv', [{ file: 'impossible-date.csv', row: 2, column: 'Deadline', message: '"31/02/2023" is not a real date (day 31 does not exist in february 2023)' }]],
    ['bad-brag.csv', [{ file: 'bad-brag.csv', row: 2, column: 'BRAG', message: '"Purple" is not a BRAG rating (Blue, Green, Amber, Red, Not yet due, or blank for not rated)' }]],
  ])('%s', async (name, expected) => {
    const { problems } = await importFiles(name);
    expect(problems).toEqual(expected);
  });

  it('a malformed workbook is named, not thrown', async () => {
    const { problems } = await importFiles('malformed.xlsx');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe('malformed.xlsx');
    expect(problems[0]?.message).toMatch(/^could not be read as an Excel workbook \(\.xlsx\): /);
  });

  it('reads as a sentence a person can act on', () => {
    expect(describeImportProblem({ file: 'plan.xlsx, sheet "Plan"', row: 12, column: 'Deadline', message: '"31/02/2023" is not a real date' })).toBe(
      'plan.xlsx, sheet "Plan", row 12, column Deadline: "31/02/2023" is not a real date',
    );
  });

  it('a spreadsheet for a plan that is not stored is refused', async () => {
    const { problems, plans } = await prepareImport([file('plan-changes.csv')], { planId: 'nope', now: NOW, loadStored: async () => null });
    expect(plans).toEqual([]);
    expect(problems[0]?.message).toBe('plan "nope" is not stored yet: import its plan.json (areas, measures) first');
  });
});

describe('measures from a CSV', () => {
  it('adds the new period to each measure, oldest first, with c as suppressed', async () => {
    const { problems, plans } = await importFiles('measures.csv');
    expect(problems).toEqual([]);
    const measures = new Map(plans[0]?.next.measures.measures.map((m) => [m.id, m]));
    expect(measures.get('m-01')?.points.at(-1)).toEqual({ periodEnd: '2024-01-31', periodLabel: 'Jan 2024', value: 61.5, status: 'provisional' });
    expect(measures.get('m-02')?.points.at(-1)).toEqual({ periodEnd: '2024-01-31', periodLabel: 'Jan 2024', value: null, status: 'suppressed' });
    expect(measures.get('m-03')).toEqual(stored.measures.measures.find((m) => m.id === 'm-03'));
    expect(plans[0]?.diff.measures.changed).toEqual(['m-01', 'm-02']);
  });

  it('names each bad row', async () => {
    const { problems } = await importFiles('measures-bad.csv');
    expect(problems).toEqual([
      { file: 'measures-bad.csv', row: 2, column: 'measure_id', message: 'unknown measure "m-99": define it in the plan\'s measures.json first' },
      { file: 'measures-bad.csv', row: 3, column: 'period_end', message: '"2024-02-30" is not a real date written YYYY-MM-DD' },
      { file: 'measures-bad.csv', row: 4, column: 'value', message: '"sixty" is not a number' },
      { file: 'measures-bad.csv', row: 5, column: 'status', message: '"guessed" is not one of final, provisional, revised, suppressed, not-available' },
    ]);
  });
});
