import type { RatingCounts } from '../domain/rollup-types';
import { RATING_KEYS, RATING_LABELS, RATING_SYMBOLS } from '../domain/ratings';
import './rating-key.css';
import './rating-tag.css';
import { formatCount } from '../domain/words';

export interface RatingBarProps {
  counts: RatingCounts;
  total: number;
}

/**
 * The rating distribution as a bar. Decorative: the counts beside it carry the
 * information, so it is hidden from assistive technology. Each segment carries its
 * symbol where there is room, so the bar still reads in black and white.
 */
export function RatingBar({ counts, total }: RatingBarProps) {
  if (total === 0) return <div className="app-rating-bar app-rating-bar--empty" aria-hidden="true" />;
  return (
    <div className="app-rating-bar" aria-hidden="true">
      {RATING_KEYS.filter((key) => counts[key] > 0).map((key) => (
        <span
          key={key}
          className={`app-rating-bar__segment app-tag--${key}`}
          style={{ flexGrow: counts[key] }}
          title={`${RATING_LABELS[key]}: ${formatCount(counts[key])}`}
        >
          {RATING_SYMBOLS[key]}
        </span>
      ))}
    </div>
  );
}

export interface RatingCountsTextProps {
  counts: RatingCounts;
}

/** "2 ✓ Complete, impact to test, 4 ● On track…": every non-zero rating, in key order, in words. */
export function RatingCountsText({ counts }: RatingCountsTextProps) {
  const present = RATING_KEYS.filter((key) => counts[key] > 0);
  return (
    <ul className="app-rating-counts">
      {present.map((key) => (
        <li key={key} className="app-rating-counts__item">
          <span className="app-rating-counts__number">{formatCount(counts[key])}</span>{' '}
          <span aria-hidden="true">{RATING_SYMBOLS[key]}</span> {RATING_LABELS[key]}
        </li>
      ))}
    </ul>
  );
}
