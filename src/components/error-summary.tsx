import type { MouseEvent, Ref } from 'react';
import type { FieldProblem } from '../domain/write-rules';
import './forms.css';

export interface ErrorSummaryProps {
  problems: readonly FieldProblem[];
  /** The element id of a field the form shows, or undefined for a problem with no field on the form. */
  fieldId: (field: string) => string | undefined;
  ref?: Ref<HTMLDivElement>;
}

/** Moves focus to the field (its label or legend scrolled into view), as GOV.UK's error summary does. */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  const legendOrLabel = field.closest('fieldset')?.querySelector('legend') ?? (field as HTMLInputElement).labels?.[0];
  (legendOrLabel ?? field).scrollIntoView?.();
  field.focus({ preventScroll: true });
}

/**
 * GOV.UK's error summary: at the top of the form, focused after a failed submit, each
 * problem a link to its field. The caller focuses it (the ref) when it appears.
 */
export function ErrorSummary({ problems, fieldId, ref }: ErrorSummaryProps) {
  return (
    <div className="app-error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title" role="alert">
      <h2 className="app-error-summary__title" id="error-summary-title">
        There is a problem
      </h2>
      <ul className="app-error-summary__list">
        {problems.map((problem, index) => {
          const id = fieldId(problem.field);
          return (
            <li key={`${problem.field}-${index}`}>
              {id ? (
                <a href={`#${id}`} onClick={(event) => focusField(event, id)}>
                  {problem.message}
                </a>
              ) : (
                problem.message
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
