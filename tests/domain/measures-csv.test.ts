import { describe, expect, it } from 'vitest';
import { csvDirection, measuresCsv } from '../../src/domain';
import { measure } from './helpers';

/** Splits a CSV we know has no quoted commas in the checked columns. */
function rows(csv: string): string[][] {
  return csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => line.split(','));
}

describe('measures CSV', () => {
  const m08 = measure({
    id: 'm-08',
    title: 'Assessments in 45 working days',
    unit: 'percent',
    decimals: 1,
    polarity: 'high-is-good',
    target: { value: 90, tolerance: 5 },
    points: [
      { periodEnd: '2023-03-31', value: 76, numerator: 136, denominator: 179 },
      { periodEnd: '2023-11-30', value: 84 },
      { periodEnd: '2023-12-31', value: 86.5, status: 'provisional' },
    ],
    comparators: [{ group: 'England', periodLabel: '2022-23', periodEnd: '2023-03-31', value: 82.9 }],
  });
  const caseloads = measure({
    id: 'm-04',
    title: 'Caseload',
    unit: 'ratio',
    polarity: 'in-range-is-good',
    target: { min: 16, max: 20 },
    points: [
      { periodEnd: '2023-11-30', value: 18.6 },
      { periodEnd: '2023-12-31', value: 18.8 },
    ],
    comparators: [{ group: 'England', periodEnd: '2023-09-30', value: 16.3 }],
  });
  const notCollected = measure({ id: 'm-13', title: 'New', unit: 'count', polarity: 'low-is-good', points: [] });

  it('starts with exactly the agreed columns', () => {
    const [header] = rows(measuresCsv([]));
    expect(header?.slice(0, 13).join(',')).toBe(
      'measure_id,title,unit,polarity,latest_period_end,latest_value,rag,direction,england_period_end,england_value,council_value_same_period,vs_england,vs_england_tested',
    );
  });

  it('writes the figures plainly, with the like-for-like England verdict', () => {
    const [, first, second, third] = rows(measuresCsv([m08, caseloads, notCollected]));
    // m-08: latest 86.5 (Dec 2023) is amber against 90 with tolerance 5, up from 84: improving.
    // England 2022-23 (period end 31 Mar 2023) is set against our March 2023, 76: 82.9 lies above
    // the Wilson interval for 136/179 (69.2 to 81.6), so we are worse, and it was tested.
    expect(first?.slice(0, 13)).toEqual(['m-08', 'Assessments in 45 working days', 'percent', 'high-is-good', '2023-12-31', '86.5', 'amber', 'improving', '2023-03-31', '82.9', '76', 'worse', 'yes']);
    expect(first?.[13]).toBe('Near target');
    // Caseloads: moving within the range is neither better nor worse (no-change); England's period differs.
    expect(second?.slice(0, 13)).toEqual(['m-04', 'Caseload', 'ratio', 'in-range-is-good', '2023-12-31', '18.8', 'green', 'no-change', '2023-09-30', '16.3', '', 'not-compared', 'no']);
    expect(third?.slice(0, 13)).toEqual(['m-13', 'New', 'count', 'low-is-good', '', '', '', 'no-judgement', '', '', '', 'not-compared', 'no']);
    expect(third?.[13]).toBe('Not collected yet');
  });

  it('writes direction as one of the five agreed codes', () => {
    expect(csvDirection('on-target')).toBe('no-change');
    expect(csvDirection('not-significant')).toBe('not-significant');
  });
});
