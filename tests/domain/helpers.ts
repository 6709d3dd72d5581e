/** Small builders for domain tests; defaults are dull so each test states what matters. */
import fc from 'fast-check';
import type { Action, Area, Measure, NullableRating, Point } from '../../src/api/schemas';

export function action(overrides: Partial<Action> & Pick<Action, 'id'>): Action {
  return { areaId: 'a1', title: `Action ${overrides.id}`, lead: 'Service Director (Improvement)', rating: 'green', progress: [], deadline: null, ...overrides };
}

export function area(id: string, number: number, title = `Area ${number}`): Area {
  return { id, number, title };
}

export function measure(overrides: Partial<Measure> = {}): Measure {
  return { id: 'm1', title: 'Measure', areaIds: ['a1'], unit: 'percent', polarity: 'high-is-good', frequency: 'monthly', points: [], ...overrides };
}

export function points(...values: (number | null)[]): Point[] {
  return values.map((value, i) => ({ periodEnd: `2023-${String(i + 1).padStart(2, '0')}-28`, value }));
}

export const ratingArb: fc.Arbitrary<NullableRating> = fc.constantFrom('blue', 'green', 'amber', 'red', 'not-due', null);

const deadlineArb = fc.oneof(
  fc.constant(null),
  fc.tuple(fc.integer({ min: 2021, max: 2025 }), fc.integer({ min: 0, max: 13 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc.tuple(fc.integer({ min: 2021, max: 2025 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(
    ([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  ),
);

export const actionArb: fc.Arbitrary<Action> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 4 }),
  areaId: fc.constantFrom('a1', 'a2', 'a3', 'ghost'),
  lead: fc.constantFrom(
    'Corporate Director for Children and Young People',
    'Corporate Director Children & Young People',
    'Service Director (Improvement)',
    'Service Director (Improvement) ',
    'Service Director Improvement',
    'Chief Executive',
    '',
  ),
  rating: ratingArb,
  deadline: deadlineArb,
  deadlineText: fc.constantFrom(null, 'Spring 2023'),
}).map((r) => action(r));

export const isoDateArb: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 2021, max: 2025 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
