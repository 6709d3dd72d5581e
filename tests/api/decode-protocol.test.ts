import { describe, expect, it } from 'vitest';
import { answerDecodeRequest as answerInto } from '../../src/api/decode-answer';
import { decodeText, type DecoderKind } from '../../src/api/decode';
import { RECORDS_PER_PART, settleDecodeReply, type DecodeReply, type DecodeRequest } from '../../src/api/decode-protocol';
import { decodeOffThread } from '../../src/api/decode-off-thread';
import { ApiError } from '../../src/api/errors';

const asOf = '2024-01-12T09:00:00+00:00';
const action = (id: string, rating: unknown) => ({ id, areaId: 'a1', title: `Action ${id}`, lead: 'Lead', rating, progress: [] });

/** The messages the worker sends for one request, in order. */
function answerDecodeRequest(request: DecodeRequest): DecodeReply[] {
  const replies: DecodeReply[] = [];
  answerInto(request, (reply) => replies.push(reply));
  return replies;
}

/** What the main thread does with the worker's messages: collect the parts, settle on the last. */
function settle(kind: DecoderKind, replies: readonly DecodeReply[]): unknown {
  const parts: unknown[][] = [];
  for (const reply of replies) {
    if ('part' in reply) parts.push(structuredClone(reply.part));
    else return settleDecodeReply(structuredClone(reply), kind, parts);
  }
  throw new Error('no final reply');
}

describe('the decode worker’s answers', () => {
  it('decodes a list record by record: valid records kept, the bad one named', () => {
    const text = JSON.stringify({ asOf, actions: [action('1.1', 'green'), action('1.2', 'purple')] });
    const replies = answerDecodeRequest({ id: 7, kind: 'actions', text });
    expect(replies).toMatchObject([{ id: 7, part: [{ id: '1.1' }] }, { id: 7, ok: true }]);
    const value = settle('actions', replies) as { items: { id: string }[]; problems: { recordId: string; path: string }[] };
    expect(value.items.map((a) => a.id)).toEqual(['1.1']);
    expect(value.problems).toMatchObject([{ resource: 'actions', recordId: '1.2', path: 'rating' }]);
  });

  it('turns a body that is not JSON into the same contract error the main thread throws', () => {
    const replies = answerDecodeRequest({ id: 1, kind: 'measures', text: '<html>' });
    expect(replies).toMatchObject([{ ok: false, contract: { resource: 'measures', issues: ['the response is a web page (HTML), not JSON'] } }]);
    expect(() => settle('measures', replies)).toThrow(ApiError);
  });

  it('says a body that breaks off is cut off', () => {
    const replies = answerDecodeRequest({ id: 3, kind: 'actions', text: `{"asOf":"${asOf}","actions":[{"id":"1.1"` });
    expect(replies).toMatchObject([{ ok: false, contract: { resource: 'actions', issues: ['the response is cut off or is not JSON'] } }]);
  });

  it('names what is wrong at the top level', () => {
    const replies = answerDecodeRequest({ id: 2, kind: 'reviews', text: JSON.stringify({ asOf, reviews: 'none' }) });
    let error: unknown;
    try {
      settle('reviews', replies);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).issues).toEqual(['reviews: must be an array']);
    expect((error as ApiError).resource).toBe('reviews');
  });

  it('sends a long list in parts, in order, and the main thread gets the same value as decoding in one go', () => {
    const count = RECORDS_PER_PART * 2 + 7;
    const actions = Array.from({ length: count }, (_, i) => action(`${1 + Math.floor(i / 500)}.${i % 500}`, i === 1500 ? 'purple' : 'red'));
    const text = JSON.stringify({ asOf, actions });
    const replies = answerDecodeRequest({ id: 4, kind: 'actions', text });
    // Checked and sent 1,000 at a time: the second thousand holds the bad record, left out.
    expect(replies.map((reply) => ('part' in reply ? reply.part.length : 'rest'))).toEqual([RECORDS_PER_PART, RECORDS_PER_PART - 1, 7, 'rest']);
    const value = settle('actions', replies) as { items: { id: string }[]; problems: { recordId: string }[] };
    expect(value).toEqual(decodeText('actions', text));
    expect(value.items).toHaveLength(count - 1);
    expect(value.items.at(-1)?.id).toBe('5.6');
    expect(value.problems).toMatchObject([{ recordId: '4.0' }]);
  });

  it('sends one review’s long list of ratings in parts, keeping the review around them', () => {
    const ratings = Array.from({ length: RECORDS_PER_PART + 1 }, (_, i) => ({ actionId: `a${i}`, rating: i % 2 ? 'green' : null }));
    const text = JSON.stringify({ id: 'r1', date: '2024-01-10', forum: 'Improvement Board', ratings });
    const replies = answerDecodeRequest({ id: 5, kind: 'review', text });
    expect(replies.filter((reply) => 'part' in reply)).toHaveLength(2);
    const value = settle('review', replies) as { review: { id: string; ratings: unknown[]; counts: { green: number; unrated: number } } };
    expect(value).toEqual(decodeText('review', text));
    expect(value.review.ratings).toHaveLength(RECORDS_PER_PART + 1);
    expect(value.review.counts).toMatchObject({ green: 500, unrated: 501 });
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
