/**
 * A hostile corpus: payloads a careless or malicious source could send, each as the
 * whole response body of one resource, built from the demo plan with one thing broken.
 * `named` lists the record ids its data problems must name; `refused` means the
 * response as a whole is not the contract (an error for that part of the page);
 * `shows` is text that must appear on screen as text (and nothing in it may run).
 */
import { demoMain } from '../../fixtures/demo';

export type HostileResource = 'plan' | 'actions' | 'measures' | 'reviews';

export interface HostilePayload {
  name: string;
  resource: HostileResource;
  body: () => unknown;
  named?: string[];
  refused?: true;
  shows?: string;
  /**
   * Record ids also named once the latest review's ratings meet the actions (the changes
   * view): a payload that loses the first action under its id leaves that review's rating
   * for it pointing at no action of the plan.
   */
  namedWhenCompared?: string[];
}

const main = demoMain;
type Json = Record<string, unknown>;
const [firstAction, ...otherActions] = main.actions.actions as unknown as Json[];
const [firstMeasure, ...otherMeasures] = main.measures.measures as unknown as Json[];
// The latest review: the one the changes view compares with now by default.
const allReviews = main.reviews.reviews as unknown as Json[];
const firstReview = allReviews.at(-1);
const otherReviews = allReviews.slice(0, -1);
const [firstArea, ...otherAreas] = main.plan.areas as unknown as Json[];
if (!firstAction || !firstMeasure || !firstReview || !firstArea) throw new Error('demo fixture too small');

const A = String(firstAction.id);
const M = String(firstMeasure.id);
const R = String(firstReview.id);
const AREA = String(firstArea.id);

/** The demo actions with the first one changed (or replaced, or more added). */
const actions = (first: unknown, ...extra: unknown[]) => ({ asOf: main.actions.asOf, actions: [first, ...otherActions, ...extra] });
const action = (changes: Json) => actions({ ...firstAction, ...changes });
const measures = (first: unknown, ...extra: unknown[]) => ({ asOf: main.measures.asOf, measures: [first, ...otherMeasures, ...extra] });
const measure = (changes: Json) => measures({ ...firstMeasure, ...changes });
const firstPoints = firstMeasure.points as Json[];
const point = (changes: Json) => measure({ points: [{ ...firstPoints[0], ...changes }, ...firstPoints.slice(1)] });
const reviews = (first: unknown, ...extra: unknown[]) => ({ asOf: main.reviews.asOf, reviews: [first, ...otherReviews, ...extra] });
const review = (changes: Json) => reviews({ ...firstReview, ...changes });
const firstRatings = firstReview.ratings as Json[];
const rating = (changes: Json) => review({ ratings: [{ ...firstRatings[0], ...changes }, ...firstRatings.slice(1)] });
const plan = (changes: Json) => ({ ...main.plan, ...changes });
const area = (changes: Json) => plan({ areas: [{ ...firstArea, ...changes }, ...otherAreas] });

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = { inner: value };
  return value;
}

const LONG = 'A very long title. '.repeat(527).slice(0, 10_000);
const EMOJI_LONG = '📈🧒🏽'.repeat(1500);
const SCRIPT = '<script>window.__hostile = "script"</script>';
const IMG = '<img src=x onerror="window.__hostile = \'img\'">';
const RTL = 'Report\u202Egnp.exe';
const ZERO_WIDTH = 'Lead\u200B\u200C\u200DNa\uFEFFme';

export const HOSTILE: HostilePayload[] = [
  // Wrong types and nulls where values belong.
  { name: 'action id is a number', resource: 'actions', body: () => action({ id: 101 }), named: ['101'], namedWhenCompared: [R] },
  { name: 'action title is null', resource: 'actions', body: () => action({ title: null }), named: [A] },
  { name: 'action rating is not a rating', resource: 'actions', body: () => action({ rating: 'purple' }), named: [A] },
  { name: 'action rating is "NaN"', resource: 'actions', body: () => action({ rating: 'NaN' }), named: [A] },
  { name: 'action progress is a string', resource: 'actions', body: () => action({ progress: 'see notes' }), named: [A] },
  { name: 'action progress is null', resource: 'actions', body: () => action({ progress: null }), named: [A] },
  { name: 'action areaId is null', resource: 'actions', body: () => action({ areaId: null }), named: [A] },
  { name: 'action lead is a number', resource: 'actions', body: () => action({ lead: 42 }), named: [A] },
  { name: 'action measureIds are numbers', resource: 'actions', body: () => action({ measureIds: [1, 2] }), named: [A] },
  { name: 'action id is empty', resource: 'actions', body: () => action({ id: '' }), named: ['[0].id'], namedWhenCompared: [R] },
  { name: 'an action is null', resource: 'actions', body: () => actions(null), named: ['[0]'], namedWhenCompared: [R] },
  { name: 'an action is a number', resource: 'actions', body: () => actions(42), named: ['[0]'], namedWhenCompared: [R] },
  { name: 'an action is an array', resource: 'actions', body: () => actions([firstAction]), named: ['[0]'], namedWhenCompared: [R] },
  // Deep nesting.
  { name: 'action title nested 2,000 deep', resource: 'actions', body: () => action({ title: nested(2000) }), named: [A] },
  { name: 'progress notes nested 2,000 deep', resource: 'actions', body: () => action({ progress: [nested(2000)] }), named: [A] },
  { name: 'measure definition nested 2,000 deep', resource: 'measures', body: () => measure({ definition: nested(2000) }), named: [M] },
  // Dates.
  { name: 'impossible deadline 2023-02-30', resource: 'actions', body: () => action({ deadline: '2023-02-30' }), named: [A] },
  { name: 'deadline month 13', resource: 'actions', body: () => action({ deadline: '2023-13' }), named: [A] },
  { name: 'deadline in the year 9999', resource: 'actions', body: () => action({ deadline: '9999-12-31' }), named: [], shows: '31 Dec 9999' },
  { name: 'ratedOn is 9999-99-99', resource: 'actions', body: () => action({ ratedOn: '9999-99-99' }), named: [A] },
  { name: 'point in the year 9999', resource: 'measures', body: () => measure({ points: [...firstPoints, { ...firstPoints.at(-1), periodEnd: '9999-12-31', periodLabel: 'Far future' }] }), named: [] },
  { name: 'point on 2023-02-30', resource: 'measures', body: () => point({ periodEnd: '2023-02-30' }), named: [M] },
  { name: 'points out of period order', resource: 'measures', body: () => measure({ points: [...firstPoints].reverse() }), named: [M] },
  { name: 'review on 2023-13-45', resource: 'reviews', body: () => review({ date: '2023-13-45' }), named: [R] },
  // Long and strange text.
  { name: '10,000-character action title', resource: 'actions', body: () => action({ title: LONG }), named: [], shows: LONG },
  { name: '10,000 characters of emoji in a measure title', resource: 'measures', body: () => measure({ title: EMOJI_LONG }), named: [], shows: EMOJI_LONG },
  { name: 'right-to-left override in a title', resource: 'actions', body: () => action({ title: RTL }), named: [], shows: RTL },
  { name: 'zero-width characters in a lead', resource: 'actions', body: () => action({ lead: ZERO_WIDTH }), named: [] },
  { name: 'zero-width space inside an action id', resource: 'actions', body: () => action({ id: `${A}\u200B` }), named: [], shows: `${A}\u200B`, namedWhenCompared: [R] },
  { name: 'emoji in a lead and progress', resource: 'actions', body: () => action({ lead: 'Director 🧑‍💼', progress: [{ date: '2023-11-30', text: 'Done ✅🎉' }] }), named: [], shows: 'Director 🧑‍💼' },
  // HTML, script, javascript: URLs, formula-like cells.
  { name: 'script tag in an action title', resource: 'actions', body: () => action({ title: SCRIPT }), named: [], shows: SCRIPT },
  { name: 'img onerror in a progress note', resource: 'actions', body: () => action({ progress: [{ date: '2023-11-30', text: IMG }] }), named: [] },
  { name: 'javascript: URL as a lead', resource: 'actions', body: () => action({ lead: 'javascript:window.__hostile="lead"' }), named: [], shows: 'javascript:window.__hostile="lead"' },
  { name: 'formula in an action title', resource: 'actions', body: () => action({ title: '=HYPERLINK("http://evil.example","Click")' }), named: [], shows: '=HYPERLINK("http://evil.example","Click")' },
  { name: 'formula-like lead', resource: 'actions', body: () => action({ lead: '@SUM(1+1)*cmd|" /C calc"!A0' }), named: [] },
  { name: 'script in a measure definition', resource: 'measures', body: () => measure({ title: SCRIPT }), named: [], shows: SCRIPT },
  { name: 'javascript: URL as a measure source', resource: 'measures', body: () => measure({ source: 'javascript:window.__hostile="source"' }), named: [] },
  { name: 'script in a review rationale', resource: 'reviews', body: () => rating({ rationale: SCRIPT }), named: [] },
  { name: 'script in the plan title', resource: 'plan', body: () => plan({ title: SCRIPT }), named: [], shows: SCRIPT },
  { name: 'formula in an area title', resource: 'plan', body: () => area({ title: '=1+1', shortTitle: '+cmd' }), named: [], shows: '+cmd' },
  // Numbers that are not numbers, negative counts.
  { name: 'point value "NaN"', resource: 'measures', body: () => point({ value: 'NaN' }), named: [M] },
  { name: 'point value "Infinity"', resource: 'measures', body: () => point({ value: 'Infinity' }), named: [M] },
  { name: 'point value "-Infinity"', resource: 'measures', body: () => point({ value: '-Infinity' }), named: [M] },
  { name: 'comparator value "NaN"', resource: 'measures', body: () => measure({ comparators: [{ group: 'England', value: 'NaN' }] }), named: [M] },
  { name: 'negative numerator', resource: 'measures', body: () => point({ numerator: -5 }), named: [M] },
  { name: 'negative denominator', resource: 'measures', body: () => point({ denominator: -140 }), named: [M] },
  { name: 'negative tolerance', resource: 'measures', body: () => measure({ target: { value: 60, tolerance: -1 } }), named: [M] },
  { name: '99 decimals', resource: 'measures', body: () => measure({ decimals: 99 }), named: [M] },
  { name: 'unit furlongs', resource: 'measures', body: () => measure({ unit: 'furlongs' }), named: [M] },
  { name: 'polarity null', resource: 'measures', body: () => measure({ polarity: null }), named: [M] },
  { name: 'points is a string', resource: 'measures', body: () => measure({ points: 'lots' }), named: [M] },
  { name: 'area number "three"', resource: 'plan', body: () => area({ number: 'three' }), named: [AREA] },
  { name: 'area number negative', resource: 'plan', body: () => area({ number: -3 }), named: [AREA] },
  { name: 'area title null', resource: 'plan', body: () => area({ title: null }), named: [AREA] },
  // Broken links between records, duplicates.
  { name: 'action in an area the plan does not have', resource: 'actions', body: () => action({ areaId: 'area-ghost' }), named: [A] },
  { name: 'action linked to an unknown measure', resource: 'actions', body: () => action({ measureIds: ['m-ghost'] }), named: [A] },
  { name: 'measure linked to an unknown area', resource: 'measures', body: () => measure({ areaIds: ['area-ghost'] }), named: [M] },
  { name: 'review rating for an action that does not exist', resource: 'reviews', body: () => rating({ actionId: '404.1' }), named: [R] },
  { name: 'review rating is not a rating', resource: 'reviews', body: () => rating({ rating: 'purple' }), named: [R] },
  { name: 'review ratings is an object', resource: 'reviews', body: () => review({ ratings: {} }), named: [R] },
  { name: 'duplicate action id', resource: 'actions', body: () => actions(firstAction, { ...firstAction, title: 'Impostor' }), named: [A] },
  { name: 'duplicate measure id', resource: 'measures', body: () => measures(firstMeasure, { ...firstMeasure }), named: [M] },
  { name: 'duplicate review id', resource: 'reviews', body: () => reviews(firstReview, { ...firstReview }), named: [R] },
  { name: 'duplicate area id', resource: 'plan', body: () => plan({ areas: [firstArea, ...otherAreas, { ...firstArea, number: 99 }] }), named: [AREA] },
  // Volume.
  {
    name: '100,000 progress notes on one action',
    resource: 'actions',
    body: () => action({ progress: Array.from({ length: 100_000 }, (_, i) => ({ date: '2023-11-30', text: `Update ${i + 1}` })) }),
    named: [],
  },
  // Responses that are not the contract at all.
  { name: 'actions is an object', resource: 'actions', body: () => ({ asOf: main.actions.asOf, actions: {} }), refused: true },
  { name: 'body is null', resource: 'actions', body: () => null, refused: true },
  { name: 'body is a string', resource: 'measures', body: () => 'hello', refused: true },
  { name: 'asOf is "yesterday"', resource: 'reviews', body: () => ({ ...main.reviews, asOf: 'yesterday' }), refused: true },
  { name: 'areas is null', resource: 'plan', body: () => plan({ areas: null }), refused: true },
];
