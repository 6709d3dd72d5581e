import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { buildMeasure, buildPoint } from '../../fixtures/builders';
import type { Area, Measure } from '../../src/api/schemas';
import { MeasureCard } from '../../src/components/measures/measure-card';
import { renderWithProviders } from '../support/render-with-providers';

const areas: Area[] = [
  { id: 'area-1', number: 1, title: 'Corporate responsibility for children', shortTitle: 'Corporate responsibility' },
  { id: 'area-7', number: 7, title: 'Support and services for care leavers', shortTitle: 'Support and services' },
];

const yearOfPoints = buildMeasure({
  id: 'm-eet',
  title: 'Care leavers in education, employment or training',
  areaIds: ['area-1', 'area-7'],
  target: { value: 60, tolerance: 5 },
  points: [
    buildPoint({ periodEnd: '2022-12-31', periodLabel: 'Dec 2022', value: 50 }),
    buildPoint({ periodEnd: '2023-11-30', periodLabel: 'Nov 2023', value: 57 }),
    buildPoint({ periodEnd: '2023-12-31', periodLabel: 'Dec 2023', value: 56, status: 'provisional' }),
  ],
  comparators: [
    { group: 'England', periodLabel: '2022-23', periodEnd: '2023-03-31', value: 55.2 },
    { group: 'Statistical neighbours', periodLabel: 'Dec 2023', periodEnd: '2023-12-31', value: 58 },
  ],
});

/** The card's summary, by hand: the one sentence builder's words for the measure above. */
const YEAR_OF_POINTS_SUMMARY =
  '56.0% in Dec 2023 (provisional), below the 60.0% target: near target. Worsening since Nov 2023 (down from 57.0%); higher is better. ' +
  'Up from 50.0% a year earlier (+6.0 percentage points on the year): improving. ' +
  'England 2022-23: 55.2%; ours, Dec 2023: 56.0%: not the same period. ' +
  'Worse than statistical neighbours (58.0%, Dec 2023; ours 56.0%, Dec 2023): not tested for significance.';

function renderCard(measure: Measure, props: { showChart?: boolean; withAreas?: boolean } = {}) {
  return renderWithProviders(
    <MeasureCard planId="test-plan" measure={measure} areas={props.withAreas === false ? undefined : areas} showChart={props.showChart ?? false} />,
    { path: '/plans/test-plan/areas/1' },
  );
}

function fact(term: string): HTMLElement {
  const dt = screen.getByText(term, { selector: 'dt' });
  const dd = dt.nextElementSibling;
  if (!(dd instanceof HTMLElement)) throw new Error(`no value for ${term}`);
  return dd;
}

// The chart is code-split: its first load can take a few seconds on a busy machine.
const CHART_LOAD = { timeout: 8000 };

describe('MeasureCard', () => {
  it('says everything in words: latest, target, rating, direction, year on year, comparators, areas', () => {
    renderCard(yearOfPoints);
    const article = screen.getByRole('article', { name: yearOfPoints.title });
    expect(within(article).getByRole('heading', { level: 3, name: yearOfPoints.title })).toBeInTheDocument();
    expect(within(article).getByRole('link', { name: yearOfPoints.title })).toHaveAttribute('href', '/plans/test-plan/measures/m-eet');

    expect(fact('Latest')).toHaveTextContent('56.0% (provisional) in Dec 2023');
    expect(fact('Target')).toHaveTextContent('60.0% or more (near target down to 55.0%)');
    // 56 is within 5 of 60: near target, a word and a shape.
    expect(within(article).getByText('Near target')).toBeInTheDocument();
    expect(within(article).getByText('▲')).toHaveAttribute('aria-hidden', 'true');
    expect(fact('Direction of travel')).toHaveTextContent('↓ Worsening since Nov 2023');
    expect(fact('On a year earlier')).toHaveTextContent('+6.0 percentage points (from 50.0% in Dec 2022) ↑ improving');
    // England's figure is for another period than any of ours: both shown, no verdict.
    expect(fact('Compared with others')).toHaveTextContent('England 2022-23: 55.2%; ours, Dec 2023: 56.0%: not the same period');
    expect(fact('Compared with others')).toHaveTextContent(
      'Worse than statistical neighbours (58.0%, Dec 2023; ours 56.0%, Dec 2023): not tested for significance',
    );
    expect(within(fact('Areas')).getByRole('link', { name: '7 Support and services' })).toHaveAttribute('href', '/plans/test-plan/areas/7');
    expect(article).toHaveTextContent('The latest figure is provisional and may change.');
    expect(within(article).queryByRole('button')).not.toBeInTheDocument();
  });

  it.each<{ name: string; measure: Measure; latest: string; rating: string; direction: string; notes: string[] }>([
    {
      name: 'no points',
      measure: buildMeasure({ points: [] }),
      latest: 'Not yet reported',
      rating: 'Not collected yet',
      direction: '– No judgement',
      notes: [],
    },
    {
      name: 'all null',
      measure: buildMeasure({
        points: [buildPoint({ value: null, status: 'not-available' }), buildPoint({ periodEnd: '2024-01-31', value: 3, status: 'suppressed' })],
      }),
      latest: 'No figure available',
      rating: 'No figure published',
      direction: '– No judgement',
      notes: ['Some figures are suppressed (c) because the numbers are small.', 'Some periods have no figure (n/a).'],
    },
    {
      name: 'single point on target',
      measure: buildMeasure({ points: [buildPoint({ value: 81 })] }),
      latest: '81.0% in Dec 2023',
      rating: 'On target',
      direction: '– No judgement',
      notes: [],
    },
    {
      name: 'in range, lower is not better',
      measure: buildMeasure({
        unit: 'ratio',
        polarity: 'in-range-is-good',
        target: { min: 16, max: 20, tolerance: 2 },
        points: [buildPoint({ periodEnd: '2023-11-30', value: 23 }), buildPoint({ value: 21.5 })],
      }),
      latest: '21.5 in Dec 2023',
      rating: 'Near target',
      direction: '↑ Improving',
      notes: [],
    },
  ])('$name', ({ measure, latest, rating, direction, notes }) => {
    renderCard(measure);
    expect(fact('Latest')).toHaveTextContent(latest);
    expect(screen.getByText(rating)).toBeInTheDocument();
    expect(fact('Direction of travel')).toHaveTextContent(direction);
    for (const note of notes) expect(screen.getByText(note)).toBeInTheDocument();
  });

  it("flags a measure not in the council's control alone", () => {
    renderCard(buildMeasure({ outsideControl: true }));
    expect(screen.getByText('Not in the council’s control alone')).toBeInTheDocument();
  });

  it('leaves the areas out when none are given', () => {
    renderCard(yearOfPoints, { withAreas: false });
    expect(screen.queryByText('Areas', { selector: 'dt' })).not.toBeInTheDocument();
  });

  it('adds the chart with its summary and a table view that is remembered', { timeout: 20_000 }, async () => {
    const { user, unmount } = renderCard(yearOfPoints, { showChart: true });
    const summary = YEAR_OF_POINTS_SUMMARY;
    expect(screen.getByText(summary)).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: summary }, CHART_LOAD)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: `Show as table: ${yearOfPoints.title}` }));
    const table = screen.getByRole('table', { name: /by month/ });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[0] ?? table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual([
      'Month',
      'This council',
      'England',
      'Statistical neighbours',
    ]);
    const dec = within(table).getByRole('rowheader', { name: 'Dec 2023' }).closest('tr');
    expect(dec).toHaveTextContent('56.0% (p)');
    // The comparators' period (31 Mar 2023) is not in the series: it gets a row of its own.
    const comparatorRow = within(table).getByRole('rowheader', { name: '2022-23' }).closest('tr');
    expect(comparatorRow).toHaveTextContent('55.2%');
    expect(screen.getByRole('button', { name: /^Show as chart/ })).toBeInTheDocument();

    unmount();
    renderCard(yearOfPoints, { showChart: true });
    expect(screen.getByRole('table', { name: /by month/ })).toBeInTheDocument();
  });

  it('has no axe violations with its chart', async () => {
    const { container } = renderCard({ ...yearOfPoints, outsideControl: true }, { showChart: true });
    await screen.findByRole('img', { name: YEAR_OF_POINTS_SUMMARY }, CHART_LOAD);
    expect(await axe(container, { rules: { 'color-contrast': { enabled: false } } })).toHaveNoViolations();
  }, 20_000);
});
