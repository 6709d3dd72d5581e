import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeadlineMove } from '../../src/api/schemas';
import { actionDeadlineMovesText, deadlineMoves, deadlineWithMoves, parseRecordedDeadline } from '../../src/domain';

let minute = 0;
/** A move at a later time than the one before (the contract lists them oldest first). */
function move(from: string | null, to: string | null, at?: string): DeadlineMove {
  minute += 1;
  return { from, to, at: at ?? new Date(Date.UTC(2023, 0, 1, 9, minute)).toISOString(), by: 'Eddie Editor', reason: 'Replanned.' };
}
const text = (moves: DeadlineMove[] | undefined) => actionDeadlineMovesText({ deadlineMoves: moves });

describe('moved-deadline words', () => {
  it('says nothing for an action that never moved, or a server that sends no moves', () => {
    expect(text(undefined)).toBeNull();
    expect(text([])).toBeNull();
    expect(deadlineWithMoves('Mar 2023', {})).toBe('Mar 2023');
  });

  it('counts one move, naming the first deadline', () => {
    expect(text([move('2023-03', '2023-06-30')])).toBe('moved once, first due Mar 2023');
  });

  it('counts two moves as "twice", the first deadline from the oldest move', () => {
    expect(text([move('2023-03', '2023-05'), move('2023-05', '2023-06-30')])).toBe('moved twice, first due Mar 2023');
    expect(deadlineWithMoves('30 Jun 2023', { deadlineMoves: [move('2023-03', '2023-05'), move('2023-05', '2023-06-30')] })).toBe(
      '30 Jun 2023 (moved twice, first due Mar 2023)',
    );
  });

  it('counts many moves in figures', () => {
    const moves = [move('2023-01', '2023-02'), move('2023-02', '2023-03'), move('2023-03', '2023-04'), move('2023-04', '2023-05'), move('2023-05', '2023-06')];
    expect(text(moves.slice(0, 3))).toBe('moved 3 times, first due Jan 2023');
    expect(text(moves)).toBe('moved 5 times, first due Jan 2023');
  });

  it('names the first deadline when it was moved earlier, not later', () => {
    expect(text([move('2023-09-30', '2023-06')])).toBe('moved once, first due 30 Sep 2023');
    // Moved out, then back before the first deadline: two moves, and the first is still the first.
    expect(text([move('2023-06', '2023-09'), move('2023-09', '2023-04')])).toBe('moved twice, first due Jun 2023');
  });

  it('counts a move within the same month, and keeps the first deadline’s own precision', () => {
    expect(text([move('2023-03-10', '2023-03-28')])).toBe('moved once, first due 10 Mar 2023');
    expect(text([move('2023-03-15', '2023-03')])).toBe('moved once, first due 15 Mar 2023');
  });

  it('does not count a change that keeps the same due day (a month written as its last day)', () => {
    expect(text([move('2023-03', '2023-03-31')])).toBeNull();
    expect(text([move('2023-03', '2023-03-31'), move('2023-03-31', '2023-06')])).toBe('moved once, first due 31 Mar 2023');
    expect(text([move('2023-03', '2023-03')])).toBeNull();
  });

  it('words a deadline that was missing or written in words', () => {
    expect(text([move(null, '2023-06')])).toBe('moved once, no deadline at first');
    expect(text([move('Spring 2023', '2023-06')])).toBe('moved once, first due Spring 2023');
    expect(text([move('2023-06', null)])).toBe('moved once, first due Jun 2023');
    expect(text([move('2023-02-30', '2023-03')])).toBe('moved once, first due 2023-02-30 (not a real date)');
  });

  it('orders moves by when they were made, whatever order they arrive in', () => {
    const first = move('2023-01', '2023-02', '2023-01-05T10:00:00Z');
    const second = move('2023-02', '2023-07', '2023-02-05T10:00:00+00:00');
    expect(text([second, first])).toBe('moved twice, first due Jan 2023');
    // Moves at the same instant keep the order they were sent in.
    const sameTime = '2023-03-01T10:00:00Z';
    expect(text([move('2023-05', '2023-06', sameTime), move('2023-06', '2023-07', sameTime)])).toBe('moved twice, first due May 2023');
  });

  it('reads recorded deadlines as the contract writes them', () => {
    expect(parseRecordedDeadline('2023-03')).toMatchObject({ kind: 'date', precision: 'month', due: '2023-03-31' });
    expect(parseRecordedDeadline('  ')).toEqual({ kind: 'none' });
    expect(parseRecordedDeadline(null)).toEqual({ kind: 'none' });
    expect(parseRecordedDeadline('Ongoing')).toEqual({ kind: 'text', text: 'Ongoing' });
  });

  it('counts exactly the moves that change the due day, first deadline from the earliest of them (property)', () => {
    const month = fc.integer({ min: 1, max: 12 }).map((m) => `2023-${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.array(fc.tuple(month, month), { maxLength: 12 }), (pairs) => {
        const moves = pairs.map(([from, to], i) => ({ from, to, at: new Date(Date.UTC(2023, 0, 1, 0, i)).toISOString(), by: 'x', reason: 'y' }));
        const real = pairs.filter(([from, to]) => from !== to);
        const summary = deadlineMoves(moves);
        if (real.length === 0) return summary === null;
        // Shuffled input (distinct times) gives the same answer.
        const reversed = deadlineMoves([...moves].reverse());
        return summary !== null && summary.times === real.length && summary.first.kind === 'date' && summary.first.raw === real[0]?.[0] && reversed?.times === summary.times && reversed.first.kind === 'date' && reversed.first.raw === summary.first.raw;
      }),
    );
  });
});
