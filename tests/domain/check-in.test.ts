import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAction } from '../../fixtures/builders';
import { demoMain, DEMO_TODAY } from '../../fixtures/demo';
import { CHECK_IN_GROUPS, checkIn, checkInCountsByLead, formatTimeSince, lastUpdated } from '../../src/domain/check-in';
import type { NullableRating } from '../../src/api/schemas';

const today = '2024-01-12';

function groupOf(deadline: string | null, rating: NullableRating, deadlineText: string | null = null) {
  const groups = checkIn([buildAction({ id: 'x', deadline, deadlineText, rating })], [], today);
  return CHECK_IN_GROUPS.find((g) => groups[g].length === 1);
}

describe('check-in groups', () => {
  it.each([
    ['2024-01-11', 'green', 'overdue'],
    ['2023-12', 'not-due', 'overdue'],
    ['2024-01-11', 'blue', 'other'],
    ['2024-01-12', 'green', 'due-2-weeks'],
    ['2024-01-26', 'green', 'due-2-weeks'],
    ['2024-01-27', 'green', 'due-4-weeks'],
    ['2024-02-09', 'amber', 'due-4-weeks'],
    ['2024-02-10', 'amber', 'red-or-amber'],
    ['2024-01-20', 'blue', 'other'],
    ['2024-06', 'red', 'red-or-amber'],
    ['2024-06', 'green', 'other'],
    ['2024-01', 'green', 'due-4-weeks'],
    [null, 'red', 'red-or-amber'],
    [null, null, 'other'],
    ['2023-02-30', 'amber', 'red-or-amber'],
  ] as const)('deadline %s rated %s goes in %s', (deadline, rating, group) => {
    expect(groupOf(deadline, rating)).toBe(group);
  });

  it('never counts a worded deadline as overdue or due', () => {
    expect(groupOf(null, 'green', 'Spring 2023')).toBe('other');
  });

  it('keeps only the chosen leads, matching spellings of one role', () => {
    const actions = [
      buildAction({ id: '1', lead: 'Corporate Director for Children and Young People' }),
      buildAction({ id: '2', lead: 'Corporate Director Children & Young People' }),
      buildAction({ id: '3', lead: 'Director of Public Health' }),
    ];
    const groups = checkIn(actions, ['corporate director children and young people'], today);
    const ids = CHECK_IN_GROUPS.flatMap((g) => groups[g].map((i) => i.action.id));
    expect(ids.sort()).toEqual(['1', '2']);
  });

  it('orders a group soonest due first, then red before amber, then by id', () => {
    const actions = [
      buildAction({ id: '2.10', deadline: null, rating: 'red' }),
      buildAction({ id: '2.2', deadline: null, rating: 'red' }),
      buildAction({ id: '1.1', deadline: null, rating: 'amber' }),
      buildAction({ id: '3.1', deadline: '2024-09', rating: 'amber' }),
    ];
    expect(checkIn(actions, [], today)['red-or-amber'].map((i) => i.action.id)).toEqual(['3.1', '2.2', '2.10', '1.1']);
  });

  it('puts every action in exactly one group', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            deadline: fc.constantFrom(null, '2023-12', '2024-01', '2024-01-12', '2024-01-26', '2024-01-27', '2024-02-09', '2024-03', '2023-02-30'),
            rating: fc.constantFrom('blue', 'green', 'amber', 'red', 'not-due', null),
          }),
          { maxLength: 30 },
        ),
        (specs) => {
          const actions = specs.map((s, i) => buildAction({ id: String(i), deadline: s.deadline, rating: s.rating as NullableRating }));
          const groups = checkIn(actions, [], today);
          const ids = CHECK_IN_GROUPS.flatMap((g) => groups[g].map((item) => item.action.id));
          expect(ids.sort()).toEqual(actions.map((a) => a.id).sort());
        },
      ),
    );
  });

  it('on the demo plan, overdue is exactly the overdue list and the next two weeks hold 3.8 and 7.5', () => {
    const groups = checkIn(demoMain.actions.actions, [], DEMO_TODAY);
    expect(groups.overdue.map((i) => i.action.id).sort()).toEqual(['1.9', '2.3', '2.5', '3.1', '3.5', '5.5', '7.2', '7.3', '8.4', '9.3']);
    expect(groups['due-2-weeks'].map((i) => i.action.id).sort()).toEqual(['3.8', '7.5']);
    expect(groups['due-4-weeks'].map((i) => i.action.id).sort()).toEqual(['1.7', '3.9', '5.6']);
  });
});

describe('lastUpdated', () => {
  it('is the latest dated note, whatever the order', () => {
    expect(lastUpdated([{ date: '2023-11-01', text: 'a' }, { date: '2023-12-05', text: 'b' }, { text: 'undated' }])).toBe('2023-12-05');
    expect(lastUpdated([{ date: '2023-12-05', text: 'b' }, { date: '2023-11-01', text: 'a' }])).toBe('2023-12-05');
    expect(lastUpdated([{ text: 'undated' }])).toBeNull();
    expect(lastUpdated([])).toBeNull();
  });
});

describe('formatTimeSince', () => {
  it.each([
    [null, 'never'],
    ['2024-01-12', 'today'],
    ['2024-01-11', 'yesterday'],
    ['2024-01-02', '10 days ago'],
    ['2023-12-29', '2 weeks ago'],
    ['2023-11-11', '8 weeks ago'],
    ['2023-11-10', '2 months ago'],
    ['2023-11-09', '2 months ago'],
    ['2023-01-13', '11 months ago'],
    ['2023-01-12', 'over a year ago'],
    ['2024-01-13', 'after the data date'],
  ])('%s → %s', (date, text) => {
    expect(formatTimeSince(date, today)).toBe(text);
  });
});

describe('joint leads and the lead summary', () => {
  const actions = [
    buildAction({ id: '1', lead: 'Chief Executive', deadline: '2024-01-01', rating: 'red' }),
    buildAction({ id: '2', lead: 'Chief Executive & Director of Public Health', deadline: '2024-01-20', rating: 'amber' }),
    buildAction({ id: '3', lead: 'Director of Public Health', deadline: '2024-02-01', rating: 'green' }),
    buildAction({ id: '4', lead: 'Policy & Procedures Lead', deadline: null, rating: 'amber' }),
    buildAction({ id: '5', lead: 'Director of Public Health', deadline: null, rating: 'green' }),
  ];
  const idsOf = (groups: ReturnType<typeof checkIn>) => CHECK_IN_GROUPS.flatMap((g) => groups[g].map((i) => i.action.id));

  it('lists an action led jointly under each lead, and once when both are chosen', () => {
    expect(idsOf(checkIn(actions, ['chief executive'], today))).toEqual(['1', '2']);
    expect(idsOf(checkIn(actions, ['director of public health'], today))).toEqual(['2', '3', '5']);
    expect(idsOf(checkIn(actions, ['chief executive', 'director of public health'], today))).toEqual(['1', '2', '3', '5']);
    expect(idsOf(checkIn(actions, ['policy and procedures lead'], today))).toEqual(['4']);
  });

  it('counts per lead with the groups’ own rule (columns add up to the lead’s actions)', () => {
    const counts = checkInCountsByLead(actions, today);
    expect(counts.get('chief executive')).toEqual({ overdue: 1, 'due-2-weeks': 1, 'due-4-weeks': 0, 'red-or-amber': 0, other: 0, total: 2 });
    expect(counts.get('director of public health')).toEqual({ overdue: 0, 'due-2-weeks': 1, 'due-4-weeks': 1, 'red-or-amber': 0, other: 1, total: 3 });
    expect(counts.get('policy and procedures lead')).toEqual({ overdue: 0, 'due-2-weeks': 0, 'due-4-weeks': 0, 'red-or-amber': 1, other: 0, total: 1 });
  });

  it('agrees with the lead’s own check-in for every lead of the demo', () => {
    const counts = checkInCountsByLead(demoMain.actions.actions, DEMO_TODAY, demoMain.plan.leadAliases);
    for (const [key, c] of counts) {
      const groups = checkIn(demoMain.actions.actions, [key], DEMO_TODAY, demoMain.plan.leadAliases);
      for (const g of CHECK_IN_GROUPS) expect(c[g]).toBe(groups[g].length);
      expect(c.total).toBe(CHECK_IN_GROUPS.reduce((sum, g) => sum + c[g], 0));
    }
  });
});
