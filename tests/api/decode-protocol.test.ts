import { describe, expect, it } from 'vitest';
import { answerDecodeRequest } from '../../src/api/decode-answer';
import { settleDecodeReply } from '../../src/api/decode-protocol';
import { decodeOffThread } from '../../src/api/decode-off-thread';
import { ApiError } from '../../src/api/errors';

const asOf = '2024-01-12T09:00:00+00:00';
const action = (id: string, rating: unknown) => ({ id, areaId: 'a1', title: `Action ${id}`, lead: 'Lead', rating, progress: [] });

describe('the decode worker’s answers', () => {
  it('decodes a list record by record: valid records kept, the bad one named', () => {
    const text = JSON.stringify({ asOf, actions: [action('1.1', 'green'), action('1.2', 'purple')] });
    const reply = answerDecodeRequest({ id: 7, kind: 'actions', text });
    expect(reply).toMatchObject({ id: 7, ok: true });
    const value = settleDecodeReply(reply) as { items: { id: string }[]; problems: { recordId: string; path: string }[] };
    expect(value.items.map((a) => a.id)).toEqual(['1.1']);
    expect(value.problems).toMatchObject([{ resource: 'actions', recordId: '1.2', path: 'rating' }]);
  });

  it('turns a body that is not JSON into the same contract error the main thread throws', () => {
    const reply = answerDecodeRequest({ id: 1, kind: 'measures', text: '<html>' });
    expect(reply).toMatchObject({ ok: false, contract: { resource: 'measures', issues: ['the response is a web page (HTML), not JSON'] } });
    expect(() => settleDecodeReply(reply)).toThrow(ApiError);
  });

  it('says a body that breaks off is cut off', () => {
    const reply = answerDecodeRequest({ id: 3, kind: 'actions', text: `{"asOf":"${asOf}","actions":[{"id":"1.1"` });
    expect(reply).toMatchObject({ ok: false, contract: { resource: 'actions', issues: ['the response is cut off or is not JSON'] } });
  });

  it('names what is wrong at the top level', () => {
    const reply = answerDecodeRequest({ id: 2, kind: 'reviews', text: JSON.stringify({ asOf, reviews: 'none' }) });
    let error: unknown;
    try {
      settleDecodeReply(reply);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).issues).toEqual(['reviews: must be an array']);
    expect((error as ApiError).resource).toBe('reviews');
  });
});

describe('decodeOffThread where there is no Worker (Node, old browsers)', () => {
  it('decodes a large body on the calling thread with the same result', async () => {
    const actions = Array.from({ length: 3000 }, (_, i) => action(`${1 + Math.floor(i / 300)}.${i % 300}`, 'amber'));
    const text = JSON.stringify({ asOf, actions });
    expect(text.length).toBeGreaterThan(200_000);
    const result = await decodeOffThread('actions', text);
    expect(result.items).toHaveLength(3000);
    expect(result.problems).toEqual([]);
  });

  it('rejects, not throws, when the body is not the contract’s shape', async () => {
    await expect(decodeOffThread('plans', '[]')).rejects.toMatchObject({ kind: 'contract', resource: 'plans' });
  });
});
