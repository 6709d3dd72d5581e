import { describe, expect, it } from 'vitest';
import { demoDatasets, demoPlans } from '../../fixtures/demo';
import { generateLargePlan } from '../../fixtures/generate-large-plan';
import { responseErrors, schemaErrors } from './openapi';

describe('demo fixtures against api/openapi.yaml', () => {
  it('the plan list conforms to PlanList', () => {
    expect(schemaErrors('PlanList', demoPlans)).toEqual([]);
  });

  for (const [planId, dataset] of Object.entries(demoDatasets)) {
    it(`plan ${planId} conforms: Plan, ActionList, ReviewList, MeasureList`, () => {
      expect(schemaErrors('Plan', dataset.plan)).toEqual([]);
      expect(schemaErrors('ActionList', dataset.actions)).toEqual([]);
      expect(schemaErrors('ReviewList', dataset.reviews)).toEqual([]);
      expect(schemaErrors('MeasureList', dataset.measures)).toEqual([]);
    });
  }

  it('the generated large plan conforms too', () => {
    const large = generateLargePlan({ actions: 200, measures: 20, reviews: 3, seed: 7 });
    const asOf = '2024-01-12T09:00:00Z';
    expect(schemaErrors('Plan', large.plan)).toEqual([]);
    expect(schemaErrors('ActionList', { asOf, actions: large.actions })).toEqual([]);
    expect(schemaErrors('ReviewList', { asOf, reviews: large.reviews })).toEqual([]);
    expect(schemaErrors('MeasureList', { asOf, measures: large.measures })).toEqual([]);
  });
});

describe('the validator itself', () => {
  it('rejects a record the contract forbids, naming the field', () => {
    const action = demoDatasets['hfd-2022']?.actions.actions[0];
    const errors = schemaErrors('Action', { ...action, rating: 'purple', deadline: 'March 2023' });
    expect(errors.join('\n')).toMatch(/\/rating/);
    expect(errors.join('\n')).toMatch(/\/deadline must match pattern/);
  });

  it('rejects an impossible calendar date where the contract says format: date', () => {
    expect(schemaErrors('ProgressNote', { date: '2023-02-30', text: 'x' })).not.toEqual([]);
    expect(schemaErrors('ProgressNote', { date: '2023-02-28', text: 'x' })).toEqual([]);
  });
});

describe('response checking', () => {
  const plans = { method: 'GET', path: '/plans', status: 200, contentType: 'application/json' };

  it('accepts a conforming response and a documented problem', () => {
    expect(responseErrors({ ...plans, body: demoPlans })).toEqual([]);
    const problem = { type: 'about:blank', title: 'Plan not found', status: 404 };
    expect(responseErrors({ ...plans, path: '/plans/x', status: 404, contentType: 'application/problem+json', body: problem })).toEqual([]);
  });

  it('rejects a body the schema forbids, a wrong media type, and paths outside the contract', () => {
    expect(responseErrors({ ...plans, body: { plans: [] } })).toEqual(["GET /plans 200: / must have required property 'asOf'"]);
    expect(responseErrors({ ...plans, contentType: 'text/html', body: demoPlans })[0]).toMatch(/content type text\/html/);
    expect(responseErrors({ ...plans, path: '/plans/x/y/z', body: {} })[0]).toMatch(/not a path in the contract/);
    expect(responseErrors({ ...plans, method: 'DELETE', body: {} })[0]).toMatch(/not an operation/);
  });
});
