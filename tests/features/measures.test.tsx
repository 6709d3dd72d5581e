import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { demoDatasets } from '../../fixtures/demo';
import { problem } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import type { Measure } from '../../src/api/schemas';
import { chartSeries } from '../../src/domain/chart-series';
import { DIRECTION_LABELS } from '../../src/domain/direction';
import { formatMeasureValue } from '../../src/domain/measure-format';
import { isOffTarget, MEASURE_RAG_LABELS } from '../../src/domain/measure-rag';
import { summariseMeasure } from '../../src/domain/measure-summary';
import { renderApp } from '../support/render-app';

const main = demoDatasets['hfd-2022'];
if (!main) throw new Error('demo plan hfd-2022 missing');
const allMeasures = main.measures.measures;
const LIST = '/plans/hfd-2022/measures';
// The whole app with 30 rows and charts: slow on a busy two-core machine, never stuck.
const SLOW = { timeout: 20_000 };

// The chart is code-split: its first load can take a few seconds on a busy machine.
const CHART_LOAD = { timeout: 8000 };

function fixtureMeasure(id: string): Measure {
  const found = allMeasures.find((m) => m.id === id);
  if (!found) throw new Error(`no fixture measure ${id}`);
  return found;
}

const capitalise = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

async function findMeasuresTable() {
  return screen.findByRole('table', { name: /^Measures that matter/ });
}

function rowFor(table: HTMLElement, title: string): HTMLElement {
  const header = within(table).getByRole('rowheader', { name: new RegExp(`^${title.replace(/[()]/g, '\\$&')}`) });
  const row = header.closest('tr');
  if (!row) throw new Error(`no row for ${title}`);
  return row;
}

describe('measures list', SLOW, () => {
  it('shows every measure with its latest figure, rating and direction in words', async () => {
    renderApp(LIST);
    expect(await screen.findByRole('heading', { name: 'Measures that matter', level: 1 })).toBeInTheDocument();
    const table = await findMeasuresTable();
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(allMeasures.length);
    expect(screen.getByText(`${allMeasures.length} of ${allMeasures.length} measures`)).toBeInTheDocument();

    for (const id of ['m-03', 'm-06', 'm-04', 'm-15']) {
      const measure = fixtureMeasure(id);
      const summary = summariseMeasure(measure);
      if (!summary.latest) throw new Error(`${id} has no latest value`);
      const row = rowFor(table, measure.title);
      const value = formatMeasureValue(summary.latest.value, measure.unit, measure.decimals);
      expect(within(row).getByText(new RegExp(`^${value.replace(/[.()]/g, '\\$&')}`))).toBeInTheDocument();
      expect(within(row).getByText(MEASURE_RAG_LABELS[summary.rag ?? 'none'])).toBeInTheDocument();
      expect(row).toHaveTextContent(capitalise(DIRECTION_LABELS[summary.travel.direction]));
    }

    // Named by hand too, so a slip in the domain cannot hide behind the same call.
    const workforce = rowFor(table, fixtureMeasure('m-03').title);
    expect(workforce).toHaveTextContent('65.2%');
    expect(workforce).toHaveTextContent('Off target');
    expect(workforce).toHaveTextContent('↑ Improving');
    expect(workforce).toHaveTextContent('Worse than England (82.4%, Sep 2023)');
    expect(within(workforce).getByRole('link', { name: '2 Workforce and foster carers' })).toHaveAttribute('href', '/plans/hfd-2022/areas/2');

    const noData = rowFor(table, fixtureMeasure('m-13').title);
    expect(noData).toHaveTextContent('Not yet reported');
    expect(noData).toHaveTextContent('No target judgement');
    const outside = rowFor(table, fixtureMeasure('m-17').title);
    expect(outside).toHaveTextContent("Not in the council’s control alone");
  });

  it('filters to measures not meeting their target, with a live count and the filter in the URL', async () => {
    const { user } = renderApp(LIST);
    const table = await findMeasuresTable();
    const offTarget = allMeasures.filter((m) => isOffTarget(summariseMeasure(m).rag));
    expect(offTarget.length).toBeGreaterThan(0);
    expect(offTarget.length).toBeLessThan(allMeasures.length);

    await user.click(screen.getByRole('checkbox', { name: /Not meeting the target/ }));
    expect(await screen.findByText(`${offTarget.length} of ${allMeasures.length} measures`)).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('show')).toBe('off-target');
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(offTarget.length);

    // Both choices narrow: off target and worsening.
    const both = offTarget.filter((m) => summariseMeasure(m).travel.direction === 'worsening');
    await user.click(screen.getByRole('checkbox', { name: 'Worsening' }));
    expect(await screen.findByText(`${both.length} of ${allMeasures.length} measures`)).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('show')).toBe('off-target,worsening');

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByText(`${allMeasures.length} of ${allMeasures.length} measures`)).toBeInTheDocument();
    expect(window.location.search).toBe('');
  });

  it('reads its filters from the URL, ignoring values it does not know', async () => {
    renderApp(`${LIST}?show=worsening,nonsense&area=10`);
    await findMeasuresTable();
    const area10 = main.plan.areas.find((a) => a.number === 10);
    if (!area10) throw new Error('no area 10');
    const expected = allMeasures.filter((m) => m.areaIds.includes(area10.id) && summariseMeasure(m).travel.direction === 'worsening');
    expect(screen.getByRole('checkbox', { name: 'Worsening' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Not meeting the target/ })).not.toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Area' })).toHaveValue('10');
    expect(screen.getByText(`${expected.length} of ${allMeasures.length} measures`)).toBeInTheDocument();
  });

  it('filters by area from the select', async () => {
    const { user } = renderApp(LIST);
    const table = await findMeasuresTable();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Area' }), '2');
    const area2 = main.plan.areas.find((a) => a.number === 2);
    const expected = allMeasures.filter((m) => area2 && m.areaIds.includes(area2.id));
    expect(await screen.findByText(`${expected.length} of ${allMeasures.length} measures`)).toBeInTheDocument();
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(expected.length);
    expect(new URLSearchParams(window.location.search).get('area')).toBe('2');
  });

  it('says when no measure matches', async () => {
    server.use(
      http.get('/api/plans/hfd-2022/measures', () =>
        HttpResponse.json({ asOf: main.measures.asOf, measures: [{ ...fixtureMeasure('m-09'), outsideControl: false }] }),
      ),
    );
    renderApp(`${LIST}?show=outside-control`);
    expect(await screen.findByText('No measures match these filters.')).toBeInTheDocument();
    expect(screen.getByText('0 of 1 measure')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows the failure with a Retry that recovers', async () => {
    let calls = 0;
    server.use(
      http.get('/api/plans/hfd-2022/measures', () => {
        calls += 1;
        return calls === 1 ? problem(503, 'Service Unavailable', 'The performance system is being updated.') : undefined;
      }),
    );
    const { user } = renderApp(LIST);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Could not load the measures that matter' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('The performance system is being updated.');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await findMeasuresTable()).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when the plan has no measures', async () => {
    server.use(http.get('/api/plans/hfd-2022/measures', () => HttpResponse.json({ asOf: main.measures.asOf, measures: [] })));
    renderApp(LIST);
    expect(await screen.findByText('This plan has no measures yet.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('names a malformed measure in the data problems and shows the rest', async () => {
    const broken = { ...fixtureMeasure('m-05'), unit: 'furlongs' };
    server.use(
      http.get('/api/plans/hfd-2022/measures', () =>
        HttpResponse.json({ asOf: main.measures.asOf, measures: allMeasures.map((m) => (m.id === 'm-05' ? broken : m)) }),
      ),
    );
    const { user } = renderApp(LIST);
    const table = await findMeasuresTable();
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(allMeasures.length - 1);
    await user.click(screen.getByText(/1 data problem/));
    expect(screen.getByText(/^Measure m-05, field unit:/)).toBeInTheDocument();
  });
});

describe('measure page', SLOW, () => {
  const assessments = fixtureMeasure('m-08');
  const PAGE = `/plans/hfd-2022/measures/${assessments.id}`;

  it('shows the summary, definition, target in words, comparators, areas and actions', async () => {
    renderApp(PAGE);
    expect(await screen.findByRole('heading', { name: assessments.title, level: 1 })).toBeInTheDocument();
    const series = chartSeries(assessments);
    expect(screen.getByText(series.summary)).toBeInTheDocument();
    expect(screen.getByText(assessments.definition ?? '')).toBeInTheDocument();
    expect(screen.getByText('higher is better')).toBeInTheDocument();
    expect(screen.getAllByText('90.0% or more (near target down to 85.0%)').length).toBeGreaterThan(0);
    const comparators = screen.getByRole('table', { name: 'Latest comparator figures' });
    expect(within(comparators).getByRole('rowheader', { name: 'England' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Area 3:/ })).toHaveAttribute('href', '/plans/hfd-2022/areas/3');

    const linkedActions = main.actions.actions.filter((a) => a.measureIds?.includes(assessments.id));
    expect(linkedActions.length).toBeGreaterThan(0);
    for (const action of linkedActions) {
      const link = await screen.findByRole('link', { name: new RegExp(`^${action.id.replace('.', '\\.')} `) });
      expect(link).toHaveAttribute('href', `/plans/hfd-2022/actions?q=${encodeURIComponent(action.id)}`);
    }
  });

  it('lists every figure with its markers: provisional and revised', async () => {
    renderApp(PAGE);
    const table = await screen.findByRole('table', { name: /^All figures for/ });
    expect(within(table).getAllByRole('row').slice(1).length).toBeGreaterThanOrEqual(assessments.points.length);
    const dec = within(table).getByRole('rowheader', { name: 'Dec 2023' }).closest('tr');
    expect(dec).toHaveTextContent('86.5% (p)');
    const aug = within(table).getByRole('rowheader', { name: 'Aug 2023' }).closest('tr');
    expect(aug).toHaveTextContent('(r)');
  });

  it('draws the chart, and switches to a table and back', async () => {
    const { user } = renderApp(PAGE);
    await screen.findByRole('heading', { name: assessments.title, level: 1 });
    const series = chartSeries(assessments);
    expect(await screen.findByRole('img', { name: series.summary }, CHART_LOAD)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Show as table/ }));
    const table = await screen.findByRole('table', { name: /^Child and family assessments .*, by month/ });
    expect(within(table).getByRole('columnheader', { name: 'England' })).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: series.summary })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Show as chart/ }));
    expect(await screen.findByRole('img', { name: series.summary }, CHART_LOAD)).toBeInTheDocument();
  });

  it('says so for an unknown measure', async () => {
    renderApp('/plans/hfd-2022/measures/m-99');
    expect(await screen.findByRole('heading', { name: 'Measure not found', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all measures that matter' })).toHaveAttribute('href', LIST);
  });

  it('explains a measure whose record is malformed', async () => {
    server.use(
      http.get('/api/plans/hfd-2022/measures', () =>
        HttpResponse.json({ asOf: main.measures.asOf, measures: [{ ...fixtureMeasure('m-05'), polarity: 'sideways' }] }),
      ),
    );
    renderApp('/plans/hfd-2022/measures/m-05');
    expect(await screen.findByRole('heading', { name: 'Measure not found', level: 1 })).toBeInTheDocument();
    expect(screen.getByText(/is not in the expected format/)).toBeInTheDocument();
  });

  it('handles a measure with no figures', async () => {
    const empty = fixtureMeasure('m-13');
    renderApp(`/plans/hfd-2022/measures/${empty.id}`);
    expect(await screen.findByRole('heading', { name: empty.title, level: 1 })).toBeInTheDocument();
    expect(screen.getAllByText('No figures have been reported yet.').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: /^Show as table/ })).not.toBeInTheDocument();
  });
});
