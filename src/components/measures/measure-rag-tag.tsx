import { MEASURE_RAG_LABELS, MEASURE_RAG_SYMBOLS, type MeasureRag } from '../../domain/measure-rag';
import '../rating-tag.css';

export interface MeasureRagTagProps {
  /** null: no judgement (no target, no-judgement polarity or no latest figure). */
  rag: MeasureRag | null;
}

const TAG_CLASS: Readonly<Record<MeasureRag | 'none', string>> = {
  green: 'app-tag--green',
  amber: 'app-tag--amber',
  red: 'app-tag--red',
  none: 'app-tag--unrated',
};

/** A measure's standing against its target: word and shape, never colour alone. */
export function MeasureRagTag({ rag }: MeasureRagTagProps) {
  const key = rag ?? 'none';
  return (
    <strong className={`app-tag ${TAG_CLASS[key]}`}>
      <span className="app-tag__symbol" aria-hidden="true">
        {MEASURE_RAG_SYMBOLS[key]}
      </span>
      {MEASURE_RAG_LABELS[key]}
    </strong>
  );
}
