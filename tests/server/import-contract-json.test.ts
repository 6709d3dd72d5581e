/**
 * Importing a folder of contract-shaped JSON (what the API serves): validated with the
 * contract's zod schemas and checked across records, every problem named.
 */
import { describe, expect, it } from 'vitest';
import { demoMain, demoPlans, demoSecond } from '../../fixtures/demo';
import type { PlanBundle } from '../../server/storage/plan-bundle';
import type { ImportFile } from '../../server/import/contract-json';
import { prepareImport } from '../../server/import/prepare-import';

const NOW = '2024-02-01T09:00:00Z';
const encoder = new TextEncoder();

function json(name: string, value: unknown): ImportFile {
  return { name, bytes: encoder.encode(JSON.stringify(value)) };
}

function folder(bundle: PlanBundle, prefix = ''): ImportFile[] {
  return [json(`${prefix}plan.json`, bundle.plan), json(`${prefix}actions.json`, bundle.actions), json(`${prefix}reviews.json`, bundle.reviews), json(`${prefix}measures.json`, bundle.measures)];
}

const nothingStored = async () => null;

describe('a folder of contract JSON', () => {
  it('reads a demo plan with no problems, as a new plan', async () => {
    const { problems, plans } = await prepareImport(folder(demoMain), { now: NOW, loadStored: nothingStored });
    expect(problems).toEqual([]);
    expect(plans).toHaveLength(1);
    expect(plans[0]?.diff.isNew).toBe(true);
    expect(plans[0]?.diff.actions.added).toHaveLength(67);
    expect(plans[0]?.next).toEqual(demoMain);
  });

  it('reads plans.json with one folder per plan', async () => {
    const files = [json('plans.json', demoPlans), ...folder(demoMain, 'hfd-2022/'), ...folder(demoSecond, 'send-wsoa/')];
    const { problems, plans } = await prepareImport(files, { now: NOW, loadStored: nothingStored });
    expect(problems).toEqual([]);
    expect(plans.map((p) => p.next.plan.id)).toEqual(['hfd-2022', 'send-wsoa']);
  });

  it('with --plan, takes only that plan', async () => {
    const files = [...folder(demoMain, 'hfd-2022/'), ...folder(demoSecond, 'send-wsoa/')];
    const { plans } = await prepareImport(files, { planId: 'send-wsoa', now: NOW, loadStored: nothingStored });
    expect(plans.map((p) => p.next.plan.id)).toEqual(['send-wsoa']);
  });

  it('changes nothing when the same plan is stored', async () => {
    const { problems, plans } = await prepareImport(folder(demoSecond), { now: NOW, loadStored: async () => demoSecond });
    expect(problems).toEqual([]);
    expect(plans[0]?.diff.unchanged).toBe(true);
  });

  it('keeps the stored list when a file is not given', async () => {
    const { plans } = await prepareImport([json('plan.json', demoSecond.plan)], { now: NOW, loadStored: async () => demoSecond });
    expect(plans[0]?.next).toEqual(demoSecond);
  });

  it('lists plans.json entries that have no folder', async () => {
    const { problems } = await prepareImport([json('plans.json', demoPlans), ...folder(demoMain, 'hfd-2022/')], { now: NOW, loadStored: nothingStored });
    expect(problems).toEqual([{ file: 'plans.json', row: 2, record: 'send-wsoa', column: 'id', message: 'no send-wsoa/plan.json for this plan' }]);
  });
});

describe('bad JSON: each problem names file, record and field', () => {
  const [first, second, third] = demoSecond.actions.actions;
  if (!first || !second || !third) throw new Error('the second demo plan has at least three actions');

  it('not JSON at all', async () => {
    const files = [json('plan.json', demoSecond.plan), { name: 'actions.json', bytes: encoder.encode('{"asOf": ') }];
    const { problems } = await prepareImport(files, { now: NOW, loadStored: nothingStored });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'actions.json' });
    expect(problems[0]?.message).toMatch(/^not valid JSON: /);
  });

  it('a record that breaks the contract', async () => {
    const actions = { ...demoSecond.actions, actions: [first, { ...second, rating: 'purple' }, { ...third, deadline: 'March 2023' }] };
    const { problems } = await prepareImport([json('plan.json', demoSecond.plan), json('actions.json', actions)], { now: NOW, loadStored: nothingStored });
    expect(problems.map((p) => [p.file, p.row, p.record, p.column])).toEqual([
      ['actions.json', 2, '1.2', 'rating'],
      ['actions.json', 3, '1.3', 'deadline'],
    ]);
    expect(problems[1]?.message).toBe('must be YYYY-MM or YYYY-MM-DD');
  });

  it('duplicate ids, unknown areas and measures, impossible dates', async () => {
    const actions = {
      ...demoSecond.actions,
      actions: [first, { ...second, id: '1.1' }, { ...third, areaId: 'area-9', deadline: '2023-02-30', measureIds: ['m-01', 'm-77'] }],
    };
    const { problems } = await prepareImport([json('plan.json', demoSecond.plan), json('actions.json', actions)], { now: NOW, loadStored: async () => demoSecond });
    expect(problems).toEqual([
      { file: 'actions.json', row: 2, record: '1.1', column: 'actions[1].id', message: 'duplicate id "1.1" (first in record 1)' },
      { file: 'actions.json', row: 3, record: '1.3', column: 'areaId', message: 'unknown area "area-9": not among the plan\'s areas' },
      { file: 'actions.json', row: 3, record: '1.3', column: 'deadline', message: '"2023-02-30" is not a real date (day 30 does not exist in 2023-02)' },
      { file: 'actions.json', row: 3, record: '1.3', column: 'measureIds[1]', message: 'unknown measure "m-77": not among the plan\'s measures' },
    ]);
  });

  it('a file that is not part of the contract', async () => {
    const { problems } = await prepareImport([...folder(demoSecond), json('notes.json', {})], { now: NOW, loadStored: nothingStored });
    expect(problems).toEqual([{ file: 'notes.json', message: 'not one of the contract files (plans.json, plan.json, actions.json, reviews.json, measures.json)' }]);
  });
});
