/**
 * The actions explorer's work per keystroke on a 5,000-action plan: filter by the
 * search text and three ratings, then sort by deadline. The budget is the 100 ms a
 * keystroke may take end to end (npm run bench:browser measures the whole of it in
 * Chromium); this is the domain's share.
 */
import { bench, describe } from 'vitest';
import { generateLargePlan } from '../../fixtures/generate-large-plan';
import { filterActions, indexActionsForFilter, sortActions } from '../../src/domain/action-filter';

const large = generateLargePlan({ actions: 5000, measures: 0, reviews: 0, seed: 7 });
const indexed = indexActionsForFilter(large.actions, large.plan.areas);
const query = 'update on action 3.1';

describe('actions explorer, 5,000 actions', () => {
  bench('index once (on load)', () => {
    indexActionsForFilter(large.actions, large.plan.areas);
  });
  bench('filter and sort, one keystroke', () => {
    const filtered = filterActions(indexed.items, { query, ratings: ['red', 'amber', 'green'] }, large.today);
    sortActions(filtered, 'deadline', 'asc');
  });
});
