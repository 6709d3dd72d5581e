/**
 * The scrutiny briefing in words: plain-English sentences for councillors, built
 * only from figures the rest of the domain already computes (rollups, measure
 * summaries). Nothing here decides a rule; it only says the result.
 *
 * Also the print frame's page header text, written as CSS strings: `@page` margin
 * boxes take only literal strings, so the plan's title has to be escaped into CSS.
 */
import type { Measure, Point, Unit } from '../api/schemas';
import { COMPARATOR_VERDICT_LABELS, type ComparatorResult, type ComparatorVerdict } from './comparators';
import { oneYearEarlier, isIsoDate } from './dates';
import { formatIsoDateShort } from './deadlines';
import { compareExact, subtractExact } from './decimal';
import { DIRECTION_LABELS, type Direction } from './direction';
import { formatMeasureChange, formatMeasureValue, formatNumber, polarityWords } from './measure-format';
import { type ValuedPoint, isUsablePoint } from './measure-points';
import type { MeasureRag } from './measure-rag';
import type { MeasureSummary } from './measure-summary';
import { RATING_KEYS, RATING_SYMBOLS, ratingKeyEntries, type RatingKey } from './ratings';
import type { Rollup } from './rollup-types';
import { pointYearEarlier } from './year-on-year';

// ── Area summary ───────────────────────────────────────────────────────────────

/** Each rating as a councillor would say it of a number of actions ("4 on track"). */
export const SUMMARY_RATING_WORDS: Readonly<Record<RatingKey, string>> = {
  blue: 'complete and awaiting evidence of impact',
  green: 'on track',
  amber: 'delayed',
  red: 'at risk',
  'not-due': 'not yet due',
  unrated: 'not yet rated',
};

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * "9 actions: 3 complete and awaiting evidence of impact, 4 on track, 1 delayed,
 * 1 at risk; 2 overdue." Ratings in key order, zero counts left out, and the
 * overdue count always said ("none overdue"), because "is anything late?" is the
 * question a councillor asks next. Deadlines that are not real dates are named
 * too: they can never count as overdue, so "none overdue" alone would hide them.
 */
export function areaSummarySentence(rollup: Rollup): string {
  if (rollup.total === 0) return 'No actions yet.';
  const ratings = RATING_KEYS.filter((key) => rollup.counts[key] > 0).map((key) => `${rollup.counts[key]} ${SUMMARY_RATING_WORDS[key]}`);
  const facts = [rollup.overdue === 0 ? 'none overdue' : `${rollup.overdue} overdue`];
  if (rollup.invalidDeadlines > 0) {
    facts.push(
      rollup.invalidDeadlines === 1
        ? '1 with a deadline that is not a real date'
        : `${rollup.invalidDeadlines} with deadlines that are not real dates`,
    );
  }
  return `${plural(rollup.total, 'action', 'actions')}: ${ratings.join(', ')}; ${facts.join('; ')}.`;
}

// ── Measures in words ─────────────────────────────────────────────────────────

/** The flag shown beside a measure whose outcome partners, courts or national trends also shape. */
export const OUTSIDE_CONTROL_FLAG = 'Not in the council’s control alone';
export const OUTSIDE_CONTROL_DETAIL = 'Partners, courts, health services or national trends also shape this figure.';
export const NOT_COLLECTED = 'Not collected yet';
export const SUPPRESSED_WORDS = 'not published (small numbers)';

export interface MeasureWords {
  /** The latest figure, its period and where it stands against the target. */
  readonly headline: string;
  /** Direction of travel since the previous figure, with the polarity in words. */
  readonly direction: string | null;
  /** Against the same period one and two years earlier. */
  readonly trend: string | null;
  /** Against England, statistical neighbours and the region. */
  readonly comparators: string | null;
  /** Every sentence above, in order, as one paragraph. */
  readonly text: string;
  /** `OUTSIDE_CONTROL_FLAG` when the measure is marked so; shown apart from the text. */
  readonly flag: string | null;
}

function periodName(point: Pick<Point, 'periodEnd' | 'periodLabel'>): string {
  return point.periodLabel ?? formatIsoDateShort(point.periodEnd);
}

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** "a, b and c". */
function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

function markerWords(point: Pick<Point, 'status'>): string {
  return point.status === 'provisional' ? ' (provisional)' : point.status === 'revised' ? ' (revised)' : '';
}

/** "the 90.0% target", "the 42-day target"; "the target of 0" where a number reads badly as an adjective. */
function targetNoun(value: number, unit: Unit, decimals: number | undefined): string {
  switch (unit) {
    case 'days':
    case 'weeks':
      return `the ${formatNumber(value, decimals)}-${unit === 'days' ? 'day' : 'week'} target`;
    case 'percent':
    case 'rate-per-10000':
      return `the ${formatMeasureValue(value, unit, decimals)} target`;
    case 'count':
    case 'ratio':
    case 'score':
    case 'currency-gbp':
      return `the target of ${formatMeasureValue(value, unit, decimals)}`;
  }
}

/**
 * Where the latest value stands against the target, in words. The RAG (from
 * measure-rag) decides on, near or off target; the side (above or below) is read
 * from the value and the target, so "just below" is only ever said of a near miss.
 */
function targetRelation(measure: Measure, value: number, rag: MeasureRag | null): string {
  const { target, unit, decimals, polarity } = measure;
  if (polarity === 'no-judgement') return 'a context figure with no target';
  if (rag === null || target === undefined) return 'no target set';
  const near = rag === 'amber' ? 'just ' : '';
  if (polarity === 'in-range-is-good' && target.min !== undefined && target.max !== undefined) {
    const range = `the target range of ${formatMeasureValue(target.min, unit, decimals)} to ${formatMeasureValue(target.max, unit, decimals)}`;
    if (rag === 'green') return `within ${range}`;
    return `${near}${compareExact(value, target.min) < 0 ? 'below' : 'above'} ${range}`;
  }
  if (target.value === undefined) return 'no target set';
  const noun = targetNoun(target.value, unit, decimals);
  const order = compareExact(value, target.value);
  if (order === 0) return `meeting ${noun}`;
  return `${near}${order > 0 ? 'above' : 'below'} ${noun}`;
}

/** "up from", "down from", "the same as". */
function moveWords(latest: number, earlier: number): string {
  const order = compareExact(latest, earlier);
  return order > 0 ? 'up from' : order < 0 ? 'down from' : 'the same as';
}

function polarityClause(measure: Measure): string {
  return polarityWords(measure.polarity);
}

function directionSentence(measure: Measure, latest: ValuedPoint, previous: ValuedPoint, direction: Direction): string {
  const fmt = (v: number) => formatMeasureValue(v, measure.unit, measure.decimals);
  const since = `since ${periodName(previous)}`;
  const move = `${moveWords(latest.value, previous.value)} ${fmt(previous.value)}`;
  switch (direction) {
    case 'improving':
    case 'worsening':
      return `${capitalise(DIRECTION_LABELS[direction])} ${since} (${move}); ${polarityClause(measure)}.`;
    case 'no-change':
      return `No change ${since} (${fmt(previous.value)}).`;
    case 'on-target':
      return `Within the target range ${since} (${move}); anywhere in the range counts as on target.`;
    case 'not-significant':
      return `No significant change ${since} (${move}): the confidence intervals overlap.`;
    case 'no-judgement':
      return `${capitalise(move)} in ${periodName(previous)}; ${polarityClause(measure)}.`;
  }
}

const ONE_YEAR = 'a year earlier';
const TWO_YEARS = 'two years earlier';

interface Earlier {
  readonly point: ValuedPoint;
  readonly words: string;
}

/** The usable points exactly one and two years before the latest (month-ends match month-ends). */
function earlierYears(measure: Measure, latest: ValuedPoint): Earlier[] {
  if (!isIsoDate(latest.periodEnd)) return [];
  const oneYear = pointYearEarlier(measure, latest);
  const twoYears = pointYearEarlier(measure, { periodEnd: oneYearEarlier(latest.periodEnd) });
  const found: Earlier[] = [];
  if (oneYear) found.push({ point: oneYear, words: ONE_YEAR });
  if (twoYears) found.push({ point: twoYears, words: TWO_YEARS });
  return found;
}

/** Judgement words for the trend sentence; null when there is nothing to judge. */
function trendJudgement(direction: Direction): string | null {
  switch (direction) {
    case 'improving':
    case 'worsening':
    case 'not-significant':
      return DIRECTION_LABELS[direction];
    case 'on-target':
      return 'within the target range';
    case 'no-change':
    case 'no-judgement':
      return null;
  }
}

function trendSentence(
  measure: Measure,
  latest: ValuedPoint,
  earlier: readonly Earlier[],
  direction: Direction | null,
  withPolarity: boolean,
): string | null {
  if (earlier.length === 0) return null;
  const fmt = (v: number) => formatMeasureValue(v, measure.unit, measure.decimals);
  let previousMove = '';
  const parts = earlier.map(({ point, words }) => {
    const move = moveWords(latest.value, point.value);
    // "up from 71% a year earlier and 64% two years earlier": say the move once when it repeats.
    const text = move === previousMove ? `${fmt(point.value)} ${words}` : `${move} ${fmt(point.value)} ${words}`;
    previousMove = move;
    return text;
  });
  let sentence = capitalise(joinWords(parts));
  const first = earlier[0];
  if (first && first.words === ONE_YEAR && compareExact(latest.value, first.point.value) !== 0) {
    sentence += ` (${formatMeasureChange(subtractExact(latest.value, first.point.value), measure.unit, measure.decimals)} on the year)`;
  }
  const judgement = direction === null ? null : trendJudgement(direction);
  if (judgement) sentence += `: ${judgement}`;
  if (withPolarity && measure.polarity !== 'in-range-is-good') sentence += `; ${polarityClause(measure)}`;
  return `${sentence}.`;
}

/** "Statistical neighbours" reads as a common noun in a sentence; place names keep their capitals. */
function groupInSentence(group: string): string {
  return /^statistical neighbours?\b/i.test(group) ? `${group.charAt(0).toLowerCase()}${group.slice(1)}` : group;
}

function comparatorPeriod(result: ComparatorResult): string {
  const { comparator } = result;
  return comparator.periodLabel ?? (comparator.periodEnd ? formatIsoDateShort(comparator.periodEnd) : '');
}

/**
 * "Better than England (82.9%), statistical neighbours (85.1%) and West Midlands
 * (80.4%), using their 2022-23 figures." Groups with the same verdict are said
 * together, verdicts in the order they first appear.
 */
function comparatorsSentence(measure: Measure, results: readonly ComparatorResult[]): string | null {
  if (results.length === 0) return null;
  const fmt = (v: number) => formatMeasureValue(v, measure.unit, measure.decimals);
  const periods = new Set(results.map(comparatorPeriod));
  const shared = periods.size === 1 ? [...periods][0] : undefined;
  const item = (result: ComparatorResult) => {
    const period = comparatorPeriod(result);
    const figure = shared === undefined && period ? `${fmt(result.comparator.value)}, ${period}` : fmt(result.comparator.value);
    return `${groupInSentence(result.comparator.group)} (${figure})`;
  };
  const byVerdict = new Map<ComparatorVerdict, string[]>();
  for (const result of results) {
    const list = byVerdict.get(result.verdict) ?? [];
    list.push(item(result));
    byVerdict.set(result.verdict, list);
  }
  const clauses = [...byVerdict].map(([verdict, items]) =>
    verdict === 'no-judgement' ? `for comparison: ${joinWords(items)}` : `${COMPARATOR_VERDICT_LABELS[verdict]} ${joinWords(items)}`,
  );
  const suffix = shared ? `, using their ${shared} figures` : '';
  return `${capitalise(clauses.join('; '))}${suffix}.`;
}

/**
 * A measure as a councillor would want it read out:
 * "86.5% in Dec 2023 (provisional), below the 90.0% target. Improving since Nov 2023
 * (up from 85.1%); higher is better. Up from 71.0% a year earlier and 64.0% two years
 * earlier (+15.5 percentage points on the year): improving. Better than England
 * (82.9%), statistical neighbours (85.1%) and West Midlands (80.4%), using their
 * 2022-23 figures."
 * Suppressed figures are "not published (small numbers)" and never shown; a measure
 * with no figures is "Not collected yet". `outsideControl` is a separate flag.
 */
export function measureInWords(summary: MeasureSummary, measure: Measure = summary.measure): MeasureWords {
  const { latest, rag, travel, yearOnYear, comparators } = summary;
  const flag = measure.outsideControl ? OUTSIDE_CONTROL_FLAG : null;
  const comparatorText = comparatorsSentence(measure, comparators);
  const lastPoint = measure.points.at(-1);

  if (latest === null) {
    const anySuppressed = measure.points.some((p) => p.status === 'suppressed');
    const headline = anySuppressed ? `${capitalise(SUPPRESSED_WORDS)}.` : `${NOT_COLLECTED}.`;
    const text = [headline, comparatorText].filter((s): s is string => s !== null).join(' ');
    return { headline, direction: null, trend: null, comparators: comparatorText, text, flag };
  }

  const fmt = (v: number) => formatMeasureValue(v, measure.unit, measure.decimals);
  let headline = `${fmt(latest.value)} in ${periodName(latest)}${markerWords(latest)}, ${targetRelation(measure, latest.value, rag)}.`;
  if (lastPoint && lastPoint !== latest && !isUsablePoint(lastPoint)) {
    const why = lastPoint.status === 'suppressed' ? SUPPRESSED_WORDS : 'not available';
    headline = `${capitalise(periodName(lastPoint))}: ${why}. Latest figure: ${headline}`;
  }

  const earlier = earlierYears(measure, latest);
  const previous = travel.previous && isUsablePoint(travel.previous) ? travel.previous : null;
  // For annual series the previous figure is the year-earlier one: say it once, in the trend.
  const previousIsEarlierYear = previous !== null && earlier.some((e) => e.point.periodEnd === previous.periodEnd);
  const direction = previous && !previousIsEarlierYear ? directionSentence(measure, latest, previous, travel.direction) : null;
  const trendDirection = yearOnYear?.direction ?? (previousIsEarlierYear ? travel.direction : null);
  const trend = trendSentence(measure, latest, earlier, trendDirection, direction === null);

  const text = [headline, direction, trend, comparatorText].filter((s): s is string => s !== null).join(' ');
  return { headline, direction, trend, comparators: comparatorText, text, flag };
}

// ── Glossary ──────────────────────────────────────────────────────────────────

export interface GlossaryEntry {
  readonly term: string;
  readonly definition: string;
}

const GLOSSARY: readonly GlossaryEntry[] = [
  {
    term: 'BRAG rating',
    definition:
      'Blue, red, amber or green: the rating each action is given at every review, to show whether it is complete, on track, delayed or at risk. Every rating is also written in words with its own shape, so nothing depends on colour.',
  },
  {
    term: 'Overdue',
    definition:
      'The action’s deadline has passed and it is not rated complete (blue). A deadline given as a month means the last day of that month. Deadlines written only in words, such as “Spring 2024” or “Ongoing”, are never counted as overdue.',
  },
  {
    term: 'Area for improvement',
    definition:
      'One of the things the Ofsted inspection (or the peer review, for SEND) said the council must improve. The plan groups its actions under these areas.',
  },
  {
    term: 'Measures that matter',
    definition: 'The figures the plan uses to show whether the actions are making a difference for children.',
  },
  {
    term: 'On target, near target, off target',
    definition:
      'Where the latest figure stands against the target the plan sets. “Near target” means it misses the target but is within the margin the plan allows; the briefing says “just below” or “just above” for these.',
  },
  {
    term: 'Direction of travel',
    definition:
      'Whether the latest figure is better or worse than the one before it. “Up” is not always better: for some measures (such as waiting times) lower is better, so the briefing says “improving” or “worsening” rather than only “up” or “down”.',
  },
  {
    term: 'A year earlier, two years earlier',
    definition: 'The figure for the same period one or two years before the latest one (for example December 2022 against December 2023), so that seasonal patterns do not mislead.',
  },
  {
    term: 'England',
    definition: 'The average for all councils in England, from the latest published national statistics.',
  },
  {
    term: 'Statistical neighbours',
    definition:
      'The ten councils most similar to this one in population and need, as chosen by the Department for Education. The figure is their average. Published comparisons usually lag a year or more behind the council’s own figures.',
  },
  {
    term: 'Region',
    definition: 'The average for the councils in the same region of England (for example the West Midlands).',
  },
  {
    term: 'Rate per 10,000',
    definition: 'The number of children affected for every 10,000 children under 18 living in the area, so that councils of different sizes can be compared.',
  },
  {
    term: 'Percentage points',
    definition:
      'The difference between two percentages: a rise from 70% to 75% is 5 percentage points (not 5%).',
  },
  {
    term: 'Provisional (p)',
    definition: 'A figure that has not yet been checked and finalised; it may change.',
  },
  {
    term: 'Revised (r)',
    definition: 'A figure that has been corrected since it was first reported.',
  },
  {
    term: 'Suppressed (c)',
    definition:
      'Not published because the numbers are so small that children could be identified. The briefing says “not published (small numbers)” and never uses the figure.',
  },
  {
    term: 'Not available (n/a)',
    definition: 'No figure exists for that period, for example before the council started collecting it.',
  },
  {
    term: 'No significant change',
    definition:
      'The figure has moved, but by less than chance alone could explain: the two figures’ confidence intervals (the range the true value is likely to lie in) overlap.',
  },
  {
    term: 'Not in the council’s control alone',
    definition:
      'The outcome also depends on partners such as the NHS, schools, the police or the courts, or on national trends. The council is still accountable for its own part.',
  },
  { term: 'EHCP (EHC plan)', definition: 'Education, health and care plan: the legal document setting out the support a child or young person with special educational needs must receive.' },
  { term: 'SEND', definition: 'Special educational needs and disabilities.' },
  {
    term: 'PLO (Public Law Outline)',
    definition:
      'The process a council must follow before it applies to court to take a child into care, including a formal meeting with the parents to try to avoid proceedings.',
  },
  {
    term: 'MASH',
    definition: 'Multi-Agency Safeguarding Hub: where the council, police and health services share information on concerns about a child and decide what should happen.',
  },
  { term: 'Early Help', definition: 'Support offered to families early, before problems become serious enough to need a social worker.' },
  { term: 'Children in care', definition: 'Children looked after by the council, for example in foster care or a children’s home.' },
  { term: 'Care leavers', definition: 'Young people aged 16 to 25 who have been in care and to whom the council still owes support.' },
  {
    term: 'Principal Social Worker (PSW)',
    definition: 'A senior social worker who leads on the quality of social work practice across the council.',
  },
  {
    term: 'Safeguarding Children Partnership',
    definition: 'The council, police and NHS working together, as the law requires, to keep children in the area safe.',
  },
  { term: 'Quality assurance (QA)', definition: 'Checking the quality of work, for example by auditing a sample of children’s records.' },
  { term: 'Financial year', definition: 'April to March, written as “2023-24”. Quarters are numbered from April: Q3 2023-24 is October to December 2023.' },
  { term: 'Improvement Board', definition: 'The independently chaired board that reviews progress on the plan every month.' },
];

const BRAG_COLOURS = { blue: true, red: true, amber: true, green: true } as const;

/**
 * The glossary the briefing ends with: every rating in the plan's own words (as in
 * the key), then the terms above, alphabetically, so a reader can find a term.
 */
export function briefingGlossary(planDefinitions?: Readonly<Record<string, string>>): GlossaryEntry[] {
  const ratings = ratingKeyEntries(planDefinitions).map((entry) => ({
    term: `${entry.label} (${entry.key in BRAG_COLOURS ? `${entry.key}, ` : ''}${RATING_SYMBOLS[entry.key]})`,
    definition: entry.definition,
  }));
  const terms = [...ratings, ...GLOSSARY];
  return terms.sort((a, b) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base' }));
}

// ── Print header and footer ───────────────────────────────────────────────────

/**
 * A value as a CSS string literal, in double quotes. Backslash and double quote are
 * escaped; control characters (newlines included) become hex escapes such as
 * `\A ` (the space ends the escape); NUL, which CSS cannot carry, becomes U+FFFD;
 * and `<` is escaped too, so the text can never close the `<style>` element it is
 * written into.
 */
export function cssString(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\' || ch === '"') out += `\\${ch}`;
    else if (code === 0) out += '\uFFFD';
    else if (code < 0x20 || code === 0x7f || ch === '<') out += `\\${code.toString(16).toUpperCase()} `;
    else out += ch;
  }
  return `${out}"`;
}

export interface PrintHeader {
  /** Top left of every page but the cover: the plan's title. */
  readonly title: string;
  /** Top right: "Data as at 12 January 2024, 9:00am". */
  readonly asAt: string;
}

/**
 * The `@page` rules for an A4 portrait printout: the plan and "data as at" in the
 * top margin, "Page N of M" at the foot. The cover carries both in full, so its
 * header is left empty.
 */
export function printPageCss({ title, asAt }: PrintHeader): string {
  return [
    '@page {',
    '  size: A4 portrait;',
    '  margin: 18mm 15mm 20mm;',
    `  @top-left { content: ${cssString(title)}; font: 9pt system-ui, sans-serif; color: #484949; }`,
    `  @top-right { content: ${cssString(asAt)}; font: 9pt system-ui, sans-serif; color: #484949; }`,
    '  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 9pt system-ui, sans-serif; color: #484949; }',
    '}',
    '@page :first {',
    '  @top-left { content: none; }',
    '  @top-right { content: none; }',
    '}',
  ].join('\n');
}
