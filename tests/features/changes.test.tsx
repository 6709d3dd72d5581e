import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { demoMain } from '../../fixtures/demo';
import { problem } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { captureDownloads } from '../support/downloads';
import { renderApp, renderAppOnce } from '../support/render-app';
import { CHANGES_SINCE_DECEMBER } from '../support/demo-expectations';

const path = '/plans/hfd-2022/changes';

async function changesReady() {
  // The first render loads the view's code and the compared review's ratings: allow for a busy machine.
  await screen.findByRole('heading', { name: 'Since last review', level: 1 }, { timeout: 5000 });
  await screen.findByRole('heading', { name: /^From .* to / });
}

async function openChanges(url = path) {
  const utils = renderApp(url);
  await changesReady();
  return utils;
}

function idsIn(sectionName: RegExp): string[] {
  const section = screen.getByRole('region', { name: sectionName });
  const table = within(section).queryByRole('table');
  if (!table) return [];
  return within(table)
    .getAllByRole('rowheader')
    .map((th) => th.querySelector('.app-table__strong')?.textContent ?? '');
}

describe('since last review', () => {
  describe('the default comparison (read only, rendered once)', () => {
    renderAppOnce(path, changesReady);

    it('compares the latest board with now by default, listing worse, better, overdue, complete and added', async () => {
      expect(screen.getByRole('heading', { name: 'From Improvement Board 14 Dec 2023 to now' })).toBeInTheDocument();
      expect(idsIn(/^Worse/)).toEqual(['3.5', '5.6', '10.5']);
      expect(idsIn(/^Better/)).toEqual(['7.5', '8.3', '9.4']);
      expect(idsIn(/^Other rating changes/)).toEqual(['2.3']);
      expect(idsIn(/^Newly overdue/)).toEqual(['2.5', '7.2', '9.3']);
      expect(idsIn(/^Newly complete/)).toEqual(['8.3', '9.4']);
      expect(idsIn(/^Added to the plan/)).toEqual(['10.7']);
      expect(idsIn(/^Removed from the plan/)).toEqual([]);
    });

    it('shows from, to and the rationale of each change, and flags a change with none', async () => {
      const worse = within(screen.getByRole('region', { name: /^Worse/ }));
      const row = worse.getByRole('row', { name: /^3\.5/ });
      expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual([
        '3',
        '▲Some delay to ■At risk',
        expect.stringMatching(/\S/),
      ]);
      const other = within(screen.getByRole('region', { name: /^Other rating changes/ }));
      expect(other.getByText('No rationale given')).toBeInTheDocument();
      expect(screen.getByText(/1 change with no\s+rationale given/)).toBeInTheDocument();
    });

    it('lists complete actions whose measures show no impact yet', async () => {
      const section = screen.getByRole('region', { name: /^Complete, but no evidence of impact yet/ });
      // "Complete since" is the start of the unbroken blue run in the reviews (fixtures/demo/hfd-2022/reviews.ts),
      // not ratedOn (14 Dec 2023, when the board last confirmed every rating): 2.4 AAGBBBBBBBBB is blue from
      // the April board, 6.3 AAGGBBBBBBBB from May, 8.2 GGGGGGBBBBBB from July; months to the 12 Jan 2024 "as at".
      const expected: [string, string][] = [
        ['2.4', 'complete since Apr 2023 (9 months)'],
        ['6.3', 'complete since May 2023 (8 months)'],
        ['8.2', 'complete since Jul 2023 (6 months)'],
      ];
      for (const [id, since] of expected) {
        const item = within(section).getByText(id).closest('li');
        expect(item).toHaveTextContent(since);
      }
    });
  });

  it('compares any two reviews chosen in the URL, and the choice survives a reload', async () => {
    const { user, unmount } = await openChanges();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Compare' }), 'ib-2023-01');
    await user.selectOptions(screen.getByRole('combobox', { name: 'with' }), 'ib-2023-06');
    expect(window.location.search).toBe('?from=ib-2023-01&to=ib-2023-06');
    const heading = /^From Improvement Board .* Jan 2023 to Improvement Board .* Jun 2023$/;
    expect(await screen.findByRole('heading', { name: heading })).toBeInTheDocument();
    unmount();
    await openChanges(`${path}${window.location.search}`);
    expect(screen.getByRole('heading', { name: heading })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Compare' })).toHaveValue('ib-2023-01');
  });

  it('falls back to the default when a link names a review that does not exist', async () => {
    await openChanges(`${path}?from=nope&to=ib-9999`);
    expect(screen.getByRole('heading', { name: 'From Improvement Board 14 Dec 2023 to now' })).toBeInTheDocument();
  });

  it('downloads the change list with the exact header, one row per rating that differs', async () => {
    const downloads = captureDownloads();
    const { user } = await openChanges();
    await user.click(screen.getByRole('button', { name: 'Download CSV of rating changes' }));
    const text = await downloads[0]?.text();
    const lines = (text ?? '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('action_id,area_number,from,to,direction,rationale');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 5).join(','))).toEqual(CHANGES_SINCE_DECEMBER);
    expect(downloads[0]?.filename).toBe('hfd-2022-changes-2023-12-14-to-2024-01-12-as-at-2024-01-12.csv');
  });

  it('shows the plan over time as a table on request', async () => {
    const { user } = await openChanges();
    const trend = screen.getByRole('region', { name: 'The plan over time' });
    await user.click(within(trend).getByRole('button', { name: 'Show as table' }));
    const table = within(trend).getByRole('table', { name: 'Ratings at each review' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + demoMain.reviews.reviews.length + 1);
    const now = rows.at(-1);
    if (!now) throw new Error('no rows');
    expect(within(now).getAllByRole('cell').map((c) => c.textContent)).toEqual(['29', '19', '8', '4', '4', '3', '67']);
    await user.click(within(trend).getByRole('button', { name: 'Show as chart' }));
  });

  it('draws the plan over time from the counts the review list sends', async () => {
    const counts = { blue: 11, green: 12, amber: 13, red: 14, 'not-due': 15, unrated: 16 };
    server.use(
      http.get('/api/plans/hfd-2022/reviews', () =>
        HttpResponse.json({ asOf: demoMain.reviews.asOf, reviews: [{ id: 'ib-2023-12', date: '2023-12-14', forum: 'Improvement Board', counts }] }),
      ),
    );
    const { user } = await openChanges();
    const trend = screen.getByRole('region', { name: 'The plan over time' });
    await user.click(within(trend).getByRole('button', { name: 'Show as table' }));
    const table = within(trend).getByRole('table', { name: 'Ratings at each review' });
    const review = within(table).getByRole('row', { name: /^Improvement Board 14 Dec 2023/ });
    expect(within(review).getAllByRole('cell').map((c) => c.textContent)).toEqual(['11', '12', '13', '14', '15', '16', '81']);
  });

  it('still works with a review list from a server written to the first contract (every rating, no counts)', async () => {
    server.use(
      http.get('/api/plans/hfd-2022/reviews', () => HttpResponse.json(demoMain.reviews)),
      // The list already has the ratings: asking for one review would fail here.
      http.get('/api/plans/hfd-2022/reviews/:reviewId', () => problem(500, 'Internal Server Error', 'Not in this server.')),
    );
    await openChanges();
    expect(screen.getByRole('heading', { name: 'From Improvement Board 14 Dec 2023 to now' })).toBeInTheDocument();
    expect(idsIn(/^Worse/)).toEqual(['3.5', '5.6', '10.5']);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the failure with a Retry when the compared review’s ratings cannot be loaded, and recovers', async () => {
    let fail = true;
    server.use(
      http.get('/api/plans/hfd-2022/reviews/ib-2023-12', () => (fail ? problem(503, 'Service Unavailable', 'Ratings store offline.') : undefined)),
    );
    const { user } = renderApp(path);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Could not load the ratings at a review' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Ratings store offline.');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'From Improvement Board 14 Dec 2023 to now' })).toBeInTheDocument();
    expect(idsIn(/^Worse/)).toEqual(['3.5', '5.6', '10.5']);
  });

  it('says so when there are no reviews', async () => {
    server.use(http.get('/api/plans/hfd-2022/reviews', () => HttpResponse.json({ asOf: demoMain.reviews.asOf, reviews: [] })));
    renderApp(path);
    expect(await screen.findByText(/No reviews have been recorded for this plan yet/)).toBeInTheDocument();
  });

  it('shows the failure with a Retry when the reviews cannot be loaded', async () => {
    server.use(http.get('/api/plans/hfd-2022/reviews', () => problem(500, 'Internal Server Error', 'Review store offline.')));
    renderApp(path);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Could not load the review history' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Review store offline.');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('warns when a later review is compared with an earlier one, and swaps them in one click', async () => {
    const reviews = [...demoMain.reviews.reviews].sort((a, b) => (a.date < b.date ? -1 : 1));
    const earlier = reviews[0];
    const later = reviews.at(-1);
    if (!earlier || !later) throw new Error('the demo needs two reviews');
    const { user } = await openChanges(`${path}?from=${later.id}&to=${earlier.id}`);
    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent(/is later than .*, so “worse” and “better” below read backwards/);
    await user.click(within(warning).getByRole('button', { name: /^Swap: compare / }));
    expect(new URLSearchParams(window.location.search).get('from')).toBe(earlier.id);
    expect(new URLSearchParams(window.location.search).get('to')).toBe(later.id);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
