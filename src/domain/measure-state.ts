/**
 * The one vocabulary for where a measure stands. Every card, table, list, sentence,
 * print and CSV says a measure's state with these words, so a measure is never
 * "off target" on one page and "near target" on another.
 *
 * - on / near / off target: the latest usable value's RAG against the target
 *   (measure-rag.ts: green, amber, red);
 * - no target: a latest value but nothing to judge it by (no target, a malformed
 *   range, or a no-judgement measure);
 * - not collected yet: no figures at all (no points, or only empty and not-available ones);
 * - no figure published: the figures there are all suppressed (small numbers).
 * "Not meeting the target" (the counts on cards and in the board pack) is near plus off.
 */
import type { Measure } from '../api/schemas';
import { type MeasureRag, measureRag } from './measure-rag';
import { latestPoint } from './measure-points';

export type MeasureState = 'on-target' | 'near-target' | 'off-target' | 'no-target' | 'not-collected' | 'no-figure';

export const MEASURE_STATES: readonly MeasureState[] = ['on-target', 'near-target', 'off-target', 'no-target', 'not-collected', 'no-figure'];

export const MEASURE_STATE_LABELS: Readonly<Record<MeasureState, string>> = {
  'on-target': 'On target',
  'near-target': 'Near target',
  'off-target': 'Off target',
  'no-target': 'No target',
  'not-collected': 'Not collected yet',
  'no-figure': 'No figure published',
};

export const MEASURE_STATE_SYMBOLS: Readonly<Record<MeasureState, string>> = {
  'on-target': '●',
  'near-target': '▲',
  'off-target': '■',
  'no-target': '–',
  'not-collected': '○',
  'no-figure': 'c',
};

const STATE_OF_RAG: Readonly<Record<MeasureRag, MeasureState>> = { green: 'on-target', amber: 'near-target', red: 'off-target' };

/** The state of a measure from its points and its RAG (pass the RAG when already computed). */
export function measureState(measure: Pick<Measure, 'points' | 'polarity' | 'target'>, rag: MeasureRag | null = measureRag(measure)): MeasureState {
  if (latestPoint(measure) === null) return measure.points.some((p) => p.status === 'suppressed') ? 'no-figure' : 'not-collected';
  return rag === null ? 'no-target' : STATE_OF_RAG[rag];
}

/** The state's words in a sentence: "near target", "not collected yet". */
export function measureStateWords(state: MeasureState): string {
  return MEASURE_STATE_LABELS[state].toLowerCase();
}

/** Near or off target: the measure is not meeting its target. */
export function isNotMeetingTarget(state: MeasureState): boolean {
  return state === 'near-target' || state === 'off-target';
}

export interface MeasureStateCounts {
  readonly total: number;
  /** Near plus off target. */
  readonly notMeeting: number;
  readonly byState: Readonly<Record<MeasureState, number>>;
}

function emptyByState(): Record<MeasureState, number> {
  return { 'on-target': 0, 'near-target': 0, 'off-target': 0, 'no-target': 0, 'not-collected': 0, 'no-figure': 0 };
}

/** Counts of measures by state. */
export function measureStateCounts(measures: readonly Pick<Measure, 'points' | 'polarity' | 'target'>[]): MeasureStateCounts {
  const byState = emptyByState();
  for (const measure of measures) byState[measureState(measure)] += 1;
  return { total: measures.length, notMeeting: byState['near-target'] + byState['off-target'], byState };
}

/** Counts per area (a measure linked to two areas counts in both), for cards, tables and the briefing. */
export function measureStateCountsByArea(measures: readonly Pick<Measure, 'points' | 'polarity' | 'target' | 'areaIds'>[]): Map<string, MeasureStateCounts> {
  const grouped = new Map<string, Pick<Measure, 'points' | 'polarity' | 'target'>[]>();
  for (const measure of measures) {
    for (const areaId of new Set(measure.areaIds)) {
      const list = grouped.get(areaId) ?? [];
      list.push(measure);
      grouped.set(areaId, list);
    }
  }
  return new Map([...grouped].map(([areaId, list]) => [areaId, measureStateCounts(list)]));
}

/**
 * The measures' side of an area in words: "2 of 2 not meeting target", "all 3 on
 * target", "none collected yet". Said beside the actions' status, never folded into it.
 */
export function measuresStatusWords(counts: MeasureStateCounts | undefined): string {
  if (counts === undefined || counts.total === 0) return 'no measures linked';
  const { total, notMeeting, byState } = counts;
  if (notMeeting > 0) return `${notMeeting} of ${total} not meeting target`;
  if (byState['on-target'] === total) return total === 1 ? 'on target' : `all ${total} on target`;
  if (byState['on-target'] > 0) return `${byState['on-target']} of ${total} on target, none missing it`;
  return 'none judged against a target yet';
}
