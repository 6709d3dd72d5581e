import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/api/schemas';
import {
  type ActionCriteria,
  type ActionSortKey,
  type SearchableAction,
  type SortDirection,
  filterActions,
  hasCriteria,
  indexActionsForFilter,
  normaliseSearchText,
  searchTerms,
  sortActions,
} from '../../src/domain/action-filter';
import { distinctLeads, isDueWithin, isOverdue, leadKey, ratingKey } from '../../src/domain';
import { action, actionArb, area, isoDateArb } from './helpers';

const TODAY = '2024-01-12';
const AREAS = [area('a1', 1), area('a2', 2), area('a10', 10)];

/**
 * A small plan with one action per edge: every rating, month and day deadlines on
 * both sides of today and of each horizon, worded / missing / impossible deadlines,
 * one lead spelt three ways, an unknown area and a blank lead.
 */
const ACTIONS: Action[] = [
  action({ id: '1.1', areaId: 'a1', lead: 'Service Director (Improvement)', deadline: '2023-12', rating: 'red', title: 'Recruit social workers' }),
  action({ id: '1.2', areaId: 'a1', lead: 'Service Director Improvement', deadline: '2024-01-20', rating: 'green', title: 'Review caseloads' }),
  action({ id: '1.10', areaId: 'a1', lead: 'Chief Executive', deadline: '2024-02-05', rating: 'amber', title: 'Corporate parenting board' }),
  action({ id: '1.3', areaId: 'a1', lead: 'Chief Executive', deadline: '2024-01-26', rating: 'green', title: 'Due on the 14-day horizon' }),
  action({ id: '1.4', areaId: 'a1', lead: 'Chief Executive', deadline: '2024-01-27', rating: 'green', title: 'Due the day after it' }),
  action({ id: '2.1', areaId: 'a2', lead: 'Corporate Director for Children and Young People', deadline: '2024-03-01', rating: 'not-due', title: 'Launch the family hubs' }),
  action({ id: '2.2', areaId: 'a2', lead: 'Corporate Director Children and Young People', deadline: '2023-06', rating: 'blue', title: 'Finished work' }),
  action({ id: '2.3', areaId: 'a2', lead: 'Corporate Director for Children & Young People', deadline: null, deadlineText: 'Spring 2024', rating: null, title: 'Worded deadline' }),
  action({
    id: '3.1',
    areaId: 'ghost',
    lead: '',
    deadline: '2023-02-30',
    rating: 'green',
    title: 'Impossible date',
    progress: [
      { date: '2023-10-01', text: 'Audit of the Front Door completed.' },
      { date: '2023-11-01', text: 'Findings shared with   partners.' },
    ],
  }),
  action({ id: '2.10', areaId: 'a2', lead: 'Director of Public Health', deadline: '2024-01-12', rating: null, title: 'Due today' }),
  action({ id: '10.1', areaId: 'a10', lead: 'Director of Public Health', deadline: '2024-01-11', rating: 'not-due', title: 'Due yesterday, not yet started' }),
  action({ id: '10.2', areaId: 'a10', lead: 'Director of Public Health', deadline: '2024-01', rating: 'amber', title: 'Month deadline due at the end of this month' }),
];

const index = indexActionsForFilter(ACTIONS, AREAS);
const ids = (items: readonly SearchableAction[]) => items.map((i) => i.action.id);
const CORP = leadKey('Corporate Director for Children and Young People');
const SDI = leadKey('Service Director (Improvement)');

describe('search text', () => {
  it.each([
    ['  Front   DOOR ', 'front door'],
    ['Children’s\tServices\n', 'children’s services'],
    ['ＦＵＬＬ width', 'full width'],
    ['', ''],
  ])('normalises %j to %j', (input, expected) => {
    expect(normaliseSearchText(input)).toBe(expected);
  });

  it.each([
    ['', []],
    ['   ', []],
    ['Front door', ['front', 'door']],
    [' 3.1  audit ', ['3.1', 'audit']],
  ])('splits %j into %j', (input, expected) => {
    expect(searchTerms(input)).toEqual(expected);
  });
});

describe('indexActionsForFilter', () => {
  it('works out area numbers, folded leads, due dates and ranks once', () => {
    const byId = new Map(index.items.map((i) => [i.action.id, i]));
    expect(byId.get('1.1')).toMatchObject({ areaNumber: 1, leadKeys: [SDI], ratingKey: 'red', due: '2023-12-31', position: 0 });
    expect(byId.get('2.3')).toMatchObject({ areaNumber: 2, leadKeys: [CORP], ratingKey: 'unrated', due: null });
    expect(byId.get('3.1')).toMatchObject({ areaNumber: null, leadKeys: [''], due: null });
    expect(byId.get('3.1')?.searchText).toContain('findings shared with partners.');
    // Natural id order: 1.2 < 1.3 < 1.4 < 1.10 < 2.x < 3.1 < 10.x
    const natural = [...index.items].sort((a, b) => a.idRank - b.idRank).map((i) => i.action.id);
    expect(natural).toEqual(['1.1', '1.2', '1.3', '1.4', '1.10', '2.1', '2.2', '2.3', '2.10', '3.1', '10.1', '10.2']);
  });

  it('groups the three spellings of one lead into one option named by the first seen when tied', () => {
    expect(index.leads.map((l) => l.displayName)).toEqual([
      'Chief Executive',
      'Corporate Director for Children and Young People',
      'Director of Public Health',
      'Service Director (Improvement)',
      'No lead named',
    ]);
    expect(index.leads.find((l) => l.key === CORP)?.spellings).toHaveLength(3);
  });
});

describe('filterActions', () => {
  const cases: [string, ActionCriteria, string[]][] = [
    ['no criteria: everything in plan order', {}, ACTIONS.map((a) => a.id)],
    ['empty lists do not filter', { areas: [], leads: [], ratings: [], query: '  ' }, ACTIONS.map((a) => a.id)],
    ['one area', { areas: [2] }, ['2.1', '2.2', '2.3', '2.10']],
    ['two areas (any of them)', { areas: [2, 10] }, ['2.1', '2.2', '2.3', '2.10', '10.1', '10.2']],
    ['an area the plan does not have', { areas: [7] }, []],
    ['the unknown area never matches an area filter', { areas: [1, 2, 10] }, ACTIONS.filter((a) => a.areaId !== 'ghost').map((a) => a.id)],
    ['a lead, all spellings', { leads: [CORP] }, ['2.1', '2.2', '2.3']],
    ['two leads', { leads: [CORP, SDI] }, ['1.1', '1.2', '2.1', '2.2', '2.3']],
    ['the blank lead', { leads: [''] }, ['3.1']],
    ['one rating', { ratings: ['green'] }, ['1.2', '1.3', '1.4', '3.1']],
    ['unrated', { ratings: ['unrated'] }, ['2.3', '2.10']],
    ['red or amber', { ratings: ['red', 'amber'] }, ['1.1', '1.10', '10.2']],
    ['overdue: past due and not blue, including not-due', { overdue: true }, ['1.1', '10.1']],
    ['overdue false does not filter', { overdue: false }, ACTIONS.map((a) => a.id)],
    ['due within 14 days: today and the horizon inclusive', { dueWithinDays: 14 }, ['1.2', '1.3', '2.10']],
    ['due within 28 days', { dueWithinDays: 28 }, ['1.2', '1.10', '1.3', '1.4', '2.10', '10.2']],
    ['due within 56 days', { dueWithinDays: 56 }, ['1.2', '1.10', '1.3', '1.4', '2.1', '2.10', '10.2']],
    ['due within 0 days is due today', { dueWithinDays: 0 }, ['2.10']],
    ['overdue and due soon together match nothing', { overdue: true, dueWithinDays: 14 }, []],
    ['search by id', { query: '1.1' }, ['1.1', '1.10']],
    ['search is case-insensitive over the title', { query: 'CASELOADS' }, ['1.2']],
    ['search over the lead as written', { query: 'children & young' }, ['2.3']],
    ['search over the lead display name', { query: 'director for children' }, ['2.1', '2.2', '2.3']],
    ['search over progress notes', { query: 'front door' }, ['3.1']],
    ['search with extra spaces in the text', { query: 'shared with partners' }, ['3.1']],
    ['every word must match', { query: 'front partners' }, ['3.1']],
    ['words are not matched across fields', { query: 'impossible date audit' }, ['3.1']],
    ['no match', { query: 'zebra' }, []],
    ['criteria combine (AND)', { areas: [1], ratings: ['green'], dueWithinDays: 14 }, ['1.2', '1.3']],
    ['lead and search', { leads: [CORP], query: 'family' }, ['2.1']],
  ];

  it.each(cases)('%s', (_, criteria, expected) => {
    expect(ids(filterActions(index.items, criteria, TODAY))).toEqual(expected);
  });

  it('agrees with the domain rules used everywhere else (isOverdue, isDueWithin)', () => {
    expect(ids(filterActions(index.items, { overdue: true }, TODAY))).toEqual(ACTIONS.filter((a) => isOverdue(a, TODAY)).map((a) => a.id));
    for (const days of [14, 28, 56]) {
      expect(ids(filterActions(index.items, { dueWithinDays: days }, TODAY))).toEqual(
        ACTIONS.filter((a) => isDueWithin(a, TODAY, days)).map((a) => a.id),
      );
    }
  });

  it.each<[ActionCriteria, boolean]>([
    [{}, false],
    [{ areas: [], leads: [], ratings: [], overdue: false, dueWithinDays: null, query: ' ' }, false],
    [{ areas: [1] }, true],
    [{ leads: [''] }, true],
    [{ ratings: ['unrated'] }, true],
    [{ overdue: true }, true],
    [{ dueWithinDays: 0 }, true],
    [{ query: 'x' }, true],
  ])('hasCriteria(%j) is %s', (criteria, expected) => {
    expect(hasCriteria(criteria)).toBe(expected);
  });
});

describe('joint leads in the filter', () => {
  const joint = [...ACTIONS, action({ id: '4.1', areaId: 'a1', lead: 'Chief Executive & Director of Public Health', rating: 'green' })];
  const jointIndex = indexActionsForFilter(joint, AREAS);

  it('lists a joint action under each of its leads, and each lead once as an option', () => {
    expect(ids(filterActions(jointIndex.items, { leads: [leadKey('Chief Executive')] }, TODAY))).toEqual(['1.10', '1.3', '1.4', '4.1']);
    expect(ids(filterActions(jointIndex.items, { leads: [leadKey('Director of Public Health')] }, TODAY))).toEqual(['2.10', '10.1', '10.2', '4.1']);
    expect(jointIndex.leads.map((l) => l.displayName)).not.toContain('Chief Executive & Director of Public Health');
  });

  it('reads a lead alias from the plan as its name', () => {
    const aliased = indexActionsForFilter(joint, AREAS, [{ name: 'Chief Executive', aliases: ['Service Director (Improvement)'] }]);
    expect(ids(filterActions(aliased.items, { leads: [leadKey('Chief Executive')] }, TODAY))).toEqual(['1.1', '1.2', '1.10', '1.3', '1.4', '4.1']);
  });
});

describe('sortActions', () => {
  const cases: [ActionSortKey, SortDirection, string[]][] = [
    ['id', 'asc', ['1.1', '1.2', '1.3', '1.4', '1.10', '2.1', '2.2', '2.3', '2.10', '3.1', '10.1', '10.2']],
    ['id', 'desc', ['10.2', '10.1', '3.1', '2.10', '2.3', '2.2', '2.1', '1.10', '1.4', '1.3', '1.2', '1.1']],
    // Unknown area last in both directions; ties in id order.
    ['area', 'asc', ['1.1', '1.2', '1.3', '1.4', '1.10', '2.1', '2.2', '2.3', '2.10', '10.1', '10.2', '3.1']],
    ['area', 'desc', ['10.1', '10.2', '2.1', '2.2', '2.3', '2.10', '1.1', '1.2', '1.3', '1.4', '1.10', '3.1']],
    // By display name; the blank lead last.
    ['lead', 'asc', ['1.3', '1.4', '1.10', '2.1', '2.2', '2.3', '2.10', '10.1', '10.2', '1.1', '1.2', '3.1']],
    ['lead', 'desc', ['1.1', '1.2', '2.10', '10.1', '10.2', '2.1', '2.2', '2.3', '1.3', '1.4', '1.10', '3.1']],
    // By due date; worded, missing and impossible deadlines last, in id order.
    ['deadline', 'asc', ['2.2', '1.1', '10.1', '2.10', '1.2', '1.3', '1.4', '10.2', '1.10', '2.1', '2.3', '3.1']],
    ['deadline', 'desc', ['2.1', '1.10', '10.2', '1.4', '1.3', '1.2', '2.10', '10.1', '1.1', '2.2', '2.3', '3.1']],
    // Attention order: red, amber, green, blue, not yet due, not rated.
    ['rating', 'asc', ['1.1', '1.10', '10.2', '1.2', '1.3', '1.4', '3.1', '2.2', '2.1', '10.1', '2.3', '2.10']],
    ['rating', 'desc', ['2.3', '2.10', '2.1', '10.1', '2.2', '1.2', '1.3', '1.4', '3.1', '1.10', '10.2', '1.1']],
  ];

  it.each(cases)('by %s %s', (key, direction, expected) => {
    expect(ids(sortActions(index.items, key, direction))).toEqual(expected);
  });

  it('defaults to ascending and never mutates its input', () => {
    const before = ids(index.items);
    expect(ids(sortActions(index.items, 'rating'))).toEqual(ids(sortActions(index.items, 'rating', 'asc')));
    expect(ids(index.items)).toEqual(before);
  });

  it('keeps duplicate ids in plan order', () => {
    const dupes = indexActionsForFilter([action({ id: '1.1', title: 'first' }), action({ id: '1.1', title: 'second' })], AREAS);
    expect(sortActions(dupes.items, 'id').map((i) => i.action.title)).toEqual(['first', 'second']);
    expect(sortActions(dupes.items, 'id', 'desc').map((i) => i.action.title)).toEqual(['first', 'second']);
  });
});

describe('properties', () => {
  const criteriaArb: fc.Arbitrary<ActionCriteria> = fc.record(
    {
      areas: fc.subarray([1, 2, 3, 10]),
      leads: fc.subarray([CORP, SDI, leadKey('Chief Executive'), '']),
      ratings: fc.subarray(['blue', 'green', 'amber', 'red', 'not-due', 'unrated'] as const),
      overdue: fc.boolean(),
      dueWithinDays: fc.constantFrom(null, 0, 14, 28, 56),
      query: fc.constantFrom('', 'action', '1', '.1', 'director', 'service director', 'zzz'),
    },
    { requiredKeys: [] },
  );
  const areasArb = fc.constant([area('a1', 1), area('a2', 2), area('a3', 3)]);
  const actionsArb = fc.array(actionArb, { maxLength: 40 });

  it('a filtered list is a subsequence of the whole list', () => {
    fc.assert(
      fc.property(actionsArb, areasArb, criteriaArb, isoDateArb, (actions, areas, criteria, today) => {
        const { items } = indexActionsForFilter(actions, areas);
        const filtered = filterActions(items, criteria, today);
        let cursor = 0;
        for (const item of filtered) {
          while (cursor < items.length && items[cursor] !== item) cursor += 1;
          expect(cursor).toBeLessThan(items.length);
          cursor += 1;
        }
      }),
    );
  });

  it('adding a criterion never adds actions', () => {
    fc.assert(
      fc.property(actionsArb, areasArb, criteriaArb, criteriaArb, isoDateArb, (actions, areas, base, extra, today) => {
        const { items } = indexActionsForFilter(actions, areas);
        const before = new Set(filterActions(items, base, today));
        // Each criterion of `extra` that `base` lacks, added on its own.
        const narrower: ActionCriteria[] = [];
        if (!base.areas?.length && extra.areas?.length) narrower.push({ ...base, areas: extra.areas });
        if (!base.leads?.length && extra.leads?.length) narrower.push({ ...base, leads: extra.leads });
        if (!base.ratings?.length && extra.ratings?.length) narrower.push({ ...base, ratings: extra.ratings });
        if (!base.overdue && extra.overdue) narrower.push({ ...base, overdue: true });
        if (base.dueWithinDays == null && extra.dueWithinDays != null) narrower.push({ ...base, dueWithinDays: extra.dueWithinDays });
        if (extra.query) narrower.push({ ...base, query: `${base.query ?? ''} ${extra.query}` });
        for (const criteria of narrower) {
          const after = filterActions(items, criteria, today);
          expect(after.length).toBeLessThanOrEqual(before.size);
          for (const item of after) expect(before.has(item)).toBe(true);
        }
      }),
    );
  });

  it('matches a plain reading of each criterion', () => {
    fc.assert(
      fc.property(actionsArb, areasArb, criteriaArb, isoDateArb, (actions, areas, criteria, today) => {
        const { items } = indexActionsForFilter(actions, areas);
        const numbers = new Map(areas.map((a) => [a.id, a.number]));
        const terms = (criteria.query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
        const displayNames = new Map(distinctLeads(actions).map((l) => [l.key, l.displayName]));
        const expected = actions.filter((a) => {
          const n = numbers.get(a.areaId);
          if (criteria.areas?.length && (n === undefined || !criteria.areas.includes(n))) return false;
          if (criteria.leads?.length && !criteria.leads.includes(leadKey(a.lead))) return false;
          if (criteria.ratings?.length && !criteria.ratings.includes(ratingKey(a.rating))) return false;
          if (criteria.overdue && !isOverdue(a, today)) return false;
          if (criteria.dueWithinDays != null && !isDueWithin(a, today, criteria.dueWithinDays)) return false;
          const fields = [a.id, a.title, a.lead, displayNames.get(leadKey(a.lead)) ?? '', ...a.progress.map((p) => p.text)];
          return terms.every((t) => fields.some((f) => f.toLowerCase().includes(t)));
        });
        expect(filterActions(items, criteria, today).map((i) => i.action)).toEqual(expected);
      }),
    );
  });

  it('sorting is a permutation and sorting twice changes nothing', () => {
    fc.assert(
      fc.property(
        actionsArb,
        fc.constantFrom<ActionSortKey>('id', 'area', 'lead', 'deadline', 'rating'),
        fc.constantFrom<SortDirection>('asc', 'desc'),
        (actions, key, direction) => {
          const { items } = indexActionsForFilter(actions, AREAS);
          const sorted = sortActions(items, key, direction);
          expect(new Set(sorted)).toEqual(new Set(items));
          expect(sortActions(sorted, key, direction)).toEqual(sorted);
        },
      ),
    );
  });
});
