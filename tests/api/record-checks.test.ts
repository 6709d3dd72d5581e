import { describe, expect, it } from 'vitest';
import { decodeActions, decodeMeasures } from '../../src/api/decode';
import { describeProblem } from '../../src/api/problems';

const ASOF = '2024-01-12T09:00:00Z';
const action = (id: string, deadline: string | null) => ({ id, areaId: 'a1', title: 't', lead: 'l', rating: 'green', progress: [], deadline });
const point = (periodEnd: string, value: number) => ({ periodEnd, value });
const measure = (id: string, points: unknown[]) => ({
  id,
  title: 'm',
  areaIds: ['a1'],
  unit: 'count',
  polarity: 'low-is-good',
  frequency: 'monthly',
  points,
});

describe('impossible deadlines', () => {
  it('are named and the action kept', async () => {
    const body = { asOf: ASOF, actions: [action('1.1', '2023-02-30'), action('1.2', '2023-13'), action('1.3', '2024-02-29')] };
    const result = decodeActions(body);
    expect(result.items.map((a) => a.id)).toEqual(['1.1', '1.2', '1.3']);
    expect(result.problems.map(describeProblem)).toEqual([
      'Action 1.1, field deadline: "2023-02-30" is not a real date (day 30 does not exist in 2023-02): the action was kept, treated as having no deadline',
      'Action 1.2, field deadline: "2023-13" is not a real date (month 13 does not exist): the action was kept, treated as having no deadline',
    ]);
  });

  it('in a date field of the contract leave that record out, named', async () => {
    const body = { asOf: ASOF, measures: [measure('m-1', [point('2023-01-31', 1), point('2023-02-30', 2)])] };
    const result = decodeMeasures(body);
    expect(result.items[0]?.points).toEqual([point('2023-01-31', 1)]);
    expect(result.problems.map(describeProblem)).toEqual(['Measure m-1, field points[1].periodEnd: must be a real date as YYYY-MM-DD']);
  });
});

describe('points out of period order', () => {
  it('are named by their position as sent, kept, and shown in date order', async () => {
    const sent = [point('2023-01-31', 1), point('2023-03-31', 3), point('2023-02-28', 2), point('2023-04-30', 4)];
    const result = decodeMeasures({ asOf: ASOF, measures: [measure('m-1', sent)] });
    expect(result.items[0]?.points.map((p) => p.value)).toEqual([1, 2, 3, 4]);
    expect(result.problems.map(describeProblem)).toEqual([
      'Measure m-1, field points[2].periodEnd: 2023-02-28 is listed after 2023-03-31 (points must be oldest first): the point was kept and shown in date order',
    ]);
  });

  it('are not a problem when the points are oldest first', async () => {
    const sent = [point('2023-01-31', 1), point('2023-02-28', 2)];
    const result = decodeMeasures({ asOf: ASOF, measures: [measure('m-1', sent)] });
    expect(result.problems).toEqual([]);
  });
});
