/**
 * A progress update as the form holds it, and what it sends: pure, so the form, its
 * conflict view and the tests agree. The "base" is the action as the user last saw it
 * (its rating decides whether the rating changes and so whether a rationale is needed).
 */
import type { Action, HistoryEntry, NullableRating, Rating } from '../api/schemas';
import { RATING_LABELS, ratingKey } from './ratings';

export interface UpdateDraft {
  readonly text: string;
  /** The rating chosen on the form; null while none is chosen (an unrated action). */
  readonly rating: Rating | null;
  /** Kept while hidden, so choosing the old rating and back again loses nothing; sent only with a change. */
  readonly rationale: string;
}

/** What "No change this week" records, in one step. */
export const NO_CHANGE_TEXT = 'No change this week.';

export function emptyDraft(current: NullableRating): UpdateDraft {
  return { text: '', rating: current, rationale: '' };
}

export function changesRating(draft: UpdateDraft, base: NullableRating): boolean {
  return draft.rating !== null && draft.rating !== base;
}

/** The request body: the rating and its rationale only when the rating changes (hidden fields are not sent). */
export function updateBody(draft: UpdateDraft, base: NullableRating): { text: string; rating?: Rating; rationale?: string } {
  if (!changesRating(draft, base) || draft.rating === null) return { text: draft.text };
  return { text: draft.text, rating: draft.rating, ...(draft.rationale.trim() !== '' && { rationale: draft.rationale }) };
}

/** Whether the user has started an update that "No change this week" would throw away. */
export function hasStarted(draft: UpdateDraft, base: NullableRating): boolean {
  return draft.text.trim() !== '' || changesRating(draft, base);
}

/**
 * The draft on top of someone else's change (412): a rating the user left as it was
 * follows theirs (so sending it again never undoes their change); a rating the user
 * chose stays, and so does everything typed.
 */
export function rebaseDraft(draft: UpdateDraft, oldBase: NullableRating, current: NullableRating): UpdateDraft {
  return draft.rating === oldBase ? { ...draft, rating: current } : draft;
}

const label = (rating: NullableRating) => RATING_LABELS[ratingKey(rating)];

/** The success banner's words: what was recorded on which action. */
export function recordedMessage(before: NullableRating, saved: Action, text: string): string {
  if (text === NO_CHANGE_TEXT) return `“No change this week” recorded for action ${saved.id}.`;
  const rating = saved.rating !== before ? ` Rating changed from ${label(before)} to ${label(saved.rating)}.` : '';
  return `Update recorded for action ${saved.id}.${rating}`;
}

/** One save by someone else: the entries of one version, as the conflict view shows them beside yours. */
export interface ChangeSet {
  readonly version: string;
  readonly by: string;
  readonly at: string;
  readonly note: string | null;
  readonly rating: { readonly from: string | null; readonly to: string | null; readonly reason: string | null } | null;
  /** An editor's changes (deadline, lead, title), each with its reason. */
  readonly edits: readonly { readonly field: string; readonly from: string | null; readonly to: string | null; readonly reason: string | null }[];
}

/** History entries (newest first, one per field) grouped by the save that made them, newest first. */
export function changeSets(entries: readonly HistoryEntry[]): ChangeSet[] {
  const sets = new Map<string, { version: string; by: string; at: string; note: string | null; rating: ChangeSet['rating']; edits: ChangeSet['edits'][number][] }>();
  for (const entry of entries) {
    let set = sets.get(entry.version);
    if (!set) {
      set = { version: entry.version, by: entry.by, at: entry.at, note: null, rating: null, edits: [] };
      sets.set(entry.version, set);
    }
    if (entry.field === 'progress') set.note = entry.to;
    else if (entry.field === 'rating') set.rating = { from: entry.from, to: entry.to, reason: entry.reason };
    else set.edits.push({ field: entry.field, from: entry.from, to: entry.to, reason: entry.reason });
  }
  return [...sets.values()];
}
