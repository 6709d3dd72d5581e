/**
 * The demo sign-in (no identity provider configured, loopback only): one demo user per
 * role, each with that role on every plan, and the pages the sign-in flow shows. The
 * pages carry no script and no inline style (the server's CSP allows neither).
 */
import type { PlanRole } from './roles';

export const DEMO_ISSUER = 'urn:improvement-plan-dashboard:demo';

export interface DemoUser {
  role: PlanRole;
  name: string;
  /** The demo plans' `lead` values this user answers for (the lead's own actions). */
  leadKeys: string[];
  does: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { role: 'viewer', name: 'Vic Viewer', leadKeys: [], does: 'reads every plan' },
  { role: 'lead', name: 'Lee Lead', leadKeys: ['Service Director (Improvement)', 'Head of SEND'], does: 'reads every plan and updates the actions they lead' },
  { role: 'editor', name: 'Eddie Editor', leadKeys: [], does: 'updates any action, records reviews, imports plans' },
  { role: 'admin', name: 'Ada Admin', leadKeys: [], does: 'everything, plus plans, users and tokens' },
];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>${escapeHtml(title)}</title></head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

export function demoSignInPage(returnTo: string): string {
  const users = DEMO_USERS.map(
    (user) => `<li>
<form method="post" action="/auth/demo">
<input type="hidden" name="user" value="${user.role}">
<input type="hidden" name="returnTo" value="${escapeHtml(returnTo)}">
<button type="submit">Sign in as ${escapeHtml(user.name)} (${user.role})</button>
<span>${escapeHtml(user.does)}</span>
</form>
</li>`,
  ).join('\n');
  return page(
    'Demo sign-in – Improvement plan dashboard',
    `<h1>Demo sign-in</h1>
<p><strong>Demo only: not for real data.</strong> No identity provider is configured, so anyone on this computer can sign in as any of these users. The server offers this page only on its own loopback address (127.0.0.1); to sign in with your council's accounts, set OIDC_ISSUER and the other settings in the README.</p>
<ul>
${users}
</ul>`,
  );
}

export function signInFailedPage(reason: string): string {
  return page(
    'Sign-in did not complete – Improvement plan dashboard',
    `<h1>Sign-in did not complete</h1>
<p>${escapeHtml(reason.charAt(0).toUpperCase() + reason.slice(1))}.</p>
<p><a href="/auth/login">Try signing in again</a></p>`,
  );
}
