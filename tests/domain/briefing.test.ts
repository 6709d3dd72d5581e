import { describe, expect, it } from 'vitest';
import type { Measure, Point } from '../../src/api/schemas';
import {
  NOT_COLLECTED,
  OUTSIDE_CONTROL_FLAG,
  areaSummarySentence,
  briefingGlossary,
  cssString,
  measureInWords,
  printPageCss,
  RATING_LABELS,
  emptyCounts,
  summariseMeasure,
  type RatingCounts,
  type Rollup,
} from '../../src/domain';
import { measure } from './helpers';

function rollup(counts: Partial<RatingCounts>, overdue = 0, invalidDeadlines = 0): Rollup {
  const full = { ...emptyCounts(), ...counts };
  const total = Object.values(full).reduce((a, b) => a + b, 0);
  return { counts: full, total, overdue, dueSoon: 0, invalidDeadlines };
}

describe('areaSummarySentence', () => {
  it.each<[string, Rollup, string]>([
    [
      'the example from the brief',
      rollup({ blue: 3, green: 4, amber: 1, red: 1 }, 2),
      '9 actions: 3 complete and awaiting evidence of impact, 4 on track, 1 delayed, 1 at risk; 2 overdue.',
    ],
    ['zero actions', rollup({}), 'No actions yet.'],
    ['one action, singular', rollup({ green: 1 }), '1 action: 1 on track; none overdue.'],
    ['one overdue', rollup({ red: 1 }, 1), '1 action: 1 at risk; 1 overdue.'],
    ['not yet due and not yet rated', rollup({ 'not-due': 2, unrated: 1 }, 1), '3 actions: 2 not yet due, 1 not yet rated; 1 overdue.'],
    [
      'every category, in key order',
      rollup({ unrated: 1, 'not-due': 1, red: 1, amber: 1, green: 1, blue: 1 }),
      '6 actions: 1 complete and awaiting evidence of impact, 1 on track, 1 delayed, 1 at risk, 1 not yet due, 1 not yet rated; none overdue.',
    ],
    ['zero categories left out', rollup({ blue: 5, red: 2 }, 2), '7 actions: 5 complete and awaiting evidence of impact, 2 at risk; 2 overdue.'],
    [
      'one deadline that is not a real date',
      rollup({ green: 2 }, 0, 1),
      '2 actions: 2 on track; none overdue; 1 with a deadline that is not a real date.',
    ],
    [
      'several deadlines that are not real dates',
      rollup({ amber: 3 }, 1, 2),
      '3 actions: 3 delayed; 1 overdue; 2 with deadlines that are not real dates.',
    ],
  ])('%s', (_, input, expected) => {
    expect(areaSummarySentence(input)).toBe(expected);
  });
});

const p = (periodEnd: string, value: number | null, extra: Partial<Point> = {}): Point => ({ periodEnd, value, ...extra });

function words(m: Measure) {
  return measureInWords(summariseMeasure(m), m);
}

const monthly = (overrides: Partial<Measure>): Measure =>
  measure({ decimals: 1, target: { value: 90, tolerance: 5 }, ...overrides });

describe('measureInWords: the latest figure against the target', () => {
  it.each<[string, Partial<Measure>, string]>([
    [
      'provisional, near target (just below)',
      { points: [p('2023-11-30', 84.7, { periodLabel: 'Nov 2023' }), p('2023-12-31', 86.5, { periodLabel: 'Dec 2023', status: 'provisional' })] },
      '86.5% in Dec 2023 (provisional), below the 90.0% target: near target.',
    ],
    ['off target (below)', { points: [p('2023-12-31', 70, { periodLabel: 'Dec 2023' })] }, '70.0% in Dec 2023, below the 90.0% target: off target.'],
    ['on target (above)', { points: [p('2023-12-31', 91, { periodLabel: 'Dec 2023' })] }, '91.0% in Dec 2023, above the 90.0% target: on target.'],
    ['exactly on target', { points: [p('2023-12-31', 90, { periodLabel: 'Dec 2023' })] }, '90.0% in Dec 2023, meeting the 90.0% target: on target.'],
    ['revised, no label uses the date', { points: [p('2023-12-31', 95, { status: 'revised' })] }, '95.0% in 31 Dec 2023 (revised), above the 90.0% target: on target.'],
    [
      'lower is better, days',
      { unit: 'days', polarity: 'low-is-good', decimals: 0, target: { value: 42, tolerance: 7 }, points: [p('2023-12-31', 45, { periodLabel: 'Dec 2023' })] },
      '45 days in Dec 2023, above the 42-day target: near target.',
    ],
    [
      'lower is better, below the target is good',
      { unit: 'weeks', polarity: 'low-is-good', target: { value: 26 }, points: [p('2023-12-31', 20, { periodLabel: 'Dec 2023' })] },
      '20.0 weeks in Dec 2023, below the 26.0-week target: on target.',
    ],
    [
      'a count target reads as "the target of"',
      { unit: 'count', polarity: 'low-is-good', decimals: 0, target: { value: 0 }, points: [p('2023-12-31', 3, { periodLabel: 'Dec 2023' })] },
      '3 in Dec 2023, above the target of 0: off target.',
    ],
    [
      'rate per 10,000',
      { unit: 'rate-per-10000', polarity: 'low-is-good', target: { value: 50 }, points: [p('2023-12-31', 48.2, { periodLabel: 'Dec 2023' })] },
      '48.2 per 10,000 in Dec 2023, below the 50.0 per 10,000 target: on target.',
    ],
    [
      'within a range',
      { unit: 'ratio', polarity: 'in-range-is-good', target: { min: 16, max: 20, tolerance: 2 }, points: [p('2023-12-31', 18.8, { periodLabel: 'Dec 2023' })] },
      '18.8 in Dec 2023, within the target range of 16.0 to 20.0: on target.',
    ],
    [
      'just above a range',
      { unit: 'ratio', polarity: 'in-range-is-good', target: { min: 16, max: 20, tolerance: 2 }, points: [p('2023-12-31', 21, { periodLabel: 'Dec 2023' })] },
      '21.0 in Dec 2023, above the target range of 16.0 to 20.0: near target.',
    ],
    [
      'below a range',
      { unit: 'ratio', polarity: 'in-range-is-good', target: { min: 16, max: 20, tolerance: 2 }, points: [p('2023-12-31', 12, { periodLabel: 'Dec 2023' })] },
      '12.0 in Dec 2023, below the target range of 16.0 to 20.0: off target.',
    ],
    ['no target', { target: undefined, points: [p('2023-12-31', 50, { periodLabel: 'Dec 2023' })] }, '50.0% in Dec 2023: no target set.'],
    [
      'no judgement (a context figure)',
      { unit: 'currency-gbp', decimals: 0, polarity: 'no-judgement', target: undefined, points: [p('2023-12-31', 4480, { periodLabel: 'Q3 2023-24' })] },
      '£4,480 in Q3 2023-24: no target (a context figure, with no judgement of better or worse).',
    ],
  ])('%s', (_, overrides, headline) => {
    expect(words(monthly(overrides)).headline).toBe(headline);
  });
});

describe('measureInWords: no figure', () => {
  it('says "Not collected yet" when there are no points', () => {
    const w = words(monthly({ points: [] }));
    expect(w.text).toBe(`${NOT_COLLECTED}.`);
    expect(w.direction).toBeNull();
    expect(w.trend).toBeNull();
  });

  it('says "Not collected yet" when every point is not available', () => {
    expect(words(monthly({ points: [p('2023-11-30', null, { status: 'not-available' }), p('2023-12-31', null)] })).text).toBe('Not collected yet.');
  });

  it('says "Not published (small numbers)" when the only figures are suppressed, and never shows the value', () => {
    const w = words(monthly({ points: [p('2023-12-31', 3, { status: 'suppressed' })] }));
    expect(w.text).toBe('Not published (small numbers): no figure published.');
    expect(w.text).not.toContain('3');
  });

  it('names a suppressed latest period and falls back to the latest published figure', () => {
    const w = words(
      monthly({
        points: [p('2023-11-30', 80, { periodLabel: 'Nov 2023' }), p('2023-12-31', 2, { periodLabel: 'Dec 2023', status: 'suppressed' })],
      }),
    );
    expect(w.headline).toBe('Dec 2023: not published (small numbers). Latest figure: 80.0% in Nov 2023, below the 90.0% target: off target.');
    expect(w.text).not.toMatch(/\b2\.0%/);
  });

  it('names a latest period that is not available', () => {
    const w = words(monthly({ points: [p('2023-11-30', 80, { periodLabel: 'Nov 2023' }), p('2023-12-31', null, { periodLabel: 'Dec 2023', status: 'not-available' })] }));
    expect(w.headline).toMatch(/^Dec 2023: not available\. Latest figure: 80\.0% in Nov 2023/);
  });

  it('still gives the comparators for context when there is no figure', () => {
    const w = words(monthly({ points: [], comparators: [{ group: 'England', periodLabel: '2022-23', periodEnd: '2023-03-31', value: 56 }] }));
    expect(w.text).toBe('Not collected yet. England 2022-23: 56.0%; we have no figure to compare.');
  });
});

describe('measureInWords: direction of travel with polarity', () => {
  const twoMonths = (a: number, b: number, extra: Partial<Measure> = {}) =>
    monthly({ points: [p('2023-11-30', a, { periodLabel: 'Nov 2023' }), p('2023-12-31', b, { periodLabel: 'Dec 2023' })], ...extra });

  it.each<[string, Measure, string]>([
    ['improving, higher is better', twoMonths(84.7, 86.5), 'Improving since Nov 2023 (up from 84.7%); higher is better.'],
    ['worsening, higher is better', twoMonths(88, 86.5), 'Worsening since Nov 2023 (down from 88.0%); higher is better.'],
    [
      'improving while going down, lower is better',
      twoMonths(30, 25, { unit: 'days', polarity: 'low-is-good', decimals: 0, target: { value: 20 } }),
      'Improving since Nov 2023 (down from 30 days); lower is better.',
    ],
    ['no change', twoMonths(80, 80), 'No change since Nov 2023 (80.0%).'],
    [
      'moving within a range',
      twoMonths(17, 19, { unit: 'ratio', polarity: 'in-range-is-good', target: { min: 16, max: 20 } }),
      'Within the target range since Nov 2023 (up from 17.0); anywhere in the range counts as on target.',
    ],
    [
      'overlapping confidence intervals',
      monthly({
        points: [
          p('2023-11-30', 86.4, { periodLabel: 'Nov 2023', lower: 80, upper: 90 }),
          p('2023-12-31', 78.6, { periodLabel: 'Dec 2023', lower: 72, upper: 84 }),
        ],
      }),
      'No significant change since Nov 2023 (down from 86.4%): the confidence intervals overlap.',
    ],
    [
      'no judgement',
      twoMonths(4260, 4480, { unit: 'currency-gbp', decimals: 0, polarity: 'no-judgement', target: undefined }),
      'Up from £4,260 in Nov 2023; no judgement of better or worse.',
    ],
  ])('%s', (_, m, direction) => {
    expect(words(m).direction).toBe(direction);
  });

  it('says nothing about direction with a single figure', () => {
    expect(words(monthly({ points: [p('2023-12-31', 80)] })).direction).toBeNull();
  });

  it('skips suppressed points when finding the previous figure', () => {
    const w = words(
      monthly({ points: [p('2023-10-31', 70, { periodLabel: 'Oct 2023' }), p('2023-11-30', 1, { status: 'suppressed' }), p('2023-12-31', 80, { periodLabel: 'Dec 2023' })] }),
    );
    expect(w.direction).toBe('Improving since Oct 2023 (up from 70.0%); higher is better.');
  });
});

describe('measureInWords: earlier years', () => {
  const series = (values: Record<string, number>, extra: Partial<Measure> = {}) =>
    monthly({ points: Object.entries(values).map(([end, v]) => p(end, v)), ...extra });

  it('gives the same month one and two years earlier, with the change in percentage points', () => {
    const w = words(series({ '2021-12-31': 64, '2022-12-31': 71, '2023-11-30': 85, '2023-12-31': 86.5 }));
    expect(w.trend).toBe('Up from 71.0% a year earlier and 64.0% two years earlier (+15.5 percentage points on the year): improving.');
  });

  it('says each move when they differ', () => {
    const w = words(series({ '2021-12-31': 90, '2022-12-31': 71, '2023-11-30': 85, '2023-12-31': 86.5 }));
    expect(w.trend).toBe('Up from 71.0% a year earlier and down from 90.0% two years earlier (+15.5 percentage points on the year): improving.');
  });

  it('gives only a year earlier when two years earlier is missing', () => {
    expect(words(series({ '2022-12-31': 90, '2023-11-30': 85, '2023-12-31': 86.5 })).trend).toBe(
      'Down from 90.0% a year earlier (-3.5 percentage points on the year): worsening.',
    );
  });

  it('gives two years earlier even when a year earlier is missing, without a year-on-year judgement', () => {
    expect(words(series({ '2021-12-31': 80, '2023-11-30': 85, '2023-12-31': 86.5 })).trend).toBe('Up from 80.0% two years earlier.');
  });

  it('says "the same as" a year earlier with no change figure', () => {
    expect(words(series({ '2022-12-31': 86.5, '2023-11-30': 85, '2023-12-31': 86.5 })).trend).toBe('The same as 86.5% a year earlier.');
  });

  it('handles 29 February: Feb 2024 matches Feb 2023 and Feb 2022', () => {
    const w = words(series({ '2022-02-28': 60, '2023-02-28': 70, '2024-01-31': 75, '2024-02-29': 80 }));
    expect(w.trend).toBe('Up from 70.0% a year earlier and 60.0% two years earlier (+10.0 percentage points on the year): improving.');
  });

  it('has no trend without earlier years', () => {
    expect(words(series({ '2023-11-30': 85, '2023-12-31': 86.5 })).trend).toBeNull();
  });

  it('for an annual series, says the previous year once, with the judgement and polarity', () => {
    const m = measure({
      frequency: 'annual',
      decimals: 1,
      target: { value: 85, tolerance: 10 },
      points: [p('2021-03-31', 31, { periodLabel: '2020-21' }), p('2022-03-31', 58, { periodLabel: '2021-22' }), p('2023-03-31', 71, { periodLabel: '2022-23' })],
    });
    const w = words(m);
    expect(w.headline).toBe('71.0% in 2022-23, below the 85.0% target: off target.');
    expect(w.direction).toBeNull();
    expect(w.trend).toBe('Up from 58.0% a year earlier and 31.0% two years earlier (+13.0 percentage points on the year): improving; higher is better.');
  });

  it('lower is better: down is improving over the year', () => {
    const w = words(series({ '2022-12-31': 29.2, '2023-11-30': 19.9, '2023-12-31': 19.4 }, { unit: 'weeks', polarity: 'low-is-good', target: { value: 16 } }));
    expect(w.trend).toBe('Down from 29.2 weeks a year earlier (-9.8 weeks on the year): improving.');
  });
});

describe('measureInWords: comparators', () => {
  const latest = [p('2023-11-30', 84.7), p('2023-12-31', 86.5, { periodLabel: 'Dec 2023' })];
  const groups = (england: number, sn: number, wm: number, period = 'Dec 2023', end = '2023-12-31') => [
    { group: 'England', periodLabel: period, periodEnd: end, value: england },
    { group: 'Statistical neighbours', periodLabel: period, periodEnd: end, value: sn },
    { group: 'West Midlands', periodLabel: period, periodEnd: end, value: wm },
  ];

  it('one sentence per group, same period, untested without an interval', () => {
    expect(words(monthly({ points: latest, comparators: groups(80, 86.5, 90) })).comparators).toBe(
      'Better than England (80.0%, Dec 2023; ours 86.5%, Dec 2023): not tested for significance. ' +
        'Similar to statistical neighbours (86.5%, Dec 2023; ours 86.5%, Dec 2023): not tested for significance. ' +
        'Worse than West Midlands (90.0%, Dec 2023; ours 86.5%, Dec 2023): not tested for significance.',
    );
  });

  it('tested against the Wilson interval of the same period', () => {
    // 90 of 104 is 86.5%; Wilson 95% interval 78.7% to 91.8% by hand, so 88.0% is inside it.
    const points = [p('2023-11-30', 84.7), p('2023-12-31', 86.5, { periodLabel: 'Dec 2023', numerator: 90, denominator: 104 })];
    expect(words(monthly({ points, comparators: groups(88, 78, 93) })).comparators).toBe(
      'Similar to England (88.0%, Dec 2023; ours 86.5%, Dec 2023). ' +
        'Better than statistical neighbours (78.0%, Dec 2023; ours 86.5%, Dec 2023). ' +
        'Worse than West Midlands (93.0%, Dec 2023; ours 86.5%, Dec 2023).',
    );
  });

  it('follows polarity: lower is better', () => {
    const m = monthly({ polarity: 'low-is-good', points: latest, comparators: groups(90, 90, 90) });
    expect(words(m).comparators).toMatch(/^Better than England/);
  });

  it('gives both figures and no verdict when the periods differ', () => {
    const m = monthly({
      points: latest,
      comparators: [
        { group: 'England', periodLabel: '2021-22', periodEnd: '2022-03-31', value: 99 },
        { group: 'England', periodLabel: '2022-23', periodEnd: '2023-03-31', value: 80 },
      ],
    });
    expect(words(m).comparators).toBe('England 2022-23: 80.0%; ours, Dec 2023: 86.5%: not the same period.');
  });

  it('makes no judgement for a range measure', () => {
    const m = monthly({ unit: 'ratio', polarity: 'in-range-is-good', target: { min: 16, max: 20 }, points: latest, comparators: groups(16.3, 16.8, 17.2) });
    expect(words(m).comparators).toBe(
      'England Dec 2023: 16.3; ours, Dec 2023: 86.5: no judgement of better or worse. ' +
        'Statistical neighbours Dec 2023: 16.8; ours, Dec 2023: 86.5: no judgement of better or worse. ' +
        'West Midlands Dec 2023: 17.2; ours, Dec 2023: 86.5: no judgement of better or worse.',
    );
  });

  it('none when there are no comparators', () => {
    expect(words(monthly({ points: latest })).comparators).toBeNull();
  });
});

describe('measureInWords: the whole text and the flag', () => {
  it('joins the sentences in order', () => {
    const m = monthly({
      points: [p('2022-12-31', 71), p('2023-11-30', 84.7, { periodLabel: 'Nov 2023' }), p('2023-12-31', 86.5, { periodLabel: 'Dec 2023', status: 'provisional' })],
      comparators: [{ group: 'England', periodLabel: '2022-23', periodEnd: '2023-03-31', value: 82.9 }],
    });
    expect(words(m).text).toBe(
      '86.5% in Dec 2023 (provisional), below the 90.0% target: near target. Improving since Nov 2023 (up from 84.7%); higher is better. ' +
        'Up from 71.0% a year earlier (+15.5 percentage points on the year): improving. England 2022-23: 82.9%; ours, Dec 2023: 86.5%: not the same period.',
    );
  });

  it.each([
    [true, OUTSIDE_CONTROL_FLAG],
    [false, null],
    [undefined, null],
  ])('outsideControl %s gives the flag %s, kept out of the text', (outsideControl, flag) => {
    const w = words(monthly({ ...(outsideControl === undefined ? {} : { outsideControl }), points: [p('2023-12-31', 80)] }));
    expect(w.flag).toBe(flag);
    expect(w.text).not.toContain('control');
  });

  it('flags a measure that is not collected yet too', () => {
    expect(words(monthly({ outsideControl: true, points: [] })).flag).toBe('Not in the council’s control alone');
  });
});

describe('briefingGlossary', () => {
  const glossary = briefingGlossary({ blue: 'Finished; impact to be tested.', green: '  ' });
  const terms = glossary.map((e) => e.term);

  it.each([
    'BRAG rating',
    'Overdue',
    'Statistical neighbours',
    'Rate per 10,000',
    'Provisional (p)',
    'Suppressed (c)',
    'Percentage points',
    'Direction of travel',
    'EHCP (EHC plan)',
    'PLO (Public Law Outline)',
    'Not in the council’s control alone',
  ])('defines %s', (term) => {
    expect(terms).toContain(term);
    expect(glossary.find((e) => e.term === term)?.definition).toMatch(/\S{3,}/);
  });

  it('states the comparison method in words: same period, 95% interval, Wilson and Byar, untested otherwise', () => {
    const method = glossary.find((e) => e.term === 'Better, similar or worse than England')?.definition ?? '';
    expect(method).toMatch(/only for the same period/);
    expect(method).toMatch(/inside our 95% confidence interval/);
    expect(method).toMatch(/Wilson score interval for a percentage and Byar’s method for a rate per 10,000/);
    expect(method).toMatch(/not tested for significance/);
    expect(method).toMatch(/Fingertips/);
  });

  it('defines every rating in the plan’s words, else the contract’s', () => {
    for (const label of Object.values(RATING_LABELS)) expect(terms.some((t) => t.startsWith(`${label} (`))).toBe(true);
    expect(glossary.find((e) => e.term.startsWith('Complete, impact to test'))).toEqual({
      term: 'Complete, impact to test (blue, ✓)',
      definition: 'Finished; impact to be tested.',
    });
    expect(glossary.find((e) => e.term.startsWith('On track'))?.definition).toBe('Started, on track.');
    expect(terms).toContain('Not yet due (○)');
    expect(terms).toContain('Not rated (–)');
  });

  it('is in alphabetical order with no duplicate terms', () => {
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' })));
    expect(new Set(terms).size).toBe(terms.length);
  });
});

describe('cssString', () => {
  it.each([
    ['plain text', "Children's Services Improvement Plan", '"Children\'s Services Improvement Plan"'],
    ['empty', '', '""'],
    ['double quote', 'The "new" plan', '"The \\"new\\" plan"'],
    ['backslash', 'a\\b', '"a\\\\b"'],
    ['newline', 'line one\nline two', '"line one\\A line two"'],
    ['carriage return and tab', 'a\r\tb', '"a\\D \\9 b"'],
    ['NUL becomes the replacement character', 'a\u0000b', '"a\uFFFDb"'],
    ['DEL', 'a\u007fb', '"a\\7F b"'],
    ['cannot close the style element', '</style><script>', '"\\3C /style>\\3C script>"'],
    ['unicode is kept', 'Plan — “draft” ✓', '"Plan — “draft” ✓"'],
    ['an attempt to end the rule', '"; } body { display: none; } x { content: "', '"\\"; } body { display: none; } x { content: \\""'],
  ])('%s', (_, input, expected) => {
    expect(cssString(input)).toBe(expected);
  });

  it('round-trips through a CSS parser-like unescape', () => {
    const input = 'a"b\\c\nd<e\u0001f';
    const inner = cssString(input).slice(1, -1);
    const unescaped = inner.replace(/\\([0-9A-F]{1,6}) ?|\\(.)/g, (_, hex: string | undefined, ch: string | undefined) =>
      hex ? String.fromCodePoint(parseInt(hex, 16)) : (ch ?? ''),
    );
    expect(unescaped).toBe(input);
    // No unescaped quote can end the string early.
    expect(inner.replace(/\\./g, '')).not.toContain('"');
  });
});

describe('printPageCss', () => {
  it('sets A4 portrait, the margins, the header from escaped strings and "Page N of M"', () => {
    const css = printPageCss({ title: 'The "Plan"', asAt: 'Data as at 12 January 2024, 9:00am' });
    expect(css).toContain('size: A4 portrait;');
    expect(css).toContain('margin: 18mm 15mm 20mm;');
    expect(css).toContain('@top-left { content: "The \\"Plan\\"";');
    expect(css).toContain('@top-right { content: "Data as at 12 January 2024, 9:00am";');
    expect(css).toContain('@bottom-center { content: "Page " counter(page) " of " counter(pages);');
    expect(css).toMatch(/@page :first \{\s+@top-left \{ content: none; \}/);
  });
});
