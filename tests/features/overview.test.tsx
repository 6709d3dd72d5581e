import { screen, waitFor, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { demoMain } from '../../fixtures/demo';
import { problem } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { captureDownloads } from '../support/downloads';
import { renderApp, renderAppOnce } from '../support/render-app';

const main = demoMain;
const AREAS_CAPTION = 'Actions by area and rating';

/** The overview with everything in: the actions, then the measures' and the reviews' links. */
async function overviewComplete() {
  await screen.findByRole('heading', { name: main.plan.title, level: 1 });
  const glance = within(await screen.findByRole('region', { name: '67 actions' }));
  await glance.findByRole('link', { name: /^21 of 30 measures not meeting their target$/ });
  await glance.findByRole('link', { name: /ratings? worse and \d+ better since the Improvement Board \d+ Dec 2023$/ });
}

async function openOverview(path = '/plans/hfd-2022') {
  const utils = renderApp(path);
  await screen.findByRole('heading', { name: main.plan.title, level: 1 });
  await screen.findByRole('heading', { name: '67 actions', level: 2 });
  return utils;
}

describe('plan overview', () => {
  describe('as it opens (read only, rendered once)', () => {
    renderAppOnce('/plans/hfd-2022', overviewComplete);

    it('shows the title, "data as at", totals per rating and what needs attention', async () => {
      expect(screen.getByText(/^Data as at 12 January 2024, 9:00am/)).toBeInTheDocument();
      const glance = screen.getByRole('region', { name: '67 actions' });
      const expected = { 'Complete, impact to test': 29, 'On track': 19, 'Some delay': 8, 'At risk': 4, 'Not yet due': 4, 'Not rated': 3 };
      for (const [label, count] of Object.entries(expected)) {
        const link = within(glance).getByRole('link', { name: `${count} ${label}` });
        expect(link).toHaveAttribute('href', expect.stringContaining('/plans/hfd-2022/actions?rating='));
      }
      expect(within(glance).getByRole('link', { name: '10 overdue' })).toHaveAttribute('href', '/plans/hfd-2022/actions?overdue=yes');
      expect(await within(glance).findByRole('link', { name: /^21 of 30 measures not meeting their target$/ })).toBeInTheDocument();
      expect(
        await within(glance).findByRole('link', { name: /ratings? worse and \d+ better since the Improvement Board \d+ Dec 2023$/ }),
      ).toHaveAttribute('href', '/plans/hfd-2022/changes');
    });

    it('reaches each meeting’s view in one click', async () => {
      const links = within(screen.getByRole('list', { name: 'For meetings' }));
      expect(links.getByRole('link', { name: 'Since last review' })).toHaveAttribute('href', '/plans/hfd-2022/changes');
      expect(links.getByRole('link', { name: 'Print the board pack' })).toHaveAttribute('href', '/plans/hfd-2022/board-pack');
      expect(links.getByRole('link', { name: 'Scrutiny briefing for councillors' })).toHaveAttribute('href', '/plans/hfd-2022/briefing');
      expect(links.getByRole('link', { name: 'Weekly check-in by lead' })).toHaveAttribute('href', '/plans/hfd-2022/check-in');
    });

    it('has one card per area in plan order, each with its status, counts and overdue', async () => {
      const cards = within(screen.getByRole('region', { name: 'Improvement areas' })).getAllByRole('listitem').filter((li) => li.classList.contains('app-area-card'));
      expect(cards).toHaveLength(10);
      const first = cards[0];
      if (!first) throw new Error('no card');
      const area1 = main.actions.actions.filter((a) => a.areaId === 'area-1');
      expect(within(within(first).getByRole('heading')).getByRole('link')).toHaveAttribute('href', '/plans/hfd-2022/areas/1');
      expect(within(first).getByText(`${area1.length} actions:`)).toBeInTheDocument();
      expect(first).toHaveTextContent('Actions: ▲Some delay · Measures: 1 of 3 not meeting target');
      // Area 4: every started action on track or complete, but both its measures (m-08 near
      // target, m-12 off target) miss the target: the card says both, not only "On track".
      const fourth = cards[3];
      if (!fourth) throw new Error('no card for area 4');
      expect(fourth).toHaveTextContent('Actions: ●On track · Measures: 2 of 2 not meeting target');
      expect(within(fourth).getByRole('link', { name: 'Measures: 2 of 2 not meeting target' })).toHaveAttribute('href', '/plans/hfd-2022/measures?area=4');
    });
  });

  it('shows the key with the plan’s own definitions', async () => {
    const { user } = await openOverview();
    await user.click(screen.getByText('Key: what the ratings mean'));
    const definitions = main.plan.ratingDefinitions ?? {};
    for (const text of Object.values(definitions)) expect(screen.getByText(text)).toBeVisible();
  });

  it('shows the same rollup as a table with a whole-plan row, and keeps the choice in the URL', async () => {
    const { user } = await openOverview();
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(window.location.search).toBe('?view=table');
    const table = screen.getByRole('table', { name: AREAS_CAPTION });
    const rows = within(table).getAllByRole('row');
    const header = rows[0];
    if (!header) throw new Error('no header');
    expect(within(header).getAllByRole('columnheader').map((c) => c.textContent)).toEqual([
      'Area', 'Actions', '✓ Complete, impact to test', '● On track', '▲ Some delay', '■ At risk', '○ Not yet due', '– Not rated', 'Total', 'Overdue', 'Measures',
    ]);
    const total = rows.at(-1);
    if (!total) throw new Error('no total row');
    expect(within(total).getAllByRole('cell').map((c) => c.textContent)).toEqual(['', '29', '19', '8', '4', '4', '3', '67', '10', '21 of 30 not meeting target']);
    const area4 = rows[4];
    if (!area4) throw new Error('no row for area 4');
    expect(within(area4).getAllByRole('cell').map((c) => c.textContent)).toEqual(['●On track', '1', '3', '0', '0', '0', '1', '5', '0', '2 of 2 not meeting target']);
    expect(rows).toHaveLength(1 + 10 + 1);
    // Pressed, the button says what it will do next.
    await user.click(screen.getByRole('button', { name: 'Show as cards' }));
    expect(window.location.search).toBe('');
    expect(screen.queryByRole('table', { name: AREAS_CAPTION })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show as table' })).not.toHaveAttribute('aria-pressed');
  });

  it('gives an unknown plan its own "Plan not found" page, titled so, without the plan navigation', async () => {
    renderApp('/plans/no-such-plan/actions');
    expect(await screen.findByRole('heading', { name: 'Plan not found', level: 1 })).toBeInTheDocument();
    expect(document.title).toMatch(/^Plan not found/);
    expect(screen.queryByRole('navigation', { name: 'Plan views' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to your plans' })).toHaveAttribute('href', '/');
  });

  it('keeps the measures’ place with a placeholder line while they load, from a server without the summary', async () => {
    server.use(
      http.get('/api/plans/hfd-2022/summary', () => problem(404, 'Not Found', 'No such route.')),
      http.get('/api/plans/hfd-2022/measures', async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    await openOverview();
    const glance = screen.getByRole('region', { name: '67 actions' });
    expect(within(glance).getByText('Loading the measures…')).toBeInTheDocument();
  });

  it('opens straight into the table view from a shared link', async () => {
    await openOverview('/plans/hfd-2022?view=table');
    expect(screen.getByRole('table', { name: AREAS_CAPTION })).toBeInTheDocument();
  });

  it('downloads the rollup as CSV with the exact header and one row per area', async () => {
    const downloads = captureDownloads();
    const { user } = await openOverview();
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(downloads).toHaveLength(1);
    const download = downloads[0];
    if (!download) throw new Error('no download');
    expect(download.filename).toBe('hfd-2022-areas-as-at-2024-01-12.csv');
    expect([...(await download.bytes()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = (await download.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('area_number,area_title,blue,green,amber,red,not_due,unrated,total,overdue');
    expect(lines).toHaveLength(11);
    const sums = lines.slice(1).reduce((acc, line) => {
      const cells = line.split(',').slice(-8).map(Number);
      return acc.map((v, i) => v + (cells[i] ?? 0));
    }, [0, 0, 0, 0, 0, 0, 0, 0]);
    expect(sums).toEqual([29, 19, 8, 4, 4, 3, 67, 10]);
  });

  it('downloads the plan as an Excel workbook from the API, areas as headings', async () => {
    const downloads = captureDownloads();
    const { user } = await openOverview();
    await user.click(screen.getByRole('button', { name: 'Download the plan (Excel)' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]?.filename).toBe('hfd-2022-plan-2024-01-12.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await downloads[0]?.blob.arrayBuffer()) ?? new ArrayBuffer(0));
    const firstCells: string[] = [];
    workbook.getWorksheet('Plan')?.eachRow((row) => firstCells.push(String(row.getCell(1).value)));
    expect(firstCells.filter((text) => /^Area \d+: /.test(text))).toHaveLength(10);
    expect(firstCells).toContain('10.7');
  });

  it('says why the Excel download failed, with a Retry that recovers', async () => {
    let calls = 0;
    server.use(
      http.get('/api/plans/hfd-2022/export.xlsx', () => {
        calls += 1;
        return calls === 1 ? problem(503, 'Service Unavailable', 'The server is busy.') : undefined;
      }),
    );
    const downloads = captureDownloads();
    const { user } = await openOverview();
    await user.click(screen.getByRole('button', { name: 'Download the plan (Excel)' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Could not load the plan as an Excel workbook' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('The server could not return the plan as an Excel workbook (HTTP 503): The server is busy.');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the failure, the problem detail and a Retry that recovers', async () => {
    let calls = 0;
    server.use(
      http.get('/api/plans/hfd-2022', () => {
        calls += 1;
        return calls === 1 ? problem(503, 'Service Unavailable', 'The performance system is being updated.') : undefined;
      }),
    );
    const { user } = renderApp('/plans/hfd-2022');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Could not load the plan and its areas' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('The performance system is being updated.');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: main.plan.title, level: 1 })).toBeInTheDocument();
  });

  it('still shows the actions when the measures fail, with a Retry for the measures', async () => {
    server.use(http.get('/api/plans/hfd-2022/measures', () => problem(500, 'Internal Server Error', 'Database timeout.')));
    await openOverview();
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Could not load the measures that matter' })).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '10 overdue' })).toBeInTheDocument();
  });

  it('still shows the plan and areas when the actions fail', async () => {
    server.use(http.get('/api/plans/hfd-2022/actions', () => problem(500, 'Internal Server Error', 'Database timeout.')));
    renderApp('/plans/hfd-2022');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Could not load the actions' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: main.plan.title, level: 1 })).toBeInTheDocument();
  });

  it('shows the valid actions and names the invalid ones', async () => {
    const [first, second, ...rest] = main.actions.actions;
    if (!first || !second) throw new Error('fixture too small');
    server.use(
      http.get('/api/plans/hfd-2022/actions', () =>
        HttpResponse.json({ ...main.actions, actions: [first, { ...second, rating: 'purple' }, ...rest] }),
      ),
    );
    const { user } = renderApp('/plans/hfd-2022');
    await screen.findByRole('heading', { name: '66 actions', level: 2 });
    await user.click(screen.getByText(`1 data problem in Action ${second.id}`));
    expect(screen.getByText(new RegExp(`^Action ${second.id.replace('.', '\\.')}, field rating:`))).toBeVisible();
  });

  it('says so when the plan has no actions', async () => {
    server.use(http.get('/api/plans/hfd-2022/actions', () => HttpResponse.json({ asOf: main.actions.asOf, actions: [] })));
    renderApp('/plans/hfd-2022');
    expect(await screen.findByText('This plan has no actions yet.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '0 actions' })).toBeInTheDocument();
  });

  it('shows loading while the server is slow', async () => {
    server.use(
      http.get('/api/plans/hfd-2022', async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    renderApp('/plans/hfd-2022');
    expect(await screen.findByRole('status')).toHaveTextContent('Loading the plan');
  });
});
