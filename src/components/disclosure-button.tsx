import type { ReactNode } from 'react';

export interface DisclosureButtonProps {
  open: boolean;
  /** The id of the panel it shows; named only while the panel is drawn. */
  controls: string;
  onToggle: () => void;
  /** The words, which say what pressing does ("Show history", "Hide history"). */
  children: ReactNode;
}

/** A button that shows or hides the panel below it, with the state announced (aria-expanded) and drawn (▸/▾). */
export function DisclosureButton({ open, controls, onToggle, children }: DisclosureButtonProps) {
  return (
    <button type="button" className="app-disclosure" aria-expanded={open} aria-controls={open ? controls : undefined} onClick={onToggle}>
      <span className="app-disclosure__icon" aria-hidden="true">
        {open ? '▾' : '▸'}
      </span>
      {children}
    </button>
  );
}
