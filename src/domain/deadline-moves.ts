/**
 * A moved deadline in words: "30 Jun 2023 (moved twice, first due Mar 2023)", from the
 * moves the API lists on an action (`deadlineMoves`, from its history). An action from
 * a server that sends no moves reads as never moved.
 *
 * Invariant: a move counts only when the deadline a person reads changes. A month
 * deadline made the month's last day ("2023-03" to "2023-03-31") is due on the same
 * day, so it is not a move; two days in the same month are.
 */
import type { Action, DeadlineMove } from '../api/schemas';
import { DEADLINE_PATTERN, formatDeadline, parseDeadlineValue, type ParsedDeadline } from './deadlines';

export interface DeadlineMoves {
  /** How many times the deadline really changed (at least 1). */
  readonly times: number;
  /** The deadline before the first move. */
  readonly first: ParsedDeadline;
}

/** A deadline as a move records it: the date when there was one, else the plan's words, else null. */
export function parseRecordedDeadline(value: string | null): ParsedDeadline {
  const text = value?.trim();
  if (!text) return { kind: 'none' };
  return DEADLINE_PATTERN.test(text) ? parseDeadlineValue(text) : { kind: 'text', text };
}

/** What a reader compares: the due date of a real date, otherwise the words shown. */
function sameForReader(a: ParsedDeadline, b: ParsedDeadline): boolean {
  if (a.kind === 'date' && b.kind === 'date') return a.due === b.due;
  return formatDeadline(a) === formatDeadline(b);
}

/**
 * The real moves, oldest first (by `at`; the contract sends them oldest first, and
 * entries at the same instant keep their order); null when the deadline never moved.
 */
export function deadlineMoves(moves: readonly DeadlineMove[] | undefined): DeadlineMoves | null {
  if (!moves || moves.length === 0) return null;
  const ordered = moves
    .map((move, index) => ({ move, index, time: Date.parse(move.at) }))
    .sort((a, b) => (a.time === b.time || Number.isNaN(a.time) || Number.isNaN(b.time) ? a.index - b.index : a.time - b.time))
    .map(({ move }) => ({ from: parseRecordedDeadline(move.from), to: parseRecordedDeadline(move.to) }))
    .filter(({ from, to }) => !sameForReader(from, to));
  const [oldest] = ordered;
  return oldest ? { times: ordered.length, first: oldest.from } : null;
}

/** "once", "twice", "3 times". */
function howOften(times: number): string {
  if (times === 1) return 'once';
  if (times === 2) return 'twice';
  return `${times} times`;
}

/** "moved twice, first due Mar 2023"; "moved once, no deadline at first". */
export function deadlineMovesText(moves: DeadlineMoves): string {
  const first = moves.first.kind === 'none' ? 'no deadline at first' : `first due ${formatDeadline(moves.first)}`;
  return `moved ${howOften(moves.times)}, ${first}`;
}

/** The words after a deadline, for an action: "moved twice, first due Mar 2023", or null when it never moved. */
export function actionDeadlineMovesText(action: Pick<Action, 'deadlineMoves'>): string | null {
  const moves = deadlineMoves(action.deadlineMoves);
  return moves ? deadlineMovesText(moves) : null;
}

/** The deadline with its moves, as print and CSV write it: "30 Jun 2023 (moved twice, first due Mar 2023)". */
export function deadlineWithMoves(deadline: string, action: Pick<Action, 'deadlineMoves'>): string {
  const moved = actionDeadlineMovesText(action);
  return moved ? `${deadline} (${moved})` : deadline;
}
