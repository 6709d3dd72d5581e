/**
 * Where to send someone to sign in: the server's sign-in address with the page to come
 * back to (`returnTo`, a path on this site; the server accepts nothing else).
 */
export function signInHref(signInUrl: string, page: { pathname: string; search: string }): string {
  const url = new URL(signInUrl);
  url.searchParams.set('returnTo', `${page.pathname}${page.search}`);
  return url.toString();
}
