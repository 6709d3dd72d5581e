import type { Ref } from 'react';
import type { NullableRating } from '../../api/schemas';
import { RatingTag } from '../../components/rating-tag';
import { formatAsOf } from '../../domain/as-of';
import { isRatingKey, ratingKey } from '../../domain/ratings';
import { changesRating, type UpdateDraft } from '../../domain/update-draft';
import type { Conflict } from './update-form';

export interface ConflictPanelProps {
  conflict: Conflict;
  /** The draft as it is now (rebased onto their change). */
  draft: UpdateDraft;
  base: NullableRating;
  saving: boolean;
  onApply: () => void;
  ref?: Ref<HTMLDivElement>;
}

const FIELD_WORDS: Readonly<Record<string, string>> = {
  title: 'Title',
  lead: 'Lead',
  leadName: 'Lead’s name',
  deadline: 'Deadline',
  deadlineText: 'Deadline in words',
};

function Tag({ value }: { value: string | null }) {
  const key = value === null ? 'unrated' : value;
  return isRatingKey(key) ? <RatingTag rating={key} /> : <>{value}</>;
}

const none = <span className="app-secondary-text">None</span>;

/**
 * A 412: who changed the action and when, their change beside this one, and a button
 * to save this one on top (with the new version). The form below keeps what was typed.
 */
export function ConflictPanel({ conflict, draft, base, saving, onApply, ref }: ConflictPanelProps) {
  const { current, sets } = conflict;
  const latest = sets[0];
  const who = latest ? `${latest.by} changed action ${current.id} on ${formatAsOf(latest.at)}` : `Someone changed action ${current.id}`;
  const theirNote = sets.find((set) => set.note !== null)?.note ?? null;
  const theirRating = sets.find((set) => set.rating !== null)?.rating ?? null;
  const edits = sets.flatMap((set) => set.edits);
  const mine = changesRating(draft, base);
  const theirs = latest ? `${latest.by}’s change` : 'The action now';
  return (
    <div className="app-conflict" role="alert" tabIndex={-1} ref={ref} aria-labelledby="update-conflict-title">
      <h2 className="app-conflict__title" id="update-conflict-title">
        Someone else changed this action
      </h2>
      <p>
        {who}, after you opened this form. Your update has not been saved yet: it is still in the form below. Check it against
        theirs, then save it on top of their change, or change it first.
      </p>
      <table className="app-table app-table--stack app-conflict__table">
        <caption className="app-table__caption">Their change and yours</caption>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">{theirs}</th>
            <th scope="col">Your update</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Progress update</th>
            <td data-label={theirs}>{theirNote ?? current.progress.at(-1)?.text ?? none}</td>
            <td data-label="Your update">{draft.text.trim() === '' ? none : draft.text}</td>
          </tr>
          <tr>
            <th scope="row">Rating</th>
            <td data-label={theirs}>
              {theirRating ? (
                <>
                  <Tag value={theirRating.from} /> <span aria-hidden="true">→</span>
                  <span className="app-visually-hidden">changed to</span> <Tag value={theirRating.to} />
                </>
              ) : (
                <>
                  <RatingTag rating={ratingKey(current.rating)} /> (not changed)
                </>
              )}
            </td>
            <td data-label="Your update">
              {mine && draft.rating !== null ? (
                <>
                  <RatingTag rating={ratingKey(base)} /> <span aria-hidden="true">→</span>
                  <span className="app-visually-hidden">changed to</span> <RatingTag rating={draft.rating} />
                </>
              ) : (
                'No change'
              )}
            </td>
          </tr>
          {(theirRating?.reason || (mine && draft.rationale.trim() !== '')) && (
            <tr>
              <th scope="row">Why the rating changed</th>
              <td data-label={theirs}>{theirRating?.reason ?? none}</td>
              <td data-label="Your update">{mine && draft.rationale.trim() !== '' ? draft.rationale : none}</td>
            </tr>
          )}
          {edits.map((edit, index) => (
            <tr key={`${edit.field}-${index}`}>
              <th scope="row">{FIELD_WORDS[edit.field] ?? edit.field}</th>
              <td data-label={theirs}>
                {edit.from ?? 'None'} <span aria-hidden="true">→</span>
                <span className="app-visually-hidden">changed to</span> {edit.to ?? 'None'}
                {edit.reason && <span className="app-secondary-text"> ({edit.reason})</span>}
              </td>
              <td data-label="Your update">{none}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="app-button" disabled={saving} onClick={onApply}>
        Save my update on top of theirs
      </button>
    </div>
  );
}
