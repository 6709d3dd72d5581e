/** Where the app is served from, without a trailing slash ("" at the root): the router's base, and what the first view's path is read against. */
export const APP_BASE = import.meta.env.BASE_URL.replace(/\/$/, '');
