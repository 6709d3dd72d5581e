import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { demoDatasets } from '../../fixtures/demo';
import { problem } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import type { Measure } from '../../src/api/schemas';
import { captureDownloads } from '../support/downloads';
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
  it('shows every measure with its latest figure, state and direction in words', async () => {
    renderApp(LIST);
    expect(await screen.findByRole('heading', { name: 'Measures that matter', level: 1 })).toBeInTheDocument();
    const table = await findMeasuresTable();
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(allMeasures.length);
    expect(screen.getByText(`${allMeasures.length} of ${allMeasures.length} measures`)).toBeInTheDocument();

    // Read off the fixture by hand: latest usable value, its state against the target, and the move from the one before.
    const expected: [id: string, latest: string, state: string, direction: string][] = [
      ['m-03', '65.2%', 'Off target', '↑ Improving'], // 63.9 -> 65.2, target 80 (tolerance 10)
      ['m-06', '84', 'Off target', '↓ Worsening'], // a count: 85 -> 84, target 100 (tolerance 8)
      ['m-04', '18.8', 'On target', '→ Within range'], // 18.6 -> 18.8, range 16-20
      ['m-15', '4', 'Off target', '↓ Worsening'], // 3 -> 4 (a suppressed month between), low is good, target 0
      ['m-08', '86.5% (provisional)', 'Near target', '↑ Improving'], // 84.7 -> 86.5, target 90 (tolerance 5)
    ];
    for (const [id, latest, state, direction] of expected) {
      const row = rowFor(table, fixtureMeasure(id).title);
      expect(row).toHaveTextContent(latest);
      expect(within(row).getByText(state)).toBeInTheDocument();
      expect(row).toHaveTextContent(direction);
    }

    const workforce = rowFor(table, fixtureMeasure('m-03').title);
    // England's Sep 2023 figure against our own Sep 2023 (59.5%), with no interval to test it.
    expect(workforce).toHaveTextContent('Worse than England (82.4%, Sep 2023; ours 59.5%, Sep 2023): not tested for significance');
    expect(within(workforce).getByRole('link', { name: '2 Workforce and foster carers' })).toHaveAttribute('href', '/plans/hfd-2022/areas/2');
    // m-08: England's 2022-23 figure is set against our March 2023 (136 of 179, 76.0%), not our December.
    expect(rowFor(table, fixtureMeasure('m-08').title)).toHaveTextContent('Worse than England (82.9%, 2022-23; ours 76.0%, Mar 2023)');

    const noData = rowFor(table, fixtureMeasure('m-13').title);
    expect(noData).toHaveTextContent('Not yet reported');
    expect(noData).toHaveTextContent('Not collected yet');
    const outside = rowFor(table, fixtureMeasure('m-17').title);
    expect(outside).toHaveTextContent("Not in the council’s control alone");
  });

  // By hand from the fixture (latest usable value against target and tolerance): near target
  // m-05, m-07, m-08, m-11, m-14, m-23, m-24, m-30; off target m-01, m-03, m-06, m-10, m-12,
  // m-15, m-17, m-18, m-19, m-21, m-25, m-27, m-29. Worsening (latest against the previous
  // usable value, by polarity): m-06, m-07, m-11, m-12, m-15, m-21, m-29, all not meeting target.
  const NOT_MEETING = ['m-01', 'm-03', 'm-05', 'm-06', 'm-07', 'm-08', 'm-10', 'm-11', 'm-12', 'm-14', 'm-15', 'm-17', 'm-18', 'm-19', 'm-21', 'm-23', 'm-24', 'm-25', 'm-27', 'm-29', 'm-30'];
  const WORSENING = ['m-06', 'm-07', 'm-11', 'm-12', 'm-15', 'm-21', 'm-29'];
  const titles = (ids: readonly string[]) => ids.map((id) => fixtureMeasure(id).title);
  const shownTitles = (table: HTMLElement) => within(table).getAllByRole('rowheader').map((th) => th.querySelector('a')?.textContent);

  it('filters to measures not meeting their target, with a live count and the filter in the URL', async () => {
    const { user } = renderApp(LIST);
    const table = await findMeasuresTable();

    await user.click(screen.getByRole('checkbox', { name: /Not meeting the target/ }));
    expect(await screen.findByText(`21 of ${allMeasures.length} measures`)).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('show')).toBe('off-target');
    expect(shownTitles(table)).toEqual(titles(NOT_MEETING));

    // Both choices narrow: not meeting the target and worsening.
    await user.click(screen.getByRole('checkbox', { name: 'Worsening' }));
    expect(await screen.findByText(`7 of ${allMeasures.length} measures`)).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('show')).toBe('off-target,worsening');
    expect(shownTitles(table)).toEqual(titles(WORSENING));

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByText(`${allMeasures.length} of ${allMeasures.length} measures`)).toBeInTheDocument();
    expect(window.location.search).toBe('');
  });

  it('reads its filters from the URL, ignoring values it does not know', async () => {
    renderApp(`${LIST}?show=worsening,nonsense&area=10`);
    const table = await findMeasuresTable();
    expect(screen.getByRole('checkbox', { name: 'Worsening' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Not meeting the target/ })).not.toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Area' })).toHaveValue('10');
    // Area 10's measures are m-27 (improving), m-28 (no figures), m-29 (worsening) and m-30 (improving).
    expect(screen.getByText(`1 of ${allMeasures.length} measures`)).toBeInTheDocument();
    expect(shownTitles(table)).toEqual(titles(['m-29']));
  });

  it('filters by area from the select', async () => {
    const { user } = renderApp(LIST);
    const table = await findMeasuresTable();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Area' }), '2');
    // Linked to area 2 in the fixture: m-03, m-04, m-05, m-06, m-07 and m-26.
    expect(await screen.findByText(`6 of ${allMeasures.length} measures`)).toBeInTheDocument();
    expect(shownTitles(table)).toEqual(titles(['m-03', 'm-04', 'm-05', 'm-06', 'm-07', 'm-26']));
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

  it('downloads the measures shown as CSV, with the agreed columns, a byte-order mark and the "as at" date', async () => {
    const downloads = captureDownloads();
    const { user } = renderApp(`${LIST}?area=4`);
    await findMeasuresTable();
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    const [download] = downloads;
    if (!download) throw new Error('no download');
    expect(download.filename).toBe('hfd-2022-measures-as-at-2024-01-12.csv');
    expect([...(await download.bytes()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = (await download.text()).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]?.split(',').slice(0, 13).join(',')).toBe(
      'measure_id,title,unit,polarity,latest_period_end,latest_value,rag,direction,england_period_end,england_value,council_value_same_period,vs_england,vs_england_tested',
    );
    // Area 4's measures, by hand from the fixture. m-08: Dec 2023 86.5 (amber against 90, tolerance 5), up
    // from 84.7; England 2022-23 (31 Mar 2023) 82.9 against our March 2023, 76, outside its Wilson interval.
    // m-12: 18 of 46 in Dec 2023 is 39.1, red against 60 (tolerance 10), down from 39.2; no comparators.
    const fields = (line: string | undefined) => (line ?? '').split(',').slice(0, 13);
    expect(lines).toHaveLength(3);
    expect(fields(lines[1])).toEqual(['m-08', 'Child and family assessments completed within 45 working days', 'percent', 'high-is-good', '2023-12-31', '86.5', 'amber', 'improving', '2023-03-31', '82.9', '76', 'worse', 'yes']);
    expect(fields(lines[2])).toEqual(['m-12', 'Case file audits graded good or outstanding', 'percent', 'high-is-good', '2023-12-31', '39.1', 'red', 'worsening', '', '', '', 'not-compared', 'no']);
  });
});

describe('measure page', SLOW, () => {
  const assessments = fixtureMeasure('m-08');
  const PAGE = `/plans/hfd-2022/measures/${assessments.id}`;
  // By hand from the fixture: Dec 2023 86.5% (p) against 90 with tolerance 5; Nov 2023 84.7%;
  // Dec 2022 64.7%, Dec 2021 66.2%. The 2022-23 comparators are set against our March 2023,
  // 136 of 179 (76.0%), whose Wilson 95% interval is 69.2% to 81.6%.
  const M08_SUMMARY =
    '86.5% in Dec 2023 (provisional), below the 90.0% target: near target. Improving since Nov 2023 (up from 84.7%); higher is better. ' +
    'Up from 64.7% a year earlier and 66.2% two years earlier (+21.8 percentage points on the year): improving. ' +
    'Worse than England (82.9%, 2022-23; ours 76.0%, Mar 2023). Worse than statistical neighbours (85.1%, 2022-23; ours 76.0%, Mar 2023). ' +
    'Similar to West Midlands (80.4%, 2022-23; ours 76.0%, Mar 2023).';

  it('shows the summary, definition, target in words, comparators, areas and actions', async () => {
    renderApp(PAGE);
    expect(await screen.findByRole('heading', { name: assessments.title, level: 1 })).toBeInTheDocument();
    expect(screen.getByText(M08_SUMMARY)).toBeInTheDocument();
    expect(screen.getByText(assessments.definition ?? '')).toBeInTheDocument();
    expect(screen.getByText('higher is better')).toBeInTheDocument();
    expect(screen.getAllByText('90.0% or more (near target down to 85.0%)').length).toBeGreaterThan(0);
    const comparators = screen.getByRole('table', { name: 'Our figure against others for the same period' });
    const england = within(comparators).getByRole('rowheader', { name: 'England' }).closest('tr');
    if (!england) throw new Error('no England row');
    // Our March 2023 is 136 of 179 (76.0%); its Wilson interval, 69.2% to 81.6%, lies below England's 82.9%.
    expect(within(england).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      '2022-23',
      '82.9%',
      '76.0%Mar 2023',
      'WorseEngland’s figure is outside the Wilson score 95% confidence interval of our percentage (69.2% to 81.6%).',
    ]);
    // The method, in words.
    expect(screen.getByText(/Wilson score interval for a percentage and Byar’s method for a rate per 10,000/)).toBeInTheDocument();
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
    expect(await screen.findByRole('img', { name: M08_SUMMARY }, CHART_LOAD)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Show as table/ }));
    const table = await screen.findByRole('table', { name: /^Child and family assessments .*, by month/ });
    expect(within(table).getByRole('columnheader', { name: 'England' })).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: M08_SUMMARY })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Show as chart/ }));
    expect(await screen.findByRole('img', { name: M08_SUMMARY }, CHART_LOAD)).toBeInTheDocument();
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
