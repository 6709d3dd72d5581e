import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { DEMO_TODAY, demoDatasets } from '../../fixtures/demo';
import { problem } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import type { Action } from '../../src/api/schemas';
import {
  compareActionIds,
  compareByAttention,
  dueDate,
  distinctLeads,
  isDueWithin,
  isOverdue,
  leadKey,
  parseDeadline,
  ratingKey,
} from '../../src/domain';
import { captureDownloads } from '../support/downloads';
import { renderApp } from '../support/render-app';

const main = demoDatasets['hfd-2022'];
if (!main) throw new Error('demo plan hfd-2022 missing');
const ALL: readonly Action[] = main.actions.actions;
const PATH = '/plans/hfd-2022/actions';

function renderActions(path = PATH) {
  return renderApp(path);
}

function byId(a: Action, b: Action) {
  return compareActionIds(a.id, b.id);
}
const idsOf = (actions: readonly Action[]) => [...actions].sort(byId).map((a) => a.id);

function table() {
  return screen.getByRole('table', { name: 'Actions' });
}
/** The ids of the rows on screen, in screen order. */
function shownIds(): string[] {
  return within(table())
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);
}
async function expectCount(shown: number, total = ALL.length) {
  expect(await screen.findByText(`${shown} of ${total} actions`)).toHaveAttribute('role', 'status');
}
function header(name: string) {
  return within(table()).getByRole('columnheader', { name: new RegExp(`^${name}`) });
}

describe('Actions explorer', () => {
  it('lists every action with a live count, in id order', async () => {
    const { user } = renderActions();
    expect(await screen.findByRole('heading', { name: 'Actions', level: 1 })).toBeInTheDocument();
    await expectCount(67);
    // The first 50 rows are drawn at once; the rest are one press away.
    expect(shownIds()).toEqual(idsOf(ALL).slice(0, 50));
    await user.click(screen.getByRole('button', { name: 'Show all 67 actions' }));
    expect(shownIds()).toEqual(idsOf(ALL));
    expect(screen.queryByRole('link', { name: 'Clear filters' })).not.toBeInTheDocument();
    expect(document.title).toMatch(/^Actions – /);
  });

  it('filters by rating, and puts the filter in the URL', async () => {
    const { user } = renderActions();
    await expectCount(67);
    await user.click(screen.getByRole('checkbox', { name: 'At risk' }));
    const red = ALL.filter((a) => a.rating === 'red');
    await expectCount(red.length);
    expect(shownIds()).toEqual(idsOf(red));
    expect(new URLSearchParams(window.location.search).get('rating')).toBe('red');

    await user.click(screen.getByRole('checkbox', { name: 'Not rated' }));
    const redOrUnrated = ALL.filter((a) => a.rating === 'red' || a.rating === null);
    await expectCount(redOrUnrated.length);
    expect(shownIds()).toEqual(idsOf(redOrUnrated));
    expect(new URLSearchParams(window.location.search).get('rating')).toBe('red,unrated');
  });

  it('filters by area', async () => {
    const { user } = renderActions();
    await expectCount(67);
    await user.click(screen.getByRole('checkbox', { name: 'Area 3: Response to risk' }));
    await expectCount(9);
    expect(shownIds()).toEqual(['3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '3.9']);
    expect(window.location.search).toBe('?area=3');
  });

  it('shows one lead option for the three spellings of one lead, and all its actions', async () => {
    const { user } = renderActions();
    await expectCount(67);
    const group = distinctLeads(ALL).find((g) => g.spellings.length === 3);
    if (!group) throw new Error('fixture should spell one lead three ways');
    const lead = within(screen.getByRole('group', { name: 'Lead' }));
    expect(lead.getAllByRole('checkbox')).toHaveLength(distinctLeads(ALL, main.plan.leadAliases).length);
    for (const spelling of group.spellings.filter((s) => s !== group.displayName)) {
      expect(lead.queryByRole('checkbox', { name: spelling })).not.toBeInTheDocument();
    }
    await user.click(lead.getByRole('checkbox', { name: group.displayName }));
    const theirs = ALL.filter((a) => leadKey(a.lead) === group.key);
    expect(new Set(theirs.map((a) => a.lead.trim())).size).toBe(3);
    await expectCount(theirs.length);
    expect(shownIds()).toEqual(idsOf(theirs));
    expect(new URLSearchParams(window.location.search).get('lead')).toBe(group.key);
  });

  it('shows exactly the overdue actions, each marked "Overdue" in words', async () => {
    const { user } = renderActions();
    await expectCount(67);
    await user.click(screen.getByRole('radio', { name: 'Overdue' }));
    const expected = ['1.9', '2.3', '2.5', '3.1', '3.5', '5.5', '7.2', '7.3', '8.4', '9.3'];
    await expectCount(10);
    expect(shownIds()).toEqual(expected);
    expect(idsOf(ALL.filter((a) => isOverdue(a, DEMO_TODAY)))).toEqual(expected);
    for (const row of within(table()).getAllByRole('row').slice(1)) expect(row).toHaveTextContent('Overdue');
    expect(window.location.search).toBe('?overdue=yes');
  });

  it('shows the actions due within two weeks', async () => {
    const { user } = renderActions();
    await expectCount(67);
    await user.click(screen.getByRole('radio', { name: 'Due within 2 weeks' }));
    await expectCount(2);
    expect(shownIds()).toEqual(['3.8', '7.5']);
    expect(idsOf(ALL.filter((a) => isDueWithin(a, DEMO_TODAY, 14)))).toEqual(['3.8', '7.5']);
    expect(window.location.search).toBe('?due=14');
    // Choosing "Any deadline" removes the filter again.
    await user.click(screen.getByRole('radio', { name: 'Any deadline' }));
    await expectCount(67);
  });

  it('searches by id and by progress text, case-insensitively', async () => {
    const { user } = renderActions();
    await expectCount(67);
    const box = screen.getByRole('searchbox', { name: 'Search actions' });
    await user.type(box, '3.8');
    const byIdText = ALL.filter((a) => [a.id, a.title, a.lead, ...a.progress.map((p) => p.text)].some((t) => t.includes('3.8')));
    await expectCount(byIdText.length);
    expect(shownIds()).toContain('3.8');
    expect(new URLSearchParams(window.location.search).get('q')).toBe('3.8');

    await user.clear(box);
    await user.type(box, 'NEGLECT ASSESSMENT tool');
    await expectCount(1);
    expect(shownIds()).toEqual(['3.8']);
  });

  it('says when nothing matches and clears the filters', async () => {
    const { user } = renderActions(`${PATH}?q=zebra+crossing&sort=rating`);
    expect(await screen.findByRole('heading', { name: 'No actions match these filters' })).toBeInTheDocument();
    await expectCount(0);
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeDisabled();
    await user.click(screen.getByRole('link', { name: 'Clear filters' }));
    await expectCount(67);
    // The sort is not a filter: it stays.
    expect(window.location.search).toBe('?sort=rating');
  });

  it('sorts by deadline from the column header, with aria-sort', async () => {
    const { user } = renderActions();
    await expectCount(67);
    expect(header('ID')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Deadline')).toHaveAttribute('aria-sort', 'none');

    await user.click(within(header('Deadline')).getByRole('button'));
    await waitFor(() => expect(header('Deadline')).toHaveAttribute('aria-sort', 'ascending'));
    expect(header('ID')).toHaveAttribute('aria-sort', 'none');
    const dues = shownIds().map((id) => dueDate(parseDeadline(ALL.find((a) => a.id === id) ?? ({} as Action))));
    const dated = dues.filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort());
    // Worded and missing deadlines come last.
    expect(dues.slice(dated.length).every((d) => d === null)).toBe(true);
    expect(shownIds()[0]).toBe('3.1'); // January 2022: the draft's deadline before the inspection
    expect(window.location.search).toBe('?sort=deadline');

    await user.click(within(header('Deadline')).getByRole('button'));
    await waitFor(() => expect(header('Deadline')).toHaveAttribute('aria-sort', 'descending'));
    const desc = shownIds().map((id) => dueDate(parseDeadline(ALL.find((a) => a.id === id) ?? ({} as Action))));
    const datedDesc = desc.filter((d): d is string => d !== null);
    expect(datedDesc).toEqual([...datedDesc].sort().reverse());
    expect(desc.slice(datedDesc.length).every((d) => d === null)).toBe(true);
    expect(window.location.search).toBe('?sort=deadline&dir=desc');
  });

  it('sorts by rating, red first, from the column header', async () => {
    const { user } = renderActions();
    await expectCount(67);
    await user.click(within(header('Rating')).getByRole('button'));
    await waitFor(() => expect(header('Rating')).toHaveAttribute('aria-sort', 'ascending'));
    const ratings = shownIds().map((id) => ratingKey(ALL.find((a) => a.id === id)?.rating));
    expect(ratings).toEqual([...ratings].sort(compareByAttention));
    expect(shownIds().slice(0, 4)).toEqual(['2.5', '3.5', '7.3', '9.3']);
  });

  it('keeps filters, search and sort in the URL, so a reload restores the view', async () => {
    const first = renderActions();
    await expectCount(67);
    await first.user.click(screen.getByRole('checkbox', { name: 'Some delay' }));
    await first.user.click(screen.getByRole('checkbox', { name: 'At risk' }));
    await first.user.type(screen.getByRole('searchbox', { name: 'Search actions' }), 'plan');
    await first.user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Deadline (no date last)');
    await waitFor(() => expect(header('Deadline')).toHaveAttribute('aria-sort', 'ascending'));
    const url = `${window.location.pathname}${window.location.search}`;
    expect(Object.fromEntries(new URLSearchParams(window.location.search))).toEqual({ rating: 'amber,red', q: 'plan', sort: 'deadline' });
    const count = screen.getByRole('status').textContent;
    const ids = shownIds();
    first.unmount();

    renderActions(url);
    expect(await screen.findByText(count)).toBeInTheDocument();
    expect(shownIds()).toEqual(ids);
    expect(screen.getByRole('checkbox', { name: 'Some delay' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'At risk' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'On track' })).not.toBeChecked();
    expect(screen.getByRole('searchbox', { name: 'Search actions' })).toHaveValue('plan');
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('deadline');
    expect(header('Deadline')).toHaveAttribute('aria-sort', 'ascending');
  });

  it('ignores values in the URL that this plan does not have', async () => {
    renderActions(`${PATH}?area=3,99,x&lead=nobody&rating=purple&due=15&sort=colour&dir=up`);
    await expectCount(9);
    expect(screen.getByRole('checkbox', { name: 'Area 3: Response to risk' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Any deadline' })).toBeChecked();
    expect(header('ID')).toHaveAttribute('aria-sort', 'ascending');
  });

  it('downloads exactly the filtered, sorted rows as CSV', async () => {
    const downloads = captureDownloads();
    const { user } = renderActions(`${PATH}?area=3&sort=rating`);
    await expectCount(9);
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(downloads).toHaveLength(1);
    const [download] = downloads;
    if (!download) throw new Error('no download');
    expect(download.filename).toBe('hfd-2022-actions-as-at-2024-01-12.csv');
    expect([...(await download.bytes()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    // Area 3 from the fixture, by hand: red, amber, green, blue (then by id); 3.1 and 3.5 are
    // overdue on 12 Jan 2024 (due Jan 2022 and Oct 2023); fields with a comma are quoted.
    expect(await download.text()).toBe(
      [
        'id,area_number,title,lead,deadline,rating,overdue',
        "3.5,3,Agree and relaunch a joint housing and children's services protocol for homeless 16- and 17-year-olds.,Head of Service (Corporate Parenting) / Head of Service (Strategic Housing Manager),2023-10,red,yes",
        '3.1,3,"Confirm information-sharing protocols and the handling of consent with partners, so that nothing stops children being safeguarded promptly and on good information.",Service Director (Safeguarding and Family Support),2022-01,amber,yes',
        '3.4,3,"Produce publicity with the Safeguarding Children Partnership to raise awareness of private fostering, so that notifications, assessments and support are timely.","Head of Service (Fostering, Adoption & Placements)",2024-03,green,no',
        '3.6,3,Strengthen contextual safeguarding with partners so that risks to children outside the home are identified and managed.,Service Director (Safeguarding and Family Support),2024-04,green,no',
        "3.8,3,Relaunch the partnership's Neglect Strategy and test whether it is making a difference.,Service Director (Safeguarding and Family Support),2024-01-24,green,no",
        '3.9,3,Commission an independent review of decision-making at the front door after the June 2023 monitoring visit.,Head of Service (MASH & Assessment),2024-02-07,green,no',
        '3.2,3,Speed up bringing agencies together in the Multi-Agency Safeguarding Hub (MASH) to improve the joint response to risk.,Service Director (Safeguarding and Family Support),2022-08,blue,no',
        '3.3,3,"As a priority, refresh with health partners how the needs, risks and circumstances of unborn babies are identified, assessed and acted on.",Head of Service (MASH & Assessment),2023-03,blue,no',
        '3.7,3,"Revise the multi-agency protocols for children who go missing from home or care, and improve return interviews by exploring what draws children away and using intelligence in planning.",Service Director (Safeguarding and Family Support),2023-07,blue,no',
        '',
      ].join('\r\n'),
    );
    expect(shownIds()).toEqual(['3.5', '3.1', '3.4', '3.6', '3.8', '3.9', '3.2', '3.3', '3.7']);
  });

  it('expands an action’s earlier progress, oldest first with dates', async () => {
    const { user } = renderActions(`${PATH}?q=3.8`);
    await screen.findByRole('table', { name: 'Actions' });
    const row = within(table()).getByRole('rowheader', { name: '3.8' }).closest('tr');
    if (!row) throw new Error('no row for 3.8');
    expect(row).toHaveTextContent('Latest (Dec 2023): Evaluation report drafted; goes to the partnership executive on 24 January.');
    const toggle = within(row).getByRole('button', { name: 'Show 3 earlier updates for action 3.8' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName('Hide 3 earlier updates for action 3.8');
    const list = within(row).getByRole('list', { name: 'Earlier updates for action 3.8, oldest first' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '31 Oct 2022: Partnership relaunched the Neglect Strategy in October.',
      '19 May 2023: Evaluation delayed while the licence for the neglect assessment tool was renewed.',
      '21 Jul 2023: Licence renewed; 90 practitioners trained in the tool.',
    ]);
    await user.click(toggle);
    expect(within(row).queryByRole('list')).not.toBeInTheDocument();
  });

  it('shows the chosen filters as tags, each removing its own filter, with the groups closed', async () => {
    const { user } = renderActions(`${PATH}?rating=red,amber&area=3&overdue=yes`);
    const inArea3 = ALL.filter((a) => a.areaId === main.plan.areas.find((area) => area.number === 3)?.id);
    expect(inArea3.length).toBeGreaterThan(0);
    await screen.findByRole('heading', { name: 'Selected filters' });
    const tags = () => screen.getAllByRole('button', { name: /^Remove filter: / }).map((b) => b.getAttribute('aria-label'));
    expect(tags()).toEqual([
      'Remove filter: Rating: ■ At risk',
      'Remove filter: Rating: ▲ Some delay',
      'Remove filter: Deadline: Overdue',
      'Remove filter: Area: Area 3: Response to risk',
    ]);
    // Every group starts closed; its summary says what is chosen in it.
    const summaries = [...document.querySelectorAll('details.app-filter-group')].map((d) => [d.querySelector('summary')?.textContent, d.hasAttribute('open')]);
    expect(summaries).toEqual([
      ['Rating (2 chosen)', false],
      ['Deadline (1 chosen)', false],
      ['Area (1 chosen)', false],
      ['Lead', false],
    ]);

    await user.click(screen.getByRole('button', { name: 'Remove filter: Deadline: Overdue' }));
    expect(window.location.search).toBe('?area=3&rating=red%2Camber');
    const redOrAmberIn3 = inArea3.filter((a) => a.rating === 'red' || a.rating === 'amber');
    await expectCount(redOrAmberIn3.length);
    expect(shownIds()).toEqual(idsOf(redOrAmberIn3));
    // Focus moves to the next tag, not to the top of the page.
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName('Remove filter: Area: Area 3: Response to risk'));

    await user.click(screen.getByRole('button', { name: 'Remove filter: Rating: ■ At risk' }));
    expect(screen.getByRole('checkbox', { name: 'At risk' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Some delay' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Remove filter: Rating: ▲ Some delay' }));
    await user.click(screen.getByRole('button', { name: 'Remove filter: Area: Area 3: Response to risk' }));
    await expectCount(67);
    expect(screen.queryByRole('heading', { name: 'Selected filters' })).not.toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).toHaveAttribute('id', 'action-results'));
  });

  it('names a search in its tag, and the tag clears it', async () => {
    const { user } = renderActions(`${PATH}?q=audit`);
    await user.click(await screen.findByRole('button', { name: 'Remove filter: Search: “audit”' }));
    await expectCount(67);
    expect(screen.getByRole('searchbox', { name: 'Search actions' })).toHaveValue('');
  });

  it('works by keyboard: a filter can be reached and toggled with the space bar', async () => {
    const { user } = renderActions();
    await expectCount(67);
    screen.getByRole('checkbox', { name: 'At risk' }).focus();
    await user.keyboard(' ');
    await expectCount(4);
    within(header('Rating')).getByRole('button').focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(header('Rating')).toHaveAttribute('aria-sort', 'ascending'));
  });

  it('shows the failure with a Retry that recovers', async () => {
    let calls = 0;
    server.use(
      http.get('/api/plans/hfd-2022/actions', () => {
        calls += 1;
        return calls === 1 ? problem(503, 'Service Unavailable', 'The performance system is being updated.') : undefined;
      }),
    );
    const { user } = renderActions();
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Could not load the actions' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('The performance system is being updated.');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await expectCount(67);
  });

  it('says so when the plan has no actions', async () => {
    server.use(http.get('/api/plans/hfd-2022/actions', () => HttpResponse.json({ ...main.actions, actions: [] })));
    renderActions();
    expect(await screen.findByText('This plan has no actions yet.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('names a malformed action in the data problems and shows the rest', async () => {
    const broken = ALL.map((a) => (a.id === '4.2' ? { ...a, rating: 'purple' } : a));
    server.use(http.get('/api/plans/hfd-2022/actions', () => HttpResponse.json({ ...main.actions, actions: broken })));
    const { user } = renderActions();
    await expectCount(66, 66);
    expect(shownIds()).not.toContain('4.2');
    await user.click(screen.getByText('1 data problem in Action 4.2'));
    expect(screen.getByText(/^Action 4\.2, field rating:/)).toBeVisible();
  });
});
