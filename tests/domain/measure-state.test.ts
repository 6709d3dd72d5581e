import { describe, expect, it } from 'vitest';
import {
  deliveryAndOutcomes,
  MEASURE_STATE_LABELS,
  measureState,
  measureStateCounts,
  measureStateCountsByArea,
  measuresStatusWords,
} from '../../src/domain';
import { measure } from './helpers';

const target = { value: 90, tolerance: 5 };
const at = (value: number | null, status?: 'suppressed' | 'not-available') => ({ periodEnd: '2024-03-31', value, ...(status ? { status } : {}) });

describe('measure state: one vocabulary', () => {
  it.each([
    ['on target', measure({ target, points: [at(91)] }), 'on-target', 'On target'],
    ['near target (amber)', measure({ target, points: [at(86)] }), 'near-target', 'Near target'],
    ['off target (red)', measure({ target, points: [at(84.9)] }), 'off-target', 'Off target'],
    ['a figure but no target', measure({ points: [at(50)] }), 'no-target', 'No target'],
    ['no-judgement polarity', measure({ polarity: 'no-judgement', target, points: [at(50)] }), 'no-target', 'No target'],
    ['no points', measure({ target, points: [] }), 'not-collected', 'Not collected yet'],
    ['only not-available points', measure({ target, points: [at(null, 'not-available'), at(null)] }), 'not-collected', 'Not collected yet'],
    ['only suppressed figures', measure({ target, points: [at(3, 'suppressed')] }), 'no-figure', 'No figure published'],
  ] as const)('%s', (_, m, state, label) => {
    expect(measureState(m)).toBe(state);
    expect(MEASURE_STATE_LABELS[state]).toBe(label);
  });

  it('counts near and off target as not meeting the target, per area too', () => {
    const measures = [
      measure({ id: 'a', areaIds: ['x'], target, points: [at(91)] }),
      measure({ id: 'b', areaIds: ['x', 'y'], target, points: [at(86)] }),
      measure({ id: 'c', areaIds: ['y', 'y'], target, points: [at(10)] }),
      measure({ id: 'd', areaIds: ['y'], points: [] }),
    ];
    const all = measureStateCounts(measures);
    expect(all.total).toBe(4);
    expect(all.notMeeting).toBe(2);
    const byArea = measureStateCountsByArea(measures);
    expect(byArea.get('x')).toMatchObject({ total: 2, notMeeting: 1 });
    // A measure listed twice under one area counts once.
    expect(byArea.get('y')).toMatchObject({ total: 3, notMeeting: 2 });
    expect(measureStateCounts([])).toMatchObject({ total: 0, notMeeting: 0 });
    expect(measureStateCountsByArea([]).size).toBe(0);
  });
});

describe('delivery and outcomes side by side', () => {
  const counts = (states: Parameters<typeof measureStateCounts>[0]) => measureStateCounts(states);

  it('an area with every action on track and every measure missing its target says both', () => {
    const missing = counts([measure({ target, points: [at(80)] }), measure({ target, points: [at(86)] })]);
    expect(deliveryAndOutcomes('green', missing).text).toBe('Actions: on track · Measures: 2 of 2 not meeting target');
  });

  it.each([
    [[measure({ target, points: [at(95)] })], 'on target'],
    [[measure({ target, points: [at(95)] }), measure({ target, points: [at(99)] })], 'all 2 on target'],
    [[measure({ target, points: [at(95)] }), measure({ points: [at(5)] })], '1 of 2 on target, none missing it'],
    [[measure({ points: [] })], 'none judged against a target yet'],
    [[], 'no measures linked'],
  ])('measures: %#', (measures, words) => {
    expect(measuresStatusWords(counts(measures))).toBe(words);
  });

  it('says nothing of the measures while they are unknown', () => {
    expect(deliveryAndOutcomes('blue', null)).toEqual({ actions: 'complete, impact to test', measures: null, text: 'Actions: complete, impact to test' });
    expect(deliveryAndOutcomes('red', undefined).text).toBe('Actions: at risk · Measures: no measures linked');
  });
});
