import { describe, expect, it } from 'vitest';
import {
  ATTENTION_ORDER,
  RATING_KEYS,
  RATING_LABELS,
  RATING_SYMBOLS,
  type RatingKey,
  compareByAttention,
  isRatingKey,
  ratingChangeDirection,
  ratingDefinition,
  ratingFromKey,
  ratingKey,
  ratingKeyEntries,
} from '../../src/domain';

describe('ratings', () => {
  it('has the design words and symbols', () => {
    expect(RATING_LABELS).toEqual({
      blue: 'Complete, impact to test',
      green: 'On track',
      amber: 'Some delay',
      red: 'At risk',
      'not-due': 'Not yet due',
      unrated: 'Not rated',
    });
    expect(RATING_SYMBOLS).toEqual({ blue: '✓', green: '●', amber: '▲', red: '■', 'not-due': '○', unrated: '–' });
  });

  it('keys null as unrated and back', () => {
    expect(ratingKey(null)).toBe('unrated');
    expect(ratingKey(undefined)).toBe('unrated');
    expect(ratingKey('red')).toBe('red');
    expect(ratingFromKey('unrated')).toBeNull();
    expect(ratingFromKey('not-due')).toBe('not-due');
    expect(isRatingKey('unrated')).toBe(true);
    expect(isRatingKey('purple')).toBe(false);
  });

  it('uses the plan definitions where given, else the contract', () => {
    const defs = { green: ' Activity started and on track ', red: '   ', unrated: 'Awaiting first rating' };
    expect(ratingDefinition('green', defs)).toBe('Activity started and on track');
    expect(ratingDefinition('red', defs)).toBe('Not started when due, stalled or stopped; significant risk.');
    expect(ratingDefinition('unrated', defs)).toBe('Awaiting first rating');
    expect(ratingDefinition('unrated', { null: 'Not yet rated by the board' })).toBe('Not yet rated by the board');
    expect(ratingDefinition('blue')).toBe('Completed as planned; impact to be tested.');
    expect(ratingKeyEntries(defs).map((e) => e.key)).toEqual([...RATING_KEYS]);
    expect(ratingKeyEntries(defs)[1]).toEqual({ key: 'green', label: 'On track', symbol: '●', definition: 'Activity started and on track' });
  });

  it('sorts by attention: red, amber, green, blue, not-due, unrated', () => {
    const shuffled: RatingKey[] = ['unrated', 'blue', 'not-due', 'green', 'red', 'amber'];
    expect(shuffled.sort(compareByAttention)).toEqual([...ATTENTION_ORDER]);
  });

  it.each<[RatingKey, RatingKey, string]>([
    ['red', 'amber', 'improved'],
    ['amber', 'blue', 'improved'],
    ['green', 'red', 'worsened'],
    ['blue', 'green', 'worsened'],
    ['not-due', 'green', 'changed'],
    ['red', 'not-due', 'changed'],
    ['unrated', 'red', 'changed'],
    ['blue', 'unrated', 'changed'],
    ['amber', 'amber', 'unchanged'],
    ['unrated', 'unrated', 'unchanged'],
  ])('%s -> %s is %s', (from, to, direction) => {
    expect(ratingChangeDirection(from, to)).toBe(direction);
  });
});
