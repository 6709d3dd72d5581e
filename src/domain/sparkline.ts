/** The tiny trend line beside a measure in lists and print. */
import type { Measure } from '../api/schemas';
import { isUsablePoint } from './measure-points';

/**
 * The polyline segments of a sparkline in a `width` x `height` box: one segment
 * per run of usable values, so a suppressed or missing period is a gap. A lone
 * value between gaps is a one-point segment (drawn as a dot).
 */
export function sparklineSegments(
  values: readonly (number | null)[],
  width: number,
  height: number,
  padding = 2,
): { segments: [number, number][][]; last: [number, number] | null } {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (finite.length === 0) return { segments: [], last: null };
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const innerW = width - padding * 2;
  const innerH = height - padding * 2;
  const xStep = values.length > 1 ? innerW / (values.length - 1) : 0;
  const round = (n: number) => Math.round(n * 10) / 10;
  const segments: [number, number][][] = [];
  let current: [number, number][] | null = null;
  let last: [number, number] | null = null;
  values.forEach((value, index) => {
    if (value === null || !Number.isFinite(value)) {
      current = null;
      return;
    }
    const x = values.length > 1 ? padding + index * xStep : width / 2;
    // Flat series sit in the middle rather than on an edge.
    const y = max === min ? height / 2 : padding + innerH - ((value - min) / (max - min)) * innerH;
    const point: [number, number] = [round(x), round(y)];
    if (current === null) {
      current = [];
      segments.push(current);
    }
    current.push(point);
    last = point;
  });
  return { segments, last };
}

/** The values a sparkline draws: usable values, null for every gap. */
export function sparklineValues(measure: Pick<Measure, 'points'>): (number | null)[] {
  return measure.points.map((point) => (isUsablePoint(point) ? point.value : null));
}

