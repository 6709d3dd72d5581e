import { ConfigError } from './config';

export interface ConfigErrorPageProps {
  error: unknown;
}

/**
 * Shown instead of the app when config.json is missing or wrong: a deployment fault,
 * so the message is for whoever deployed it, and names the problem exactly.
 */
export function ConfigErrorPage({ error }: ConfigErrorPageProps) {
  const issues = error instanceof ConfigError ? error.issues : [];
  return (
    <main id="main-content" className="app-width-container app-main">
      <div className="app-error-summary" role="alert" aria-labelledby="config-error-title">
        <h1 id="config-error-title" className="app-heading-l">
          The dashboard is not set up correctly
        </h1>
        <p>{error instanceof Error ? error.message : String(error)}</p>
        {issues.length > 0 && (
          <ul className="app-list app-error-summary__list">
            {issues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        )}
        <p>If you are not the person who looks after this dashboard, please tell them about this message.</p>
      </div>
    </main>
  );
}
