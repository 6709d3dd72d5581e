import type { Area } from '../../src/api/schemas';
import { RATING_KEYS, RATING_LABELS } from '../../src/domain/ratings';
import type { PlanRollups } from '../../src/domain/rollup-types';
import { formatCount as n } from '../../src/domain/words';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The floor: the overview's first screen as a static HTML page, worked out in
 * advance: the same totals, the same measures line and the same table of areas,
 * with the app's own stylesheets. Nothing can show these figures faster than a page
 * that already contains them, so the dashboard's time is reported as a ratio to it.
 */
export function floorPage(title: string, areas: readonly Area[], rollups: PlanRollups, measures: { offTarget: number; total: number }, stylesheets: readonly string[]): string {
  const head = RATING_KEYS.map((key) => `<th scope="col">${escape(RATING_LABELS[key])}</th>`).join('');
  const rows = rollups.byArea
    .map(({ area, areaId, rollup }) => {
      const name = area ? `${area.number} ${area.title}` : `Unknown area ${areaId}`;
      const cells = RATING_KEYS.map((key) => `<td>${n(rollup.counts[key])}</td>`).join('');
      return `<tr><th scope="row">${escape(name)}</th>${cells}<td>${n(rollup.total)}</td><td>${n(rollup.overdue)}</td></tr>`;
    })
    .join('\n');
  const plan = rollups.plan;
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${escape(title)} (static floor)</title>
${stylesheets.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n')}
</head><body><main class="app-width-container">
<h1 class="app-heading-xl">${escape(title)}</h1>
<section class="app-glance"><h2 class="app-heading-m">${n(plan.total)} actions</h2>
<ul class="app-glance__attention"><li><a href="#">${n(plan.overdue)} overdue</a></li>
<li><a href="#"><strong>${n(measures.offTarget)}</strong> of ${n(measures.total)} measures not meeting their target</a></li></ul></section>
<table class="app-table"><caption>Actions by area and rating (${areas.length} areas)</caption>
<thead><tr><th scope="col">Area</th>${head}<th scope="col">Total</th><th scope="col">Overdue</th></tr></thead>
<tbody>${rows}</tbody></table>
</main></body></html>`;
}
