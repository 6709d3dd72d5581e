import { MEASURE_STATE_LABELS, MEASURE_STATE_SYMBOLS, type MeasureState } from '../../domain/measure-state';
import '../rating-tag.css';

export interface MeasureStateTagProps {
  state: MeasureState;
}

const TAG_CLASS: Readonly<Record<MeasureState, string>> = {
  'on-target': 'app-tag--green',
  'near-target': 'app-tag--amber',
  'off-target': 'app-tag--red',
  'no-target': 'app-tag--unrated',
  'not-collected': 'app-tag--unrated',
  'no-figure': 'app-tag--unrated',
};

/** Where a measure stands, in the one vocabulary: word and shape, never colour alone. */
export function MeasureStateTag({ state }: MeasureStateTagProps) {
  return (
    <strong className={`app-tag ${TAG_CLASS[state]}`}>
      <span className="app-tag__symbol" aria-hidden="true">
        {MEASURE_STATE_SYMBOLS[state]}
      </span>
      {MEASURE_STATE_LABELS[state]}
    </strong>
  );
}
