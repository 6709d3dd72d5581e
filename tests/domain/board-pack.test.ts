import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measuresNotMeetingTarget, overdueActions } from '../../src/domain/board-pack';
import { action, actionArb, isoDateArb, measure, points } from './helpers';

const TODAY = '2024-01-12';

describe('overdueActions', () => {
  it('lists every overdue action, longest overdue first, then by id; never blue, worded or impossible deadlines', () => {
    const actions = [
      action({ id: '2.1', deadline: '2023-11', rating: 'green' }),
      action({ id: '1.10', deadline: '2023-06-30', rating: 'not-due' }),
      action({ id: '1.2', deadline: '2023-06-30', rating: null }),
      action({ id: '3.1', deadline: '2023-01-31', rating: 'blue' }),
      action({ id: '3.2', deadline: null, deadlineText: 'Spring 2023', rating: 'red' }),
      action({ id: '3.3', deadline: '2023-02-30', rating: 'red' }),
      action({ id: '3.4', deadline: TODAY, rating: 'red' }),
      action({ id: '3.5', deadline: '2024-01-11', rating: 'amber', areaId: 'a3' }),
    ];
    const overdue = overdueActions(actions, TODAY);
    expect(overdue.map((o) => [o.actionId, o.due, o.rating])).toEqual([
      ['1.2', '2023-06-30', 'unrated'],
      ['1.10', '2023-06-30', 'not-due'],
      ['2.1', '2023-11-30', 'green'],
      ['3.5', '2024-01-11', 'amber'],
    ]);
    expect(overdue.at(-1)?.areaId).toBe('a3');
  });

  it('is empty when nothing is overdue', () => {
    expect(overdueActions([], TODAY)).toEqual([]);
    expect(overdueActions([action({ id: '1', deadline: '2030-01' })], TODAY)).toEqual([]);
  });

  it('property: every overdue action is listed once, in due-date order, each due before today and not blue', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 30 }), isoDateArb, (actions, today) => {
        const overdue = overdueActions(actions, today);
        for (const item of overdue) {
          expect(item.due < today).toBe(true);
          expect(item.rating).not.toBe('blue');
        }
        for (let i = 1; i < overdue.length; i += 1) expect((overdue[i - 1]?.due ?? '') <= (overdue[i]?.due ?? '')).toBe(true);
        expect(new Set(overdue.map((o) => o.action)).size).toBe(overdue.length);
      }),
    );
  });
});

describe('measuresNotMeetingTarget', () => {
  it('keeps near and off target only, off target first, in plan order within each', () => {
    const target = { value: 90, tolerance: 5 };
    const measures = [
      measure({ id: 'near-1', target, points: points(80, 87) }),
      measure({ id: 'on', target, points: points(95) }),
      measure({ id: 'off-1', target, points: points(70) }),
      measure({ id: 'no-target', points: points(50) }),
      measure({ id: 'near-2', target, points: points(86) }),
      measure({ id: 'off-2', target, points: points(84.9) }),
      measure({ id: 'empty', target, points: [] }),
    ];
    expect(measuresNotMeetingTarget(measures).map((s) => [s.measure.id, s.state])).toEqual([
      ['off-1', 'off-target'],
      ['off-2', 'off-target'],
      ['near-1', 'near-target'],
      ['near-2', 'near-target'],
    ]);
  });
});
