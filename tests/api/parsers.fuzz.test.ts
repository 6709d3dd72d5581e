import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, type DecoderKind } from '../../src/api/decode';
import { ApiError } from '../../src/api/errors';
import { ActionSchema, AreaSchema, MeasureSchema, PlanSummarySchema, ReviewSchema } from '../../src/api/schemas';
import { parseDeadlineValue } from '../../src/domain/deadlines';

const ASOF = '2024-01-12T09:00:00Z';
/** A response body as it arrives (text), decoded as the fetchers decode it. */
const decode = <K extends DecoderKind>(kind: K, body: unknown) => decodeText(kind, JSON.stringify(body));

/** Anything JSON can carry, including the awkward values. */
const hostileValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '2023-02-30', '9999-12-31', '', '\u202E', '=1+1', '<script>x</script>', -1, 1e308, null),
);

/** A record with the contract's field names holding anything at all. */
function recordOf(keys: readonly string[]) {
  return fc.dictionary(fc.constantFrom(...keys), hostileValue, { maxKeys: keys.length });
}

const ACTION_KEYS = ['id', 'areaId', 'title', 'lead', 'deadline', 'deadlineText', 'rating', 'ratedOn', 'progress', 'measureIds'];
const MEASURE_KEYS = ['id', 'title', 'areaIds', 'unit', 'polarity', 'frequency', 'decimals', 'target', 'points', 'comparators'];
const REVIEW_KEYS = ['id', 'date', 'forum', 'ratings'];

const KINDS: DecoderKind[] = ['plans', 'plan', 'actions', 'reviews', 'review', 'measures'];

/** Decoding either returns or throws a contract ApiError: never anything else. */
function settles(kind: DecoderKind, text: string): unknown {
  try {
    return decodeText(kind, text);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('contract');
    return error;
  }
}

describe('parsers never crash and never let a bad record through (fast-check)', () => {
  it('any JSON body at all: a result or a contract error', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (body) => {
        for (const kind of KINDS) settles(kind, JSON.stringify(body));
      }),
      { numRuns: 200 },
    );
  });

  it('any text at all, and any cut-off prefix of a good body: a result or a contract error', () => {
    const good = JSON.stringify({ asOf: ASOF, actions: [{ id: '1.1', areaId: 'a1', title: 't', lead: 'l', rating: 'red', progress: [] }] });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.nat(good.length - 1).map((n) => good.slice(0, n))), (text) => {
        for (const kind of KINDS) settles(kind, text);
      }),
      { numRuns: 300 },
    );
  });

  it('actions: every record kept matches the contract, every one left out is named', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(recordOf(ACTION_KEYS), hostileValue), { maxLength: 8 }), (actions) => {
        const result = decode('actions', { asOf: ASOF, actions });
        for (const action of result.items) expect(ActionSchema.safeParse(action).success).toBe(true);
        // Each record left out is named by its id or by its position in the list.
        const named = new Set(result.problems.flatMap((p) => [p.recordId, p.path.match(/^\[\d+\]/)?.[0]]));
        actions.forEach((item, index) => {
          const id = typeof item === 'object' && item !== null && !Array.isArray(item) ? (item as { id?: unknown }).id : undefined;
          const kept = result.items.some((a) => a.id === id);
          if (!kept) expect(named.has(typeof id === 'string' && id.trim() !== '' ? id : typeof id === 'number' ? String(id) : `[${index}]`)).toBe(true);
        });
        for (const problem of result.problems) expect(problem.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('checked part by part (the worker’s stream): the same records and problems, the parts in order', () => {
    // Ids from a small set, so repeated ids fall in different parts.
    const action = fc.record({ id: fc.constantFrom('1.1', '1.2', '2.1', '', 3), areaId: fc.constant('a1'), title: fc.string(), lead: fc.constant('l'), rating: fc.constantFrom('red', 'purple', null), progress: fc.constant([]) }, { requiredKeys: ['areaId', 'title', 'lead', 'progress'] });
    fc.assert(
      fc.property(fc.array(fc.oneof(action, hostileValue), { maxLength: 12 }), fc.integer({ min: 1, max: 5 }), (actions, partSize) => {
        const text = JSON.stringify({ asOf: ASOF, actions });
        const parts: unknown[][] = [];
        const streamed = decodeText('actions', text, { partSize, onRecords: (records) => parts.push(records) });
        expect(streamed).toEqual(decodeText('actions', text));
        expect(parts.flat()).toEqual(streamed.items);
        expect(parts).toHaveLength(Math.ceil(actions.length / partSize));
      }),
      { numRuns: 300 },
    );
  });

  it('measures and their points: kept records match the contract, points in date order', () => {
    fc.assert(
      fc.property(fc.array(recordOf(MEASURE_KEYS), { maxLength: 6 }), (measures) => {
        const result = decode('measures', { asOf: ASOF, measures });
        for (const measure of result.items) {
          expect(MeasureSchema.safeParse(measure).success).toBe(true);
          const ends = measure.points.map((p) => p.periodEnd);
          expect(ends).toEqual([...ends].sort());
        }
        if (result.items.length < measures.length) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('reviews, plans and areas: kept records match the contract', () => {
    fc.assert(
      fc.property(
        fc.array(recordOf(REVIEW_KEYS), { maxLength: 6 }),
        fc.array(recordOf(['id', 'number', 'title', 'shortTitle', 'source']), { maxLength: 6 }),
        fc.array(recordOf(['id', 'title', 'organisation', 'status']), { maxLength: 6 }),
        (reviews, areas, plans) => {
          const r = decode('reviews', { asOf: ASOF, reviews });
          for (const review of r.items) expect(ReviewSchema.safeParse(review).success).toBe(true);
          const plan = decode('plan', { id: 'p', title: 't', organisation: 'o', status: 'active', asOf: ASOF, areas });
          for (const area of plan.plan.areas) expect(AreaSchema.safeParse(area).success).toBe(true);
          const list = decode('plans', { asOf: ASOF, plans });
          for (const summary of list.items) expect(PlanSummarySchema.safeParse(summary).success).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the deadline parser takes any string without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{4}-\d{2}(-\d{2})?$/)), (raw) => {
        const parsed = parseDeadlineValue(raw);
        expect(['date', 'invalid']).toContain(parsed.kind);
      }),
      { numRuns: 1000 },
    );
  });
});
