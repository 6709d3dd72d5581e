import { ratingKeyEntries } from '../domain/ratings';
import { RatingTag } from './rating-tag';
import './rating-key.css';

export interface RatingKeyProps {
  /** The plan's own wording of each rating (`ratingDefinitions`), when it has one. */
  definitions?: Readonly<Record<string, string>> | undefined;
  /** Open by default (print, briefing); on screen it starts closed to save space. */
  open?: boolean;
}

/** The BRAG key: each rating's tag and what it means in this plan. */
export function RatingKey({ definitions, open = false }: RatingKeyProps) {
  const entries = ratingKeyEntries(definitions);
  return (
    <details className="app-rating-key" open={open}>
      <summary className="app-rating-key__summary">Key: what the ratings mean</summary>
      <dl className="app-rating-key__list">
        {entries.map((entry) => (
          <div key={entry.key} className="app-rating-key__row">
            <dt>
              <RatingTag rating={entry.key} />
            </dt>
            <dd>{entry.definition}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
