import { DIRECTION_LABELS, DIRECTION_SYMBOLS, type Direction } from '../../domain/direction';
import './measures.css';

export interface DirectionTextProps {
  direction: Direction;
  /** Capitalise the first word, for a cell or line of its own. */
  capitalise?: boolean;
}

/**
 * Direction of travel as words with an arrow beside them. The arrow is decoration:
 * "up" is not "better" for every measure, so the words carry the meaning.
 */
export function DirectionText({ direction, capitalise = false }: DirectionTextProps) {
  const words = DIRECTION_LABELS[direction];
  return (
    <span className={`app-direction app-direction--${direction}`}>
      <span className="app-direction__symbol" aria-hidden="true">
        {DIRECTION_SYMBOLS[direction]}
      </span>
      {/* A no-break space keeps the arrow with its word when the text wraps. */}
      {'\u00a0'}
      {capitalise ? `${words.charAt(0).toUpperCase()}${words.slice(1)}` : words}
    </span>
  );
}
