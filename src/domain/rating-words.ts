/**
 * BRAG ratings as words in a council's spreadsheet: the word written in the Excel
 * export's rating cells, and the words the import accepts (the plan's colour words,
 * the dashboard's own labels, or the contract's values), case and spacing ignored.
 */
import type { NullableRating } from '../api/schemas';
import { RATING_KEYS, RATING_LABELS, type RatingKey, ratingFromKey } from './ratings';

/** The word written in a rating cell (beside its colour). */
export const RATING_WORDS: Readonly<Record<RatingKey, string>> = {
  blue: 'Blue',
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
  'not-due': 'Not yet due',
  unrated: 'Not rated',
};

function normalise(word: string): string {
  return word.toLowerCase().replace(/[^a-z]+/g, ' ').trim();
}

const WORD_TO_KEY = new Map<string, RatingKey>();
for (const key of RATING_KEYS) {
  for (const word of [key, RATING_WORDS[key], RATING_LABELS[key]]) WORD_TO_KEY.set(normalise(word), key);
}
for (const [word, key] of [
  ['not due', 'not-due'],
  ['unrated', 'unrated'],
  ['', 'unrated'],
] as const) {
  WORD_TO_KEY.set(word, key);
}

export type ReadRating = { readonly ok: true; readonly rating: NullableRating } | { readonly ok: false };

/** Blank or "Not rated" is null (not yet rated); an unknown word is not ok (never guessed). */
export function ratingFromWord(word: string): ReadRating {
  const key = WORD_TO_KEY.get(normalise(word));
  return key === undefined ? { ok: false } : { ok: true, rating: ratingFromKey(key) };
}
