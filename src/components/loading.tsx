export interface LoadingProps {
  /** What is loading, for screen readers: "Loading the plan". */
  label: string;
  /** How many placeholder rows to draw. */
  rows?: number;
}

/** A skeleton in the shape of the content to come, announced once to screen readers. */
export function Loading({ label, rows = 3 }: LoadingProps) {
  return (
    <div className="app-skeleton" role="status" aria-live="polite">
      <span className="app-visually-hidden">{label}…</span>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="app-skeleton__row" aria-hidden="true" />
      ))}
    </div>
  );
}
