/** Chart axes a reader can count in: a rounded y-axis and a few period labels on x. */
import type { Unit } from '../api/schemas';
import { formatMeasureValue, formatNumber } from './measure-format';

export interface AxisTick {
  readonly value: number;
  readonly label: string;
}

/** 1, 2, 2.5 or 5 times a power of ten: the step a reader can count in. */
function niceStep(roughStep: number): number {
  const power = 10 ** Math.floor(Math.log10(roughStep));
  const fraction = roughStep / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

function stepDecimals(step: number): number {
  for (let decimals = 0; decimals < 10; decimals += 1) {
    if (Math.abs(Math.round(step * 10 ** decimals) - step * 10 ** decimals) < 1e-9) return decimals;
  }
  return 10;
}

const NON_NEGATIVE_UNITS: ReadonlySet<Unit> = new Set(['percent', 'count', 'rate-per-10000', 'days', 'weeks', 'ratio', 'currency-gbp']);

function tickLabel(value: number, unit: Unit, decimals: number): string {
  if (unit === 'percent' || unit === 'currency-gbp') return formatMeasureValue(value, unit, decimals);
  return formatNumber(value, decimals);
}

/**
 * A y-axis that shows every value, confidence limit, target (and its near-target
 * limit) and comparator, rounded out to a readable step, with about five ticks.
 * Units that cannot be negative never go below zero; percentages never above 100
 * unless a value does.
 */
export function suggestYAxis(values: readonly number[], unit: Unit): { domain: [number, number]; ticks: AxisTick[] } {
  const finite = values.filter((v) => Number.isFinite(v));
  let low = finite.length > 0 ? Math.min(...finite) : 0;
  let high = finite.length > 0 ? Math.max(...finite) : unit === 'percent' ? 100 : 1;
  if (low === high) {
    const pad = low === 0 ? 1 : Math.abs(low) * 0.1;
    low -= pad;
    high += pad;
  } else {
    const pad = (high - low) * 0.1;
    low -= pad;
    high += pad;
  }
  if (NON_NEGATIVE_UNITS.has(unit) && finite.every((v) => v >= 0)) low = Math.max(0, low);
  if (unit === 'percent' && finite.every((v) => v <= 100)) high = Math.min(100, high);

  const step = niceStep((high - low) / 5);
  const decimals = stepDecimals(step);
  const round = (v: number) => Number(v.toFixed(decimals));
  const start = round(Math.floor(low / step + 1e-9) * step);
  const end = round(Math.ceil(high / step - 1e-9) * step);
  const ticks: AxisTick[] = [];
  for (let i = 0; ; i += 1) {
    const value = round(start + i * step);
    if (value > end + step / 2) break;
    ticks.push({ value, label: tickLabel(value, unit, decimals) });
  }
  return { domain: [start, end], ticks };
}

/** About `max` evenly spread row labels, always the first and the last. */
export function periodTicks(rows: readonly { readonly x: number; readonly label: string }[], max = 6): AxisTick[] {
  if (rows.length === 0) return [];
  const every = Math.max(1, Math.ceil((rows.length - 1) / (max - 1)));
  const ticks: AxisTick[] = [];
  const lastIndex = rows.length - 1;
  for (let i = 0; i < rows.length; i += every) {
    const row = rows[i];
    // Leave room for the last label: skip a tick that would crowd it.
    if (row && (i === 0 || lastIndex - i >= every / 2)) ticks.push({ value: row.x, label: row.label });
  }
  const last = rows[lastIndex];
  if (last && ticks.at(-1)?.value !== last.x) ticks.push({ value: last.x, label: last.label });
  return ticks;
}

