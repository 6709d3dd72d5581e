import { describe, expect, it } from 'vitest';
import { summariseContract } from '../../src/api/summarise';

/*
 * Contract bodies as a server holds them, with what the dashboard leaves out: an action
 * in an area the plan lacks, an invalid action, and a measure linked to an unknown area.
 * Figures counted by hand.
 */
const plan = {
  id: 'p',
  title: 'Plan',
  organisation: 'Council',
  status: 'active',
  asOf: '2024-05-01T09:00:00Z',
  areas: [
    { id: 'a1', number: 1, title: 'One' },
    { id: 'a2', number: 2, title: 'Two' },
  ],
};
const action = (id: string, areaId: string, rating: string | null) => ({ id, areaId, title: id, lead: 'Lead', rating, deadline: '2024-03', progress: [] });
const actions = {
  asOf: '2024-04-02T09:00:00Z',
  actions: [
    action('1', 'a1', 'red'), // overdue on 2 April (March has ended)
    action('2', 'a2', 'blue'),
    action('3', 'ghost', 'red'), // no such area: left out, as the dashboard does
    { ...action('4', 'a1', 'purple') }, // not a rating: left out as a data problem
  ],
};
const measures = {
  asOf: '2024-04-02T09:00:00Z',
  measures: [{ id: 'm', title: 'M', areaIds: ['a2', 'ghost'], unit: 'count', polarity: 'no-judgement', frequency: 'monthly', points: [{ periodEnd: '2024-03-31', value: 3 }] }],
};

describe('summariseContract', () => {
  const summary = summariseContract({ plan, actions, measures });

  it('counts only the actions the dashboard would show, on the date of the actions’ "as at"', () => {
    expect(summary.referenceDate).toBe('2024-04-02');
    expect(summary.actions).toEqual({ counts: { blue: 1, green: 0, amber: 0, red: 1, 'not-due': 0, unrated: 0 }, total: 2, overdue: 1, dueSoon: 0, invalidDeadlines: 0 });
    expect(summary.areas.map(({ areaId, total }) => [areaId, total])).toEqual([
      ['a1', 1],
      ['a2', 1],
    ]);
  });

  it('ignores a measure’s link to an area the plan lacks, and still counts the measure', () => {
    expect(summary.measures.total).toBe(1);
    expect(summary.measures.areas.map(({ areaId, total }) => [areaId, total])).toEqual([['a2', 1]]);
  });
});
