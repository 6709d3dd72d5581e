/**
 * Figures read off the demo fixture by hand, shared by the jsdom and Chromium tests so
 * both check the same independently stated answer.
 */
import { DEMO_TODAY, demoMain } from '../../fixtures/demo';

/**
 * The changes CSV from the December 2023 board to now, first five fields
 * (action_id, area_number, from, to, direction): the fixture's own notes in
 * fixtures/demo/hfd-2022/reviews.ts list these moves.
 */
export const CHANGES_SINCE_DECEMBER = [
  '2.3,2,amber,,changed',
  '3.5,3,amber,red,worsened',
  '5.6,5,green,amber,worsened',
  '7.5,7,amber,green,improved',
  '8.3,8,green,blue,improved',
  '9.4,9,green,blue,improved',
  '10.5,10,blue,amber,worsened',
] as const;

/**
 * The summary sentence worked out from the fixture's facts, independently of the
 * domain code: counts per rating, and overdue by the contract's rule (a YYYY-MM
 * deadline is due on the month's last day; overdue when due before today and not blue).
 */
export function expectedSummary(areaId: string): string {
  const actions = demoMain.actions.actions.filter((a) => a.areaId === areaId);
  const words: [string | null, string][] = [
    ['blue', 'complete and awaiting evidence of impact'],
    ['green', 'on track'],
    ['amber', 'delayed'],
    ['red', 'at risk'],
    ['not-due', 'not yet due'],
    [null, 'not yet rated'],
  ];
  const parts = words
    .map(([rating, word]) => [actions.filter((a) => a.rating === rating).length, word] as const)
    .filter(([n]) => n > 0)
    .map(([n, word]) => `${n} ${word}`);
  const overdue = expectedOverdue(actions).length;
  return `${actions.length} ${actions.length === 1 ? 'action' : 'actions'}: ${parts.join(', ')}; ${overdue === 0 ? 'none' : overdue} overdue.`;
}

function monthEnd(yearMonth: string): string {
  const [y, m] = yearMonth.split('-').map(Number);
  const last = new Date(Date.UTC(y ?? 0, m ?? 0, 0)).getUTCDate();
  return `${yearMonth}-${String(last).padStart(2, '0')}`;
}

/** The demo's overdue actions by the contract's rule, worked out without the domain code. */
export function expectedOverdue<A extends { deadline?: string | null; rating: string | null }>(actions: readonly A[]): A[] {
  return actions.filter((a) => {
    if (!a.deadline || a.rating === 'blue') return false;
    const due = a.deadline.length === 7 ? monthEnd(a.deadline) : a.deadline;
    return due < DEMO_TODAY;
  });
}
