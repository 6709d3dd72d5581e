/**
 * The plan's BRAG ratings plus "not rated": words, symbols, definitions and the
 * orders used to show, sort and compare them. Every screen, export and test reads
 * the words from here, so the key and the tags never disagree.
 */
import type { NullableRating, Rating } from '../api/schemas';

/** A rating, or 'unrated' for null. Used wherever ratings are counted or keyed. */
export type RatingKey = Rating | 'unrated';

/** Key order (as the plan's key and the overview strip read): progress first. */
export const RATING_KEYS = ['blue', 'green', 'amber', 'red', 'not-due', 'unrated'] as const satisfies readonly RatingKey[];

/**
 * Sort order for lists that should put what needs attention first: red and amber
 * lead (the weekly check-in asks for them first), then green, blue, not-due, and
 * unrated last because it has no status to rank (it is counted and shown, never
 * guessed into a place among the others).
 */
export const ATTENTION_ORDER = ['red', 'amber', 'green', 'blue', 'not-due', 'unrated'] as const satisfies readonly RatingKey[];

export const RATING_LABELS: Readonly<Record<RatingKey, string>> = {
  blue: 'Complete, impact to test',
  green: 'On track',
  amber: 'Some delay',
  red: 'At risk',
  'not-due': 'Not yet due',
  unrated: 'Not rated',
};

/** A shape per rating so nothing relies on colour (DESIGN.md). */
export const RATING_SYMBOLS: Readonly<Record<RatingKey, string>> = {
  blue: '✓',
  green: '●',
  amber: '▲',
  red: '■',
  'not-due': '○',
  unrated: '–',
};

/**
 * Each rating tag's text and fill colours (DESIGN.md; each pair passes AA contrast).
 * rating-tag.css sets the same pairs for the tags; charts and the Excel export read
 * them from here, so a rating looks the same wherever it is drawn.
 */
export const RATING_TAG_COLOURS: Readonly<Record<RatingKey, { readonly text: string; readonly fill: string }>> = {
  blue: { text: '#0c2d4a', fill: '#bbd4ea' },
  green: { text: '#005a30', fill: '#cce2d8' },
  amber: { text: '#6e3619', fill: '#fcd6c3' },
  red: { text: '#2a0b06', fill: '#f4cdc6' },
  'not-due': { text: '#282d30', fill: '#e5e6e7' },
  unrated: { text: '#282d30', fill: '#ffffff' },
};

/** The contract's definitions (openapi `Rating`), used when the plan gives none. */
export const DEFAULT_RATING_DEFINITIONS: Readonly<Record<RatingKey, string>> = {
  blue: 'Completed as planned; impact to be tested.',
  green: 'Started, on track.',
  amber: 'Started; issues identified and being dealt with, causing some delay.',
  red: 'Not started when due, stalled or stopped; significant risk.',
  'not-due': 'Not yet due to start.',
  unrated: 'Not rated.',
};

export function ratingKey(rating: NullableRating | undefined): RatingKey {
  return rating ?? 'unrated';
}

/** The contract value of a key: null for 'unrated'. */
export function ratingFromKey(key: RatingKey): NullableRating {
  return key === 'unrated' ? null : key;
}

export function isRatingKey(value: unknown): value is RatingKey {
  return typeof value === 'string' && (RATING_KEYS as readonly string[]).includes(value);
}

/**
 * The definition to show in the key. The plan's own wording wins when it is given
 * and not blank; "not rated" may be worded under 'unrated' or 'null'. Absent keys
 * fall back to the contract's definition, as the contract says.
 */
export function ratingDefinition(key: RatingKey, planDefinitions?: Readonly<Record<string, string>>): string {
  const candidates = key === 'unrated' ? ['unrated', 'null'] : [key];
  for (const candidate of candidates) {
    const text = planDefinitions?.[candidate]?.trim();
    if (text) return text;
  }
  return DEFAULT_RATING_DEFINITIONS[key];
}

export interface RatingKeyEntry {
  readonly key: RatingKey;
  readonly label: string;
  readonly symbol: string;
  readonly definition: string;
}

/** The on-screen key, in key order, with the plan's definitions where it has them. */
export function ratingKeyEntries(planDefinitions?: Readonly<Record<string, string>>): RatingKeyEntry[] {
  return RATING_KEYS.map((key) => ({
    key,
    label: RATING_LABELS[key],
    symbol: RATING_SYMBOLS[key],
    definition: ratingDefinition(key, planDefinitions),
  }));
}

const ATTENTION_RANK: Readonly<Record<RatingKey, number>> = {
  red: 0,
  amber: 1,
  green: 2,
  blue: 3,
  'not-due': 4,
  unrated: 5,
};

/** Comparator for `Array.prototype.sort`: attention order (red first). */
export function compareByAttention(a: RatingKey, b: RatingKey): number {
  return ATTENTION_RANK[a] - ATTENTION_RANK[b];
}

/**
 * Progress rank for "improved / worsened": red < amber < green < blue. not-due and
 * unrated are not on this scale (a move to or from them is a change, not better or
 * worse), so they have no rank.
 */
export const PROGRESS_RANK: Readonly<Partial<Record<RatingKey, number>>> = {
  red: 0,
  amber: 1,
  green: 2,
  blue: 3,
};

export type RatingChangeDirection = 'improved' | 'worsened' | 'changed' | 'unchanged';

/** How a rating moved between two snapshots, by the progress scale above. */
export function ratingChangeDirection(from: RatingKey, to: RatingKey): RatingChangeDirection {
  if (from === to) return 'unchanged';
  const a = PROGRESS_RANK[from];
  const b = PROGRESS_RANK[to];
  if (a === undefined || b === undefined) return 'changed';
  return b > a ? 'improved' : 'worsened';
}
