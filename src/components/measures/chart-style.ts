/**
 * Chart constants shared by the lazy wrapper and the chart itself. Kept out of
 * trend-chart.tsx so importing them does not pull recharts into the first bundle.
 */

export const CHART_HEIGHT = 300;

/**
 * UK Government Analysis Function palette: accessible to most colour-blind readers,
 * and every series also differs by shape or dash, so nothing depends on colour alone.
 */
export const CHART_COLOURS = {
  council: '#12436D',
  target: '#3D3D3D',
  targetBand: '#28A197',
  interval: '#12436D',
} as const;

/** One colour and shape per comparator group, in first-seen order (England first in most data). */
export const COMPARATOR_STYLES = [
  { colour: '#801650', shape: 'diamond', symbol: '◆' },
  { colour: '#F46A25', shape: 'triangle', symbol: '▲' },
  { colour: '#A285D1', shape: 'square', symbol: '■' },
  { colour: '#28A197', shape: 'star', symbol: '★' },
  { colour: '#3D3D3D', shape: 'cross', symbol: '✚' },
] as const;

export type ComparatorStyle = (typeof COMPARATOR_STYLES)[number];

export function comparatorStyle(groupIndex: number): ComparatorStyle {
  return COMPARATOR_STYLES[groupIndex % COMPARATOR_STYLES.length] ?? COMPARATOR_STYLES[0];
}
