import type { ReactNode } from 'react';
import { RATINGS, type NullableRating, type Rating } from '../../api/schemas';
import { RatingTag } from '../../components/rating-tag';
import { ratingDefinition, ratingKey } from '../../domain/ratings';

export interface RatingRadiosProps {
  /** The first radio's id: where the error summary's link goes. */
  id: string;
  value: Rating | null;
  /** The rating as the user last saw it. */
  current: NullableRating;
  onChange: (rating: Rating) => void;
  error: string | undefined;
  definitions: Readonly<Record<string, string>> | undefined;
  /** Revealed under the chosen radio when it is not the current rating (GOV.UK conditional reveal). */
  revealed: ReactNode;
  revealedId: string;
}

/**
 * The rating as GOV.UK radios, each labelled with the same tag as everywhere else
 * (word and shape) and the plan's definition as its hint. Choosing a rating other
 * than the current one reveals the question beneath it.
 */
export function RatingRadios({ id, value, current, onChange, error, definitions, revealed, revealedId }: RatingRadiosProps) {
  const hintId = `${id}-hint`;
  return (
    <div className={`app-form-group app-update-field${error ? ' app-form-group--error' : ''}`}>
      <fieldset className="app-fieldset" aria-describedby={[hintId, error && `${id}-error`].filter(Boolean).join(' ')}>
        <legend className="app-fieldset__legend">Rating</legend>
        <div id={hintId} className="app-hint">
          Now: <RatingTag rating={ratingKey(current)} />. Choose another rating only if it has changed; you will be asked why.
        </div>
        {error && (
          <p id={`${id}-error`} className="app-error-message">
            <span className="app-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className="app-radios">
          {RATINGS.map((rating, index) => {
            const radioId = index === 0 ? id : `${id}-${rating}`;
            const changes = rating !== current;
            const checked = value === rating;
            return (
              <div key={rating} className="app-radios__item-group">
                <div className="app-radios__item">
                  <input
                    className="app-radios__input"
                    id={radioId}
                    name="rating"
                    type="radio"
                    value={rating}
                    checked={checked}
                    onChange={() => onChange(rating)}
                    aria-describedby={`${radioId}-item-hint`}
                    // Points at the revealed question only while it is there (GOV.UK no longer sets aria-expanded here).
                    aria-controls={checked && changes ? revealedId : undefined}
                  />
                  <label className="app-radios__label" htmlFor={radioId}>
                    <RatingTag rating={rating} />
                    {!changes && ' (now)'}
                  </label>
                  <div id={`${radioId}-item-hint`} className="app-hint app-radios__hint">
                    {ratingDefinition(rating, definitions)}
                  </div>
                </div>
                {checked && changes && (
                  <div className="app-radios__conditional" id={revealedId}>
                    {revealed}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
