import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Point, Polarity, Target } from '../../src/api/schemas';
import { type Direction, directionBetween, directionOfTravel, intervalsOverlap } from '../../src/domain';
import { measure, points } from './helpers';

const v = (value: number, lower?: number, upper?: number) => ({ value, ...(lower === undefined ? {} : { lower }), ...(upper === undefined ? {} : { upper }) });

describe('direction of travel by polarity', () => {
  it.each<[Polarity, number, number, Direction]>([
    ['high-is-good', 70, 75, 'improving'],
    ['high-is-good', 75, 70, 'worsening'],
    ['high-is-good', 70, 70, 'no-change'],
    ['low-is-good', 70, 75, 'worsening'],
    ['low-is-good', 75, 70, 'improving'],
    ['low-is-good', 0.3, 0.3, 'no-change'],
    ['no-judgement', 1, 2, 'no-judgement'],
  ])('%s: %d -> %d is %s', (polarity, before, after, expected) => {
    expect(directionBetween(v(before), v(after), polarity)).toBe(expected);
  });

  const range: Target = { min: 16, max: 20 };
  it.each<[number, number, Direction]>([
    [17, 19, 'on-target'],
    [16, 20, 'on-target'],
    [24, 22, 'improving'],
    [22, 24, 'worsening'],
    [12, 15, 'improving'],
    [22, 18, 'improving'],
    [18, 22, 'worsening'],
    [14, 22, 'no-change'], // same distance (2) on either side
    [21, 21, 'no-change'],
    [15.9, 16, 'improving'],
  ])('in-range 16-20: %d -> %d is %s', (before, after, expected) => {
    expect(directionBetween(v(before), v(after), 'in-range-is-good', range)).toBe(expected);
  });

  it('in-range without a usable range is no judgement', () => {
    expect(directionBetween(v(10), v(12), 'in-range-is-good')).toBe('no-judgement');
    expect(directionBetween(v(10), v(12), 'in-range-is-good', { min: 16 })).toBe('no-judgement');
    expect(directionBetween(v(10), v(12), 'in-range-is-good', { min: 20, max: 16 })).toBe('no-judgement');
  });

  it('distances to the range are compared exactly', () => {
    // Range [0.3, 0.5]: 0.1 is 0.2 below and 0.7 is 0.2 above. In floats the distances are
    // 0.19999999999999998 and 0.19999999999999996, which would wrongly read as "nearer".
    expect(0.7 - 0.5 < 0.3 - 0.1).toBe(true);
    expect(directionBetween(v(0.1), v(0.7), 'in-range-is-good', { min: 0.3, max: 0.5 })).toBe('no-change');
  });
});

describe('confidence intervals', () => {
  it.each<[Point['lower'], Point['upper'], Point['lower'], Point['upper'], Direction]>([
    [65, 75, 70, 80, 'not-significant'],
    [65, 70, 70, 80, 'not-significant'], // touching ends overlap
    [60, 69.9, 70, 80, 'improving'],
    [undefined, undefined, 70, 80, 'improving'], // only one point has an interval
    [65, undefined, 70, 80, 'improving'], // incomplete interval
  ])('[%s, %s] vs [%s, %s] -> %s', (l1, u1, l2, u2, expected) => {
    expect(directionBetween(v(68, l1, u1), v(75, l2, u2), 'high-is-good')).toBe(expected);
  });

  it('equal values are no change even with intervals; in-range inside is on target first', () => {
    expect(directionBetween(v(70, 60, 80), v(70, 60, 80), 'high-is-good')).toBe('no-change');
    expect(directionBetween(v(17, 10, 30), v(19, 10, 30), 'in-range-is-good', { min: 16, max: 20 })).toBe('on-target');
    expect(directionBetween(v(24, 10, 30), v(22, 10, 30), 'in-range-is-good', { min: 16, max: 20 })).toBe('not-significant');
  });

  it('overlap is symmetric', () => {
    expect(intervalsOverlap({ lower: 1, upper: 2 }, { lower: 2, upper: 3 })).toBe(true);
    expect(intervalsOverlap({ lower: 2, upper: 3 }, { lower: 1, upper: 2 })).toBe(true);
    expect(intervalsOverlap({ lower: 1, upper: 1.9 }, { lower: 2, upper: 3 })).toBe(false);
  });
});

describe('directionOfTravel over a series', () => {
  it('compares the latest usable point with the usable one before it', () => {
    const m = measure({
      points: [
        { periodEnd: '2023-01-31', value: 60 },
        { periodEnd: '2023-02-28', value: null, status: 'not-available' },
        { periodEnd: '2023-03-31', value: 99, status: 'suppressed' },
        { periodEnd: '2023-04-30', value: 65 },
        { periodEnd: '2023-05-31', value: null },
      ],
    });
    const travel = directionOfTravel(m);
    expect(travel.direction).toBe('improving');
    expect(travel.previous?.periodEnd).toBe('2023-01-31');
    expect(travel.latest?.periodEnd).toBe('2023-04-30');
  });

  it.each([
    ['empty', []],
    ['single point', points(5)],
    ['all null', points(null, null, null)],
    ['one usable', points(null, 3, null)],
  ])('no judgement for %s', (_, series) => {
    expect(directionOfTravel(measure({ points: series })).direction).toBe('no-judgement');
  });
});

describe('direction properties', () => {
  const valueArb = fc.integer({ min: -100000, max: 100000 }).map((n) => n / 100);
  const intervalArb = fc.option(fc.tuple(fc.nat(500), fc.nat(500)), { nil: undefined });
  const pointArb = fc.tuple(valueArb, intervalArb).map(([value, ci]) => (ci ? v(value, value - ci[0] / 100, value + ci[1] / 100) : v(value)));

  it('swapping high and low polarity swaps improving and worsening', () => {
    const swap: Record<Direction, Direction> = {
      improving: 'worsening',
      worsening: 'improving',
      'no-change': 'no-change',
      'on-target': 'on-target',
      'not-significant': 'not-significant',
      'no-judgement': 'no-judgement',
    };
    fc.assert(
      fc.property(pointArb, pointArb, (a, b) => {
        expect(directionBetween(a, b, 'low-is-good')).toBe(swap[directionBetween(a, b, 'high-is-good')]);
      }),
    );
  });

  it('reversing time swaps improving and worsening for every polarity', () => {
    fc.assert(
      fc.property(pointArb, pointArb, fc.constantFrom<Polarity>('high-is-good', 'low-is-good', 'in-range-is-good'), (a, b, polarity) => {
        const target = { min: -10, max: 10 };
        const forward = directionBetween(a, b, polarity, target);
        const backward = directionBetween(b, a, polarity, target);
        if (forward === 'improving') expect(backward).toBe('worsening');
        else if (forward === 'worsening') expect(backward).toBe('improving');
        else expect(backward).toBe(forward);
      }),
    );
  });
});
