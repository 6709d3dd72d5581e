import { describe, expect, it } from 'vitest';
import { demoDatasets, demoPlans } from '../../fixtures/demo';
import { generateLargePlan } from '../../fixtures/generate-large-plan';
import { documentExamples, openApiDocument, responseErrors, schemaErrors } from './openapi';

describe('demo fixtures against api/openapi.yaml', () => {
  it('the plan list conforms to PlanList', () => {
    expect(schemaErrors('PlanList', demoPlans)).toEqual([]);
  });

  for (const [planId, dataset] of Object.entries(demoDatasets)) {
    // The fixtures hold each review whole; the list is served as summaries (see the contract suite).
    it(`plan ${planId} conforms: Plan, ActionList, each Review, MeasureList`, () => {
      expect(schemaErrors('Plan', dataset.plan)).toEqual([]);
      expect(schemaErrors('ActionList', dataset.actions)).toEqual([]);
      for (const review of dataset.reviews.reviews) expect(schemaErrors('Review', review)).toEqual([]);
      expect(schemaErrors('MeasureList', dataset.measures)).toEqual([]);
    });
  }

  it('the generated large plan conforms too', () => {
    const large = generateLargePlan({ actions: 200, measures: 20, reviews: 3, seed: 7 });
    const asOf = '2024-01-12T09:00:00Z';
    expect(schemaErrors('Plan', large.plan)).toEqual([]);
    expect(schemaErrors('ActionList', { asOf, actions: large.actions })).toEqual([]);
    for (const review of large.reviews) expect(schemaErrors('Review', review)).toEqual([]);
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

describe('the contract’s own examples', () => {
  const reviews = openApiDocument.paths['/plans/{planId}/reviews']?.get?.responses['200']?.content?.['application/json'];
  const review = openApiDocument.paths['/plans/{planId}/reviews/{reviewId}']?.get?.responses['200']?.content?.['application/json'];

  it('the review list example conforms; the first contract’s example (ratings, no counts) differs only by its missing counts', () => {
    const examples = (reviews as { examples?: Record<string, { value: unknown }> } | undefined)?.examples ?? {};
    expect(schemaErrors('ReviewList', examples.counts?.value)).toEqual([]);
    // The first contract's shape is accepted by the dashboard, not by this version of the contract.
    expect(schemaErrors('ReviewList', examples.firstContract?.value).join('\n')).toMatch(/must have required property 'counts'/);
  });

  it('one review with its ratings conforms to Review, and its counts add up to its ratings', () => {
    const example = (review as { example?: { counts: Record<string, number>; ratings: unknown[] } } | undefined)?.example;
    expect(schemaErrors('Review', example)).toEqual([]);
    expect(Object.values(example?.counts ?? {}).reduce((a, b) => a + b, 0)).toBe(example?.ratings.length);
  });
});

describe('the summary’s example', () => {
  type Figures = { counts: Record<string, number>; total: number; overdue: number; dueSoon: number; invalidDeadlines: number };
  type States = { total: number; notMeeting: number; byState: Record<string, number> };
  const media = openApiDocument.paths['/plans/{planId}/summary']?.get?.responses['200']?.content?.['application/json'];
  const example = (media as { example?: { actions: Figures; areas: (Figures & { areaId: string })[]; measures: States & { areas: (States & { areaId: string })[] } } } | undefined)?.example;
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

  it('conforms to PlanRollupSummary', () => {
    expect(example).toBeDefined();
    expect(schemaErrors('PlanRollupSummary', example)).toEqual([]);
  });

  it('adds up: counts to totals, areas to the plan, overdue and due soon within the actions that are not blue', () => {
    if (!example) throw new Error('no example');
    for (const figures of [example.actions, ...example.areas]) {
      expect(sum(Object.values(figures.counts))).toBe(figures.total);
      expect(figures.overdue + figures.dueSoon).toBeLessThanOrEqual(figures.total - (figures.counts.blue ?? 0));
    }
    for (const key of ['total', 'overdue', 'dueSoon', 'invalidDeadlines'] as const) expect(sum(example.areas.map((a) => a[key]))).toBe(example.actions[key]);
    for (const rating of Object.keys(example.actions.counts)) expect(sum(example.areas.map((a) => a.counts[rating] ?? 0))).toBe(example.actions.counts[rating]);
  });

  it('counts each measure state to its total and not meeting as near plus off; a measure in two areas makes the areas add up to more', () => {
    if (!example) throw new Error('no example');
    for (const counts of [example.measures, ...example.measures.areas]) {
      expect(sum(Object.values(counts.byState))).toBe(counts.total);
      expect(counts.notMeeting).toBe((counts.byState['near-target'] ?? 0) + (counts.byState['off-target'] ?? 0));
    }
    expect(sum(example.measures.areas.map((a) => a.total))).toBeGreaterThanOrEqual(example.measures.total);
  });
});

describe('every example in the contract', () => {
  // The review list's "firstContract" example shows the first contract's shape on purpose (see above).
  const examples = documentExamples().filter(({ where }) => !where.endsWith('firstContract'));

  it('there are examples for the write endpoints and their problems', () => {
    const wheres = examples.map((e) => e.where).join('\n');
    for (const expected of ['/plans/{planId}/actions/{actionId}/updates post requestBody', '/plans/{planId}/actions/{actionId}/history get', 'StaleVersion', 'InvalidFields', 'VersionRequired', '/plans/{planId}/reviews post requestBody', '/plans/{planId}/summary get responses 200']) {
      expect(wheres).toContain(expected);
    }
  });

  it('conforms to the schema beside it', () => {
    expect(examples.filter((e) => e.errors.length > 0)).toEqual([]);
  });
});
