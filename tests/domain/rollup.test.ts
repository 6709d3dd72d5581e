import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RATING_KEYS,
  actionStatus,
  areaStatus,
  emptyCounts,
  rollupActions,
  rollupAll,
  rollupByArea,
  rollupByLead,
  rollupPlanAndAreas,
  distinctLeads,
} from '../../src/domain';
import { action, actionArb, area, isoDateArb } from './helpers';

const today = '2024-07-30';
const areas = [area('a2', 2, 'Workforce'), area('a1', 1, 'Corporate responsibility'), area('a3', 3, 'Front door')];

describe('rollupActions', () => {
  it('is all zeros for no actions', () => {
    expect(rollupActions([], { today })).toEqual({ counts: emptyCounts(), total: 0, overdue: 0, dueSoon: 0, invalidDeadlines: 0 });
  });

  it('counts ratings, overdue, due soon and invalid deadlines', () => {
    const r = rollupActions(
      [
        action({ id: '1', rating: 'red', deadline: '2024-06' }), // overdue
        action({ id: '2', rating: 'blue', deadline: '2024-06' }), // blue: never overdue
        action({ id: '3', rating: null, deadline: '2024-07-29' }), // overdue, unrated
        action({ id: '4', rating: 'not-due', deadline: '2024-07-30' }), // due today: due soon
        action({ id: '5', rating: 'green', deadline: '2024-08-27' }), // today + 28: due soon
        action({ id: '6', rating: 'green', deadline: '2024-08-28' }), // today + 29
        action({ id: '7', rating: 'amber', deadline: '2023-02-30' }), // invalid
        action({ id: '8', rating: 'amber', deadline: null, deadlineText: 'Spring 2023' }),
      ],
      { today },
    );
    expect(r).toEqual({
      counts: { blue: 1, green: 2, amber: 2, red: 1, 'not-due': 1, unrated: 1 },
      total: 8,
      overdue: 2,
      dueSoon: 2,
      invalidDeadlines: 1,
    });
  });

  it('honours dueWithinDays and rejects bad options', () => {
    const list = [action({ id: '1', deadline: '2024-08-13' })];
    expect(rollupActions(list, { today, dueWithinDays: 14 }).dueSoon).toBe(1);
    expect(rollupActions(list, { today, dueWithinDays: 13 }).dueSoon).toBe(0);
    expect(() => rollupActions(list, { today: '2024-02-30' })).toThrow(RangeError);
    expect(() => rollupActions(list, { today, dueWithinDays: -1 })).toThrow(RangeError);
  });
});

describe('rollupByArea', () => {
  it('lists every area in number order, empty ones too, then unknown areas', () => {
    const rollups = rollupByArea(
      areas,
      [action({ id: '1.1', areaId: 'a1', rating: 'amber' }), action({ id: '9.1', areaId: 'ghost', rating: 'red' }), action({ id: '2.1', areaId: 'a2', rating: 'blue' })],
      { today },
    );
    expect(rollups.map((r) => [r.areaId, r.area?.number ?? null, r.rollup.total, r.status])).toEqual([
      ['a1', 1, 1, 'amber'],
      ['a2', 2, 1, 'blue'],
      ['a3', 3, 0, 'unrated'],
      ['ghost', null, 1, 'red'],
    ]);
  });
});

describe('areaStatus (worst of started or finished actions)', () => {
  it.each([
    [{ red: 1, blue: 5 }, 'red'],
    [{ amber: 1, green: 3, 'not-due': 4 }, 'amber'],
    [{ green: 1, blue: 3, unrated: 4 }, 'green'],
    [{ blue: 2, unrated: 1 }, 'blue'],
    [{ 'not-due': 3, unrated: 1 }, 'not-due'],
    [{ unrated: 2 }, 'unrated'],
    [{}, 'unrated'],
  ])('%o -> %s', (partial, expected) => {
    expect(areaStatus({ ...emptyCounts(), ...partial })).toBe(expected);
  });
});

describe('rollupByLead', () => {
  it('groups the three spellings of one role under the most frequent', () => {
    const rollups = rollupByLead(
      [
        action({ id: '1', lead: 'Corporate Director Children and Young People', rating: 'red', deadline: '2024-01' }),
        action({ id: '2', lead: 'Corporate Director for Children & Young People', rating: 'green' }),
        action({ id: '3', lead: 'Corporate Director for Children & Young People', rating: 'blue' }),
        action({ id: '4', lead: 'Corporate Director for Children and Young People', rating: null }),
        action({ id: '5', lead: 'Chief Executive', rating: 'amber' }),
      ],
      { today },
    );
    expect(rollups.map((r) => [r.displayName, r.rollup.total, r.rollup.overdue, r.spellings.length])).toEqual([
      ['Chief Executive', 1, 0, 1],
      ['Corporate Director for Children & Young People', 4, 1, 3],
    ]);
  });
});

describe('rollup invariants (property-based)', () => {
  it('counts sum to the total, and groups sum to the plan', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 60 }), isoDateArb, fc.integer({ min: 0, max: 60 }), (list, day, window) => {
        const all = rollupAll(areas, list, { today: day, dueWithinDays: window });
        const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
        expect(all.plan.total).toBe(list.length);
        expect(sum(all.plan.counts)).toBe(all.plan.total);
        for (const group of [all.byArea, all.byLead]) {
          expect(group.reduce((n, g) => n + g.rollup.total, 0)).toBe(all.plan.total);
          expect(group.reduce((n, g) => n + g.rollup.overdue, 0)).toBe(all.plan.overdue);
          expect(group.reduce((n, g) => n + g.rollup.dueSoon, 0)).toBe(all.plan.dueSoon);
          for (const key of RATING_KEYS) expect(group.reduce((n, g) => n + g.rollup.counts[key], 0)).toBe(all.plan.counts[key]);
          for (const g of group) expect(sum(g.rollup.counts)).toBe(g.rollup.total);
        }
        expect(all.plan.overdue + all.plan.dueSoon).toBeLessThanOrEqual(all.plan.total - all.plan.counts.blue);
      }),
    );
  });

  it('the plan and its areas in one pass are the plan rollup and the per-area rollups', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 60 }), isoDateArb, (list, day) => {
        const options = { today: day, dueWithinDays: 21 };
        expect(rollupPlanAndAreas(areas, list, options)).toEqual({ plan: rollupActions(list, options), byArea: rollupByArea(areas, list, options) });
      }),
    );
  });

  it('agrees with the per-action rules', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 40 }), isoDateArb, (list, day) => {
        const r = rollupActions(list, { today: day, dueWithinDays: 14 });
        const statuses = list.map((a) => actionStatus(a, day, 14));
        expect(r.overdue).toBe(statuses.filter((s) => s.overdue).length);
        expect(r.dueSoon).toBe(statuses.filter((s) => s.dueSoon).length);
        expect(r.invalidDeadlines).toBe(statuses.filter((s) => s.deadline.kind === 'invalid').length);
      }),
    );
  });

  it('does not depend on the order of the actions', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 40 }), isoDateArb, (list, day) => {
        expect(rollupActions([...list].reverse(), { today: day })).toEqual(rollupActions(list, { today: day }));
      }),
    );
  });
});

describe('lead display names in rollups', () => {
  it('breaks a tie towards the spelling seen first, even when raw strings differ only in spacing', () => {
    const rollups = rollupByLead(
      [
        action({ id: '1', lead: 'Service Director (Improvement) ' }),
        action({ id: '2', lead: 'Service Director Improvement' }),
        action({ id: '3', lead: 'Service Director Improvement' }),
        action({ id: '4', lead: 'Service Director (Improvement)' }),
      ],
      { today },
    );
    expect(rollups).toHaveLength(1);
    expect(rollups[0]?.displayName).toBe('Service Director (Improvement)');
    expect(rollups[0]?.spellings).toEqual(['Service Director (Improvement)', 'Service Director Improvement']);
  });

  it('agrees with distinctLeads on every input', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 40 }), (list) => {
        const fromRollup = rollupByLead(list, { today }).map((r) => [r.key, r.displayName, r.spellings]);
        expect(fromRollup).toEqual(distinctLeads(list).map((g) => [g.key, g.displayName, g.spellings]));
      }),
    );
  });
});
