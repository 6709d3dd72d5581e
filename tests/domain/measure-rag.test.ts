import { describe, expect, it } from 'vitest';
import type { Measure, Target } from '../../src/api/schemas';
import { measureRag, ragForValue } from '../../src/domain';
import { measure, points } from './helpers';

const high = (target: Target) => ({ polarity: 'high-is-good' as const, target });
const low = (target: Target) => ({ polarity: 'low-is-good' as const, target });
const range = (target: Target) => ({ polarity: 'in-range-is-good' as const, target });

describe('high-is-good: green v >= T, amber T - t <= v < T, red v < T - t', () => {
  it.each([
    [90, 'green'],
    [90.01, 'green'],
    [89.99, 'amber'],
    [85, 'amber'], // exactly T - t
    [84.99, 'red'],
  ])('T 90 t 5, v %d -> %s', (v, expected) => {
    expect(ragForValue(v, high({ value: 90, tolerance: 5 }))).toBe(expected);
  });

  it.each([
    [89.9, 'amber'], // exactly T - t with decimals: 90 - 0.1
    [89.89, 'red'],
    [89.95, 'amber'],
  ])('T 90 t 0.1, v %d -> %s (decimal boundary)', (v, expected) => {
    expect(ragForValue(v, high({ value: 90, tolerance: 0.1 }))).toBe(expected);
  });

  it.each([
    // In floats 0.8 - 0.1 = 0.7000000000000001 > 0.7, so a float test would call 0.7 red.
    [0.7, 'amber'],
    [0.69999, 'red'],
    [0.8, 'green'],
  ])('T 0.8 t 0.1, v %d -> %s (float trap)', (v, expected) => {
    expect(0.8 - 0.1 > 0.7).toBe(true);
    expect(ragForValue(v, high({ value: 0.8, tolerance: 0.1 }))).toBe(expected);
  });

  it('T 0.4 t 0.3, v 0.1 is amber although 0.4 - 0.3 = 0.10000000000000003 in floats', () => {
    expect(ragForValue(0.1, high({ value: 0.4, tolerance: 0.3 }))).toBe('amber');
  });

  it('tolerance defaults to 0: anything below T is red', () => {
    expect(ragForValue(90, high({ value: 90 }))).toBe('green');
    expect(ragForValue(89.99, high({ value: 90 }))).toBe('red');
  });
});

describe('low-is-good: green v <= T, amber T < v <= T + t, red v > T + t', () => {
  it.each([
    [20, 'green'],
    [19, 'green'],
    [20.01, 'amber'],
    [22, 'amber'],
    [22.01, 'red'],
  ])('T 20 t 2, v %d -> %s', (v, expected) => {
    expect(ragForValue(v, low({ value: 20, tolerance: 2 }))).toBe(expected);
  });

  it.each([
    // In floats 0.1 + 0.7 = 0.7999999999999999 < 0.8, so a float test would call 0.8 red.
    [0.8, 'amber'],
    [0.80001, 'red'],
    [0.1, 'green'],
    [0.10001, 'amber'],
  ])('T 0.1 t 0.7, v %d -> %s (float trap)', (v, expected) => {
    expect(0.1 + 0.7 < 0.8).toBe(true);
    expect(ragForValue(v, low({ value: 0.1, tolerance: 0.7 }))).toBe(expected);
  });

  it('T 20 t 0.1, v 20.1 is amber (exactly T + t)', () => {
    expect(ragForValue(20.1, low({ value: 20, tolerance: 0.1 }))).toBe('amber');
    expect(ragForValue(20.11, low({ value: 20, tolerance: 0.1 }))).toBe('red');
  });
});

describe('in-range-is-good: green inside [min, max], amber within t outside, red beyond', () => {
  it.each([
    [16, 'green'],
    [20, 'green'],
    [18, 'green'],
    [15, 'amber'],
    [14, 'amber'],
    [13.99, 'red'],
    [21, 'amber'],
    [22, 'amber'],
    [22.01, 'red'],
  ])('16-20 t 2, v %d -> %s', (v, expected) => {
    expect(ragForValue(v, range({ min: 16, max: 20, tolerance: 2 }))).toBe(expected);
  });

  it.each([
    [15.9, 'amber'],
    [20.1, 'amber'],
    [15.89, 'red'],
    [20.11, 'red'],
  ])('16-20 t 0.1, v %d -> %s (decimal boundary)', (v, expected) => {
    expect(ragForValue(v, range({ min: 16, max: 20, tolerance: 0.1 }))).toBe(expected);
  });

  it('exact at both amber edges where floats miss them', () => {
    // min - t: 0.8 - 0.1 is 0.7000000000000001 in floats.
    expect(ragForValue(0.7, range({ min: 0.8, max: 0.9, tolerance: 0.1 }))).toBe('amber');
    // max + t: 0.1 + 0.7 is 0.7999999999999999 in floats.
    expect(ragForValue(0.8, range({ min: 0.05, max: 0.1, tolerance: 0.7 }))).toBe('amber');
  });

  it('without tolerance, outside is red; a one-point range works', () => {
    expect(ragForValue(15.99, range({ min: 16, max: 20 }))).toBe('red');
    expect(ragForValue(0, range({ min: 0, max: 0 }))).toBe('green');
  });
});

describe('no rating', () => {
  it.each<[string, Pick<Measure, 'polarity' | 'target'>]>([
    ['no-judgement', { polarity: 'no-judgement', target: { value: 5 } }],
    ['no target', { polarity: 'high-is-good' }],
    ['high without value', { polarity: 'high-is-good', target: { min: 1, max: 2 } }],
    ['low without value', { polarity: 'low-is-good', target: { tolerance: 1 } }],
    ['range without max', { polarity: 'in-range-is-good', target: { min: 16 } }],
    ['range with min above max', { polarity: 'in-range-is-good', target: { min: 20, max: 16 } }],
  ])('%s', (_, m) => {
    expect(ragForValue(10, m)).toBeNull();
  });

  it('uses the latest usable value; null when there is none', () => {
    const target = { value: 90, tolerance: 5 };
    expect(measureRag(measure({ target, points: points(95, 80, null) }))).toBe('red');
    expect(measureRag(measure({ target, points: [] }))).toBeNull();
    expect(measureRag(measure({ target, points: points(null, null) }))).toBeNull();
    expect(
      measureRag(measure({ target, points: [{ periodEnd: '2023-01-31', value: 95 }, { periodEnd: '2023-02-28', value: 10, status: 'suppressed' }] })),
    ).toBe('green');
  });
});
