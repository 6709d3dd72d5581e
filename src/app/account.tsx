import { useLocation, useSearch } from 'wouter';
import { signInHref } from '../api/sign-in';
import { roleToShow, useSession } from './session';

/**
 * The header's account line: "Signed in as NAME (role) · Sign out", or "Sign in" when
 * the API says nobody is. Sign-out is a form post to the server (it ends the session
 * there); sign-in is a link, and both come back by redirect. Nothing when the API has
 * no accounts.
 */
export function Account({ planId }: { planId?: string | undefined }) {
  const session = useSession();
  // Subscribed so the sign-in link's return address follows the page.
  useLocation();
  useSearch();

  if (session.status === 'signed-in') {
    const role = roleToShow(session.me, planId);
    return (
      <div className="app-account">
        <span>
          Signed in as <strong>{session.me.name}</strong>
          {role && ` (${role})`}
        </span>
        <span aria-hidden="true">·</span>
        <form method="post" action={session.signOutUrl} className="app-account__form">
          <button type="submit" className="app-account__button">
            Sign out
          </button>
        </form>
      </div>
    );
  }
  if (session.status === 'signed-out' && session.signInUrl) {
    return (
      <div className="app-account">
        <a href={signInHref(session.signInUrl, window.location)}>Sign in</a>
      </div>
    );
  }
  return null;
}
