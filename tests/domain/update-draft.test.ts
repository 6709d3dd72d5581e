import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RATINGS, type HistoryEntry, type NullableRating } from '../../src/api/schemas';
import { changeSets, emptyDraft, hasStarted, NO_CHANGE_TEXT, rebaseDraft, recordedMessage, updateBody } from '../../src/domain/update-draft';
import { returnPath } from '../../src/state/paths';

const rating = fc.constantFrom<NullableRating>(null, ...RATINGS);
const draft = fc.record({ text: fc.string(), rating: fc.constantFrom(null, ...RATINGS), rationale: fc.string() });

describe('what an update sends', () => {
  it('sends the rating and its rationale only when the rating changes', () => {
    expect(updateBody({ text: 'a', rating: 'red', rationale: 'kept while hidden' }, 'red')).toEqual({ text: 'a' });
    expect(updateBody({ text: 'a', rating: 'green', rationale: 'why' }, 'red')).toEqual({ text: 'a', rating: 'green', rationale: 'why' });
    expect(updateBody({ text: 'a', rating: 'green', rationale: '  ' }, 'red')).toEqual({ text: 'a', rating: 'green' });
    expect(updateBody({ text: 'a', rating: null, rationale: 'why' }, null)).toEqual({ text: 'a' });
    // A first rating for an unrated action is a change.
    expect(updateBody({ text: 'a', rating: 'not-due', rationale: 'why' }, null)).toEqual({ text: 'a', rating: 'not-due', rationale: 'why' });
  });

  it('property: a rationale is never sent without a rating change', () => {
    fc.assert(
      fc.property(draft, rating, (d, base) => {
        const body = updateBody(d, base);
        return body.rationale === undefined || (body.rating !== undefined && body.rating !== base);
      }),
    );
  });

  it('an update is started once there is text or a new rating', () => {
    expect(hasStarted(emptyDraft('amber'), 'amber')).toBe(false);
    expect(hasStarted({ ...emptyDraft('amber'), text: ' ' }, 'amber')).toBe(false);
    expect(hasStarted({ ...emptyDraft('amber'), text: 'x' }, 'amber')).toBe(true);
    expect(hasStarted({ ...emptyDraft('amber'), rating: 'red' }, 'amber')).toBe(true);
  });
});

describe('an update on top of someone else’s change (412)', () => {
  it('a rating left alone follows theirs; a chosen one stays; text is kept', () => {
    expect(rebaseDraft({ text: 't', rating: 'red', rationale: '' }, 'red', 'amber')).toEqual({ text: 't', rating: 'amber', rationale: '' });
    expect(rebaseDraft({ text: 't', rating: 'green', rationale: 'r' }, 'red', 'amber')).toEqual({ text: 't', rating: 'green', rationale: 'r' });
  });

  it('property: sending the rebased draft never changes the rating unless the user chose a new one', () => {
    fc.assert(
      fc.property(draft, rating, rating, (d, oldBase, current) => {
        const body = updateBody(rebaseDraft(d, oldBase, current), current);
        const userChose = d.rating !== null && d.rating !== oldBase;
        return body.rating === undefined || userChose;
      }),
    );
  });

  it('groups history entries into saves, newest first', () => {
    const entries: HistoryEntry[] = [
      { at: '2024-01-12T09:14:00Z', by: 'Priya', version: '3', change: 'update', field: 'rating', from: 'red', to: 'amber', reason: 'why' },
      { at: '2024-01-12T09:14:00Z', by: 'Priya', version: '3', change: 'update', field: 'progress', from: null, to: 'note', reason: null },
      { at: '2024-01-11T10:00:00Z', by: 'Eddie', version: '2', change: 'edit', field: 'deadline', from: '2023-10', to: '2024-02', reason: 'moved' },
    ];
    expect(changeSets(entries)).toEqual([
      { version: '3', by: 'Priya', at: '2024-01-12T09:14:00Z', note: 'note', rating: { from: 'red', to: 'amber', reason: 'why' }, edits: [] },
      { version: '2', by: 'Eddie', at: '2024-01-11T10:00:00Z', note: null, rating: null, edits: [{ field: 'deadline', from: '2023-10', to: '2024-02', reason: 'moved' }] },
    ]);
    expect(changeSets([])).toEqual([]);
  });
});

describe('what the success banner says', () => {
  const action = { id: '3.5', areaId: 'a', title: 't', lead: 'l', rating: 'green' as const, progress: [] };
  it('names the action and any rating change', () => {
    expect(recordedMessage('red', action, 'x')).toBe('Update recorded for action 3.5. Rating changed from At risk to On track.');
    expect(recordedMessage('green', action, 'x')).toBe('Update recorded for action 3.5.');
    expect(recordedMessage(null, action, 'x')).toBe('Update recorded for action 3.5. Rating changed from Not rated to On track.');
    expect(recordedMessage('green', action, NO_CHANGE_TEXT)).toBe('“No change this week” recorded for action 3.5.');
  });
});

describe('where a form returns to', () => {
  it('only to a view of the same plan on this site', () => {
    expect(returnPath('p', '/plans/p/check-in?lead=a%20b', '/f')).toBe('/plans/p/check-in?lead=a%20b');
    expect(returnPath('p', '/plans/p', '/f')).toBe('/plans/p');
    expect(returnPath('p', '/plans/pp/areas/1', '/f')).toBe('/f');
    expect(returnPath('p', 'https://evil.example/plans/p/', '/f')).toBe('/f');
    expect(returnPath('p', '//evil.example/plans/p/', '/f')).toBe('/f');
    expect(returnPath('p', null, '/f')).toBe('/f');
  });
});
