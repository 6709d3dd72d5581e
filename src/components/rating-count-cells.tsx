import type { RatingCounts } from '../domain/rollup-types';
import { RATING_KEYS, RATING_LABELS, RATING_SYMBOLS } from '../domain/ratings';
import { formatCount } from '../domain/words';

/** One column header per rating, in key order, each with its symbol and word. */
export function RatingColumnHeaders() {
  return (
    <>
      {RATING_KEYS.map((key) => (
        <th key={key} scope="col" className="app-table__numeric">
          <span aria-hidden="true">{RATING_SYMBOLS[key]} </span>
          {RATING_LABELS[key]}
        </th>
      ))}
    </>
  );
}

/** The counts under `RatingColumnHeaders`, in the same order. */
export function RatingCountCells({ counts }: { counts: RatingCounts }) {
  return (
    <>
      {RATING_KEYS.map((key) => (
        <td key={key} className="app-table__numeric">
          {formatCount(counts[key])}
        </td>
      ))}
    </>
  );
}
