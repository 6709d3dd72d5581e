import { isApiError, RESOURCE_LABEL } from '../api/errors';
import { signInHref } from '../api/sign-in';

export interface QueryErrorProps {
  /** What was being loaded, e.g. "the actions"; defaults to the failing resource's label. */
  what?: string;
  error: unknown;
  onRetry: () => void;
  /** True while the retry is in flight, so the button cannot be pressed twice. */
  retrying?: boolean;
}

/**
 * A failed request, said plainly: what failed, the server's own explanation (problem
 * `detail`), and a way to try again. Auth failures say what to do instead of retrying:
 * a 401 from a server that names its sign-in page offers it, coming back here after.
 */
export function QueryError({ what, error, onRetry, retrying = false }: QueryErrorProps) {
  const apiError = isApiError(error) ? error : undefined;
  const subject = what ?? (apiError ? RESOURCE_LABEL[apiError.resource] : 'this part of the page');
  const detail = apiError?.problem?.detail;
  const headline =
    apiError?.kind === 'unauthorized'
      ? `Sign in to see ${subject}`
      : apiError?.kind === 'forbidden'
        ? `You do not have permission to see ${subject}`
        : `Could not load ${subject}`;

  return (
    <div className="app-error-panel" role="alert">
      <h2 className="app-error-panel__title">{headline}</h2>
      <p>{error instanceof Error ? error.message : String(error)}</p>
      {detail && apiError?.message.includes(detail) !== true && <p className="app-error-panel__detail">{detail}</p>}
      {apiError?.issues && apiError.issues.length > 0 && (
        <ul className="app-list">
          {apiError.issues.slice(0, 5).map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      )}
      {apiError?.kind === 'unauthorized' && apiError.signInUrl ? (
        <a className="app-button" href={signInHref(apiError.signInUrl, window.location)}>
          Sign in
        </a>
      ) : (
        <button type="button" className="app-button app-button--secondary" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Trying again…' : 'Retry'}
        </button>
      )}
    </div>
  );
}
