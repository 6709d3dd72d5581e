import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RATINGS } from '../../src/api/schemas';
import { characterCount, checkActionEdit, checkActionUpdate, checkReviewCreate, NOTE_MAX_LENGTH, RATIONALE_MAX_LENGTH } from '../../src/domain/write-rules';

const fields = (result: { ok: boolean; errors?: readonly { field: string }[] }) => (result.ok ? [] : (result.errors ?? []).map((e) => e.field).sort());

describe('a progress update', () => {
  it('keeps the trimmed note, and the rating and rationale only when the rating changes', () => {
    expect(checkActionUpdate({ text: '  Done.  ' }, 'red')).toEqual({ ok: true, value: { text: 'Done.' } });
    expect(checkActionUpdate({ text: 'Same.', rating: 'red', rationale: 'ignored' }, 'red')).toEqual({ ok: true, value: { text: 'Same.' } });
    expect(checkActionUpdate({ text: 'Better.', rating: 'green', rationale: ' Posts filled. ' }, 'red')).toEqual({
      ok: true,
      value: { text: 'Better.', rating: 'green', rationale: 'Posts filled.' },
    });
    // Not yet rated to rated is a change too.
    expect(fields(checkActionUpdate({ text: 'Rated.', rating: 'amber' }, null))).toEqual(['rationale']);
  });

  it('names every problem: blank or missing or over-long text, unknown rating, missing or over-long rationale, unknown fields', () => {
    expect(fields(checkActionUpdate({ text: ' \n ' }, 'red'))).toEqual(['text']);
    expect(fields(checkActionUpdate({}, 'red'))).toEqual(['text']);
    expect(fields(checkActionUpdate({ text: 42 }, 'red'))).toEqual(['text']);
    expect(fields(checkActionUpdate({ text: 'x'.repeat(NOTE_MAX_LENGTH + 1) }, 'red'))).toEqual(['text']);
    expect(fields(checkActionUpdate({ text: 'ok', rating: 'purple' }, 'red'))).toEqual(['rating']);
    expect(fields(checkActionUpdate({ text: 'ok', rating: 'green', rationale: '   ' }, 'red'))).toEqual(['rationale']);
    expect(fields(checkActionUpdate({ text: 'ok', rating: 'green', rationale: 'y'.repeat(RATIONALE_MAX_LENGTH + 1) }, 'red'))).toEqual(['rationale']);
    expect(fields(checkActionUpdate({ text: '', colour: 'blue', by: 'me' }, 'red'))).toEqual(['by', 'colour', 'text']);
    expect(fields(checkActionUpdate(null, 'red'))).toEqual(['(body)']);
    expect(fields(checkActionUpdate(['text'], 'red'))).toEqual(['(body)']);
  });

  it('says the two ratings in words when a rationale is missing', () => {
    const result = checkActionUpdate({ text: 'x', rating: 'green' }, 'amber');
    expect(result.ok ? '' : result.errors[0]?.message).toBe('Say why the rating changed from some delay to on track.');
  });

  it('counts characters as people do: an emoji is one', () => {
    expect(characterCount('😀é')).toBe(2);
    expect(checkActionUpdate({ text: '😀'.repeat(NOTE_MAX_LENGTH) }, 'red').ok).toBe(true);
    expect(checkActionUpdate({ text: '😀'.repeat(NOTE_MAX_LENGTH + 1) }, 'red').ok).toBe(false);
  });

  it('property: a change of rating is accepted exactly when a non-blank rationale comes with it', () => {
    const rating = fc.constantFrom(...RATINGS);
    fc.assert(
      fc.property(rating, fc.option(rating, { nil: null }), fc.string({ maxLength: 20 }), (to, from, rationale) => {
        const result = checkActionUpdate({ text: 'note', rating: to, rationale }, from);
        const needsRationale = to !== from;
        expect(result.ok).toBe(!needsRationale || rationale.trim() !== '');
        if (result.ok) expect(result.value.rating).toBe(needsRationale ? to : undefined);
      }),
    );
  });
});

describe('an editor’s change', () => {
  it('needs a reason and at least one field; keeps only what was sent; null clears', () => {
    expect(checkActionEdit({ deadline: '2024-06', reason: ' Slipped. ' })).toEqual({ ok: true, value: { deadline: '2024-06', reason: 'Slipped.' } });
    expect(checkActionEdit({ deadline: null, deadlineText: 'Spring 2024', reason: 'r' })).toEqual({ ok: true, value: { deadline: null, deadlineText: 'Spring 2024', reason: 'r' } });
    expect(checkActionEdit({ leadName: '', reason: 'r' })).toEqual({ ok: true, value: { leadName: null, reason: 'r' } });
    expect(fields(checkActionEdit({ reason: 'r' }))).toEqual(['(body)']);
    expect(fields(checkActionEdit({ title: 'New' }))).toEqual(['reason']);
    expect(fields(checkActionEdit({ title: ' ', lead: '', reason: 'r' }))).toEqual(['lead', 'title']);
  });

  it('a deadline must be a real date or month', () => {
    for (const good of ['2024-02-29', '2024-06']) expect(checkActionEdit({ deadline: good, reason: 'r' }).ok).toBe(true);
    for (const bad of ['2023-02-29', '2024-13', 'March 2024', 2024]) expect(fields(checkActionEdit({ deadline: bad, reason: 'r' }))).toEqual(['deadline']);
  });
});

describe('recording a review', () => {
  it('needs a title and a real date, and nothing else', () => {
    expect(checkReviewCreate({ title: ' Improvement Board ', date: '2024-01-11' })).toEqual({ ok: true, value: { title: 'Improvement Board', date: '2024-01-11' } });
    expect(fields(checkReviewCreate({ title: '', date: '2024-02-30', where: 'x' }))).toEqual(['date', 'title', 'where']);
    expect(fields(checkReviewCreate('board'))).toEqual(['(body)']);
  });
});
