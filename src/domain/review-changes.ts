/**
 * What changed between two snapshots (two reviews, or a review and now):
 * rating changes with direction and rationale, newly overdue, newly blue,
 * appeared and disappeared actions; and the BRAG distribution at every review.
 *
 * Rules:
 * - Direction uses the progress scale red < amber < green < blue. A move to or
 *   from not-due or unrated is 'changed': neither better nor worse.
 * - The rationale shown is the later snapshot's, if it was written on or after
 *   the earlier snapshot's date (an older note cannot explain this change).
 *   A change without one is flagged `rationaleMissing`.
 * - Newly overdue: overdue at the later date with the later rating, and not
 *   overdue at the earlier date with the earlier rating. Deadlines come from the
 *   action index (the contract keeps no deadline history); an action missing
 *   from the index is never reported overdue.
 * - Newly blue: blue now and not blue before.
 * - Both are judged only for actions in both snapshots; an action in only one is
 *   listed under appeared / disappeared instead, with its rating.
 * - Lists keep the later snapshot's order (plan order); disappeared actions
 *   keep the earlier snapshot's order; newly overdue follows the action index's
 *   plan order. Sorting is the view's business (`compareActionIds`).
 *
 * Speed: an action whose rating did not change can only become overdue if it fell
 * due in [earlier date, later date) and is not blue, so those are found from the
 * index's due-date order by binary search instead of looking up every action.
 */
import { type ActionIndex, firstDueOnOrAfter } from './action-index';
import { isOverdueOn } from './deadlines';
import { type RatingKey, ratingChangeDirection } from './ratings';
import { type RatingCounts, emptyCounts } from './rollup-types';
import type { Snapshot } from './snapshot';

export interface RatingChange {
  readonly actionId: string;
  readonly areaId: string | null;
  readonly from: RatingKey;
  readonly to: RatingKey;
  readonly direction: 'improved' | 'worsened' | 'changed';
  readonly rationale: string | null;
  readonly rationaleMissing: boolean;
}

/** Rating changes split the way the board reads them, each list in the comparison's order. */
export interface ChangesByDirection {
  readonly worse: RatingChange[];
  readonly better: RatingChange[];
  /** Moves to or from not yet due or not rated: neither better nor worse. */
  readonly other: RatingChange[];
}

export function changesByDirection(changes: readonly RatingChange[]): ChangesByDirection {
  const split: ChangesByDirection = { worse: [], better: [], other: [] };
  for (const change of changes) {
    if (change.direction === 'worsened') split.worse.push(change);
    else if (change.direction === 'improved') split.better.push(change);
    else split.other.push(change);
  }
  return split;
}

export interface OverdueChange {
  readonly actionId: string;
  readonly areaId: string;
  readonly due: string;
  readonly rating: RatingKey;
}

export interface PresenceChange {
  readonly actionId: string;
  readonly areaId: string | null;
  readonly rating: RatingKey;
}

export interface BecameBlue {
  readonly actionId: string;
  readonly areaId: string | null;
  readonly from: RatingKey;
  readonly rationale: string | null;
}

export interface SnapshotComparison {
  readonly from: Pick<Snapshot, 'label' | 'date'>;
  readonly to: Pick<Snapshot, 'label' | 'date'>;
  /** Every rating change, improved, worsened or changed. */
  readonly changes: RatingChange[];
  readonly becameOverdue: OverdueChange[];
  readonly becameBlue: BecameBlue[];
  readonly appeared: PresenceChange[];
  readonly disappeared: PresenceChange[];
  readonly counts: {
    readonly improved: number;
    readonly worsened: number;
    readonly changed: number;
    readonly rationaleMissing: number;
  };
}

export function compareSnapshots(from: Snapshot, to: Snapshot, actions?: ActionIndex): SnapshotComparison {
  const changes: RatingChange[] = [];
  const becameOverdue: OverdueChange[] = [];
  const becameBlue: BecameBlue[] = [];
  const appeared: PresenceChange[] = [];
  const disappeared: PresenceChange[] = [];
  let improved = 0;
  let worsened = 0;
  let changed = 0;
  let rationaleMissing = 0;
  const earlier = from.ratings;
  const later = to.ratings;
  const fromDate = from.date;
  const toDate = to.date;
  const byId = actions?.byId;
  // Counted so the second pass (looking for disappeared actions) can be skipped
  // when every earlier action was matched, the usual case.
  let matched = 0;

  for (const [actionId, now] of later) {
    const before = earlier.get(actionId);
    if (before === undefined) {
      appeared.push({ actionId, areaId: byId?.get(actionId)?.areaId ?? null, rating: now.rating ?? 'unrated' });
      continue;
    }
    matched += 1;
    if (before.rating === now.rating) continue;
    const action = byId?.get(actionId);
    const fromKey: RatingKey = before.rating ?? 'unrated';
    const toKey: RatingKey = now.rating ?? 'unrated';
    const areaId = action?.areaId ?? null;
    const fresh = now.rationale !== undefined && (now.rationaleDate === undefined || now.rationaleDate >= fromDate);
    const rationale = fresh ? (now.rationale ?? null) : null;
    const direction = ratingChangeDirection(fromKey, toKey);
    if (direction === 'improved') improved += 1;
    else if (direction === 'worsened') worsened += 1;
    else changed += 1;
    if (rationale === null) rationaleMissing += 1;
    changes.push({ actionId, areaId, from: fromKey, to: toKey, direction: direction === 'unchanged' ? 'changed' : direction, rationale, rationaleMissing: rationale === null });
    if (toKey === 'blue') becameBlue.push({ actionId, areaId, from: fromKey, rationale });
    const due = action === undefined ? null : action.due;
    if (action !== undefined && due !== null && isOverdueOn(due, now.rating, toDate) && !isOverdueOn(due, before.rating, fromDate)) {
      becameOverdue.push({ actionId, areaId: action.areaId, due, rating: toKey });
    }
  }
  if (actions !== undefined && fromDate < toDate) {
    // Unchanged ratings: newly overdue exactly when not blue and fromDate <= due < toDate.
    const byDue = actions.byDue;
    for (let i = firstDueOnOrAfter(byDue, fromDate); i < byDue.length; i += 1) {
      const action = byDue[i];
      if (action === undefined || action.due === null || action.due >= toDate) break;
      const now = later.get(action.id);
      const before = earlier.get(action.id);
      if (now === undefined || before === undefined || now.rating !== before.rating || now.rating === 'blue') continue;
      becameOverdue.push({ actionId: action.id, areaId: action.areaId, due: action.due, rating: now.rating ?? 'unrated' });
    }
  }
  // Both passes above push in their own order (snapshot order, due order): plan order wins.
  if (becameOverdue.length > 1 && byId !== undefined) {
    becameOverdue.sort((a, b) => (byId.get(a.actionId)?.position ?? 0) - (byId.get(b.actionId)?.position ?? 0));
  }
  if (matched !== earlier.size) {
    for (const [actionId, before] of earlier) {
      if (!later.has(actionId)) disappeared.push({ actionId, areaId: byId?.get(actionId)?.areaId ?? null, rating: before.rating ?? 'unrated' });
    }
  }

  return {
    from: { label: from.label, date: from.date },
    to: { label: to.label, date: to.date },
    changes,
    becameOverdue,
    becameBlue,
    appeared,
    disappeared,
    counts: { improved, worsened, changed, rationaleMissing },
  };
}

export interface BragPoint {
  readonly label: string;
  readonly date: string;
  readonly counts: RatingCounts;
  readonly total: number;
}

/** The rating distribution at each snapshot, in the order given: the plan's own trend. */
export function bragTrend(snapshots: readonly Snapshot[]): BragPoint[] {
  return snapshots.map((snapshot) => {
    const counts = emptyCounts();
    for (const entry of snapshot.ratings.values()) counts[entry.rating ?? 'unrated'] += 1;
    return { label: snapshot.label, date: snapshot.date, counts, total: snapshot.ratings.size };
  });
}

const idCollator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/** Natural order of action ids: "3.2" before "3.10", "10.1" after "9.9". */
export function compareActionIds(a: string, b: string): number {
  return idCollator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
