import { RATING_LABELS, RATING_SYMBOLS, type RatingKey } from '../domain/ratings';
import './rating-tag.css';

export interface RatingTagProps {
  rating: RatingKey;
  /** Shorter text where space is tight; the full label stays available to screen readers. */
  compact?: boolean;
}

/** A rating as a tag: its word and a distinct shape, so print and colour-blind readers lose nothing. */
export function RatingTag({ rating, compact = false }: RatingTagProps) {
  const label = RATING_LABELS[rating];
  return (
    <strong className={`app-tag app-tag--${rating}`}>
      <span className="app-tag__symbol" aria-hidden="true">
        {RATING_SYMBOLS[rating]}
      </span>
      {compact ? <span className="app-visually-hidden">{label}</span> : label}
    </strong>
  );
}
