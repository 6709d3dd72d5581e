import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../src/api/schemas';
import { describeHistoryEntry, groupHistory, historyHeading } from '../../src/domain';

const entry = (over: Partial<HistoryEntry>): HistoryEntry => ({
  at: '2024-01-08T09:14:03Z',
  by: 'Priya Shah',
  version: '8',
  change: 'update',
  field: 'progress',
  from: null,
  to: 'Both posts filled.',
  reason: null,
  ...over,
});

describe('an action’s history in words', () => {
  it('words each kind of field', () => {
    expect(describeHistoryEntry(entry({}))).toEqual({ kind: 'note', label: 'Progress note', text: 'Both posts filled.' });
    expect(describeHistoryEntry(entry({ field: 'rating', from: 'amber', to: 'green', reason: ' Posts filled. ' }))).toEqual({
      kind: 'rating',
      label: 'Rating',
      from: 'amber',
      to: 'green',
      why: 'Posts filled.',
    });
    expect(describeHistoryEntry(entry({ field: 'rating', from: null, to: 'not-due' }))).toMatchObject({ from: 'unrated', to: 'not-due', why: null });
    expect(describeHistoryEntry(entry({ change: 'edit', field: 'deadline', from: '2023-03', to: '2023-06-30', reason: 'Pay review.' }))).toEqual({
      kind: 'value',
      label: 'Deadline',
      from: 'Mar 2023',
      to: '30 Jun 2023',
      why: 'Pay review.',
    });
    expect(describeHistoryEntry(entry({ change: 'edit', field: 'deadline', from: null, to: '2023-06', reason: 'Set.' }))).toMatchObject({ from: 'No deadline', to: 'Jun 2023' });
    expect(describeHistoryEntry(entry({ change: 'edit', field: 'deadlineText', from: 'Spring 2023', to: null, reason: 'r' }))).toMatchObject({
      label: 'Deadline in words',
      from: 'Spring 2023',
      to: 'none',
    });
    expect(describeHistoryEntry(entry({ change: 'edit', field: 'lead', from: 'Head of Service', to: 'Service Director', reason: 'Restructure.' }))).toMatchObject({
      label: 'Lead',
      from: 'Head of Service',
      to: 'Service Director',
    });
    expect(describeHistoryEntry(entry({ change: 'edit', field: 'leadName', from: null, to: 'Sam Lee', reason: 'r' }))).toMatchObject({ label: 'Lead’s name', from: 'none' });
  });

  it('shows a rating word the contract does not know as the word it is', () => {
    expect(describeHistoryEntry(entry({ field: 'rating', from: 'purple', to: 'green' }))).toEqual({ kind: 'value', label: 'Rating', from: 'purple', to: 'green', why: null });
  });

  it('groups the entries of one change, newest change first, the rating before its note', () => {
    const entries = [
      entry({ version: '9', at: '2024-01-09T10:00:00Z', change: 'edit', field: 'deadline', from: '2023-09', to: '2024-03', reason: 'Slipped.' }),
      entry({ version: '8', field: 'progress' }),
      entry({ version: '8', field: 'rating', from: 'amber', to: 'green', reason: 'Posts filled.' }),
      entry({ version: '5', at: '2023-02-20T10:02:00Z', by: 'Eddie Editor', change: 'edit', field: 'deadline', from: '2023-03', to: '2023-09', reason: 'Restarted.' }),
    ];
    const changes = groupHistory(entries);
    expect(changes.map((c) => [c.version, c.by, c.fields.map((f) => f.label)])).toEqual([
      ['9', 'Priya Shah', ['Deadline']],
      ['8', 'Priya Shah', ['Rating', 'Progress note']],
      ['5', 'Eddie Editor', ['Deadline']],
    ]);
    expect(groupHistory([])).toEqual([]);
  });

  it('heads the history with its number of changes', () => {
    expect(historyHeading(0)).toBe('History (no changes yet)');
    expect(historyHeading(1)).toBe('History (1 change)');
    expect(historyHeading(3)).toBe('History (3 changes)');
  });
});
