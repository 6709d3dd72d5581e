import { describe, expect, it } from 'vitest';
import { lastTwoPoints, latestPoint, pointMarker, usablePoints } from '../../src/domain';
import { measure } from './helpers';

describe('usable points', () => {
  const m = measure({
    points: [
      { periodEnd: '2023-01-31', value: 1 },
      { periodEnd: '2023-02-28', value: 2, status: 'provisional' },
      { periodEnd: '2023-03-31', value: 3, status: 'suppressed' },
      { periodEnd: '2023-04-30', value: null, status: 'not-available' },
      { periodEnd: '2023-05-31', value: null },
    ],
  });

  it('skips suppressed, not-available and null points', () => {
    expect(usablePoints(m).map((p) => p.value)).toEqual([1, 2]);
    expect(latestPoint(m)?.value).toBe(2);
    expect(lastTwoPoints(m)).toMatchObject({ latest: { value: 2 }, previous: { value: 1 } });
  });

  it('handles empty, single and all-null series', () => {
    expect(latestPoint(measure())).toBeNull();
    expect(lastTwoPoints(measure({ points: [{ periodEnd: '2023-01-31', value: 5 }] }))).toMatchObject({ latest: { value: 5 }, previous: null });
    expect(lastTwoPoints(measure({ points: [{ periodEnd: '2023-01-31', value: null }] }))).toEqual({ latest: null, previous: null });
  });

  it('marks provisional and revised', () => {
    expect([pointMarker({ status: 'provisional' }), pointMarker({ status: 'revised' }), pointMarker({ status: 'final' }), pointMarker({})]).toEqual(['p', 'r', '', '']);
  });
});
