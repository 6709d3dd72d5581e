/**
 * An action's history (`GET .../history`) as people read it: one change per version
 * (a progress update with a new rating is one change of two fields), newest first,
 * each field with its words: "Deadline: Mar 2023 → Jun 2023", "Rating: Some delay →
 * On track", and why.
 */
import type { HistoryEntry } from '../api/schemas';
import { formatDeadline } from './deadlines';
import { parseRecordedDeadline } from './deadline-moves';
import { RATING_KEYS, type RatingKey } from './ratings';

/** One change: who made it, when, and each field it changed. */
export interface HistoryChange {
  readonly at: string;
  readonly by: string;
  readonly version: string;
  readonly fields: readonly HistoryFieldChange[];
}

export type HistoryFieldChange =
  /** A progress note was added. */
  | { readonly kind: 'note'; readonly label: string; readonly text: string }
  /** A rating changed; unknown words are kept as text. */
  | { readonly kind: 'rating'; readonly label: string; readonly from: RatingKey; readonly to: RatingKey; readonly why: string | null }
  /** Any other field: its value before and after in words. */
  | { readonly kind: 'value'; readonly label: string; readonly from: string; readonly to: string; readonly why: string | null };

const FIELD_LABELS: Readonly<Record<HistoryEntry['field'], string>> = {
  progress: 'Progress note',
  rating: 'Rating',
  title: 'Title',
  lead: 'Lead',
  leadName: 'Lead’s name',
  deadline: 'Deadline',
  deadlineText: 'Deadline in words',
};

const NOTHING = 'none';

function valueWords(field: HistoryEntry['field'], value: string | null): string {
  if (field === 'deadline') return value === null ? 'No deadline' : formatDeadline(parseRecordedDeadline(value));
  const text = value?.trim();
  return text ? text : NOTHING;
}

/** A rating as the history records it (null: not rated); undefined for a word the contract does not have. */
function recordedRating(value: string | null): RatingKey | undefined {
  if (value === null) return 'unrated';
  return RATING_KEYS.find((key) => key !== 'unrated' && key === value);
}

/** One field's change in words. A rating the contract does not know is shown as the word it is. */
export function describeHistoryEntry(entry: HistoryEntry): HistoryFieldChange {
  const label = FIELD_LABELS[entry.field];
  const why = entry.reason?.trim() ? entry.reason.trim() : null;
  if (entry.field === 'progress') return { kind: 'note', label, text: entry.to ?? '' };
  if (entry.field === 'rating') {
    const from = recordedRating(entry.from);
    const to = recordedRating(entry.to);
    if (from !== undefined && to !== undefined) return { kind: 'rating', label, from, to, why };
  }
  return { kind: 'value', label, from: valueWords(entry.field, entry.from), to: valueWords(entry.field, entry.to), why };
}

/**
 * The entries grouped into changes, in the order given (the API sends newest first).
 * Entries belong to one change when they are adjacent and share the version, time and
 * author; within a change a rating comes before the note that went with it.
 */
export function groupHistory(entries: readonly HistoryEntry[]): HistoryChange[] {
  const changes: { at: string; by: string; version: string; entries: HistoryEntry[] }[] = [];
  for (const entry of entries) {
    const last = changes.at(-1);
    if (last && last.version === entry.version && last.at === entry.at && last.by === entry.by) last.entries.push(entry);
    else changes.push({ at: entry.at, by: entry.by, version: entry.version, entries: [entry] });
  }
  const order = (e: HistoryEntry) => (e.field === 'progress' ? 1 : 0);
  return changes.map(({ entries: group, ...change }) => ({
    ...change,
    fields: [...group].sort((a, b) => order(a) - order(b)).map(describeHistoryEntry),
  }));
}

/** "History (3 changes)", "History (no changes yet)". */
export function historyHeading(changes: number): string {
  if (changes === 0) return 'History (no changes yet)';
  return `History (${changes} ${changes === 1 ? 'change' : 'changes'})`;
}
