import { plural } from '../../domain/words';

/** The warning that some rating changes came with no rationale: text and a symbol, never colour alone. */
export function RationaleMissing({ count }: { count: number }) {
  return (
    <strong className="app-warning-text">
      <span aria-hidden="true">⚠ </span>
      {plural(count, 'change', 'changes')} with no rationale given
    </strong>
  );
}
