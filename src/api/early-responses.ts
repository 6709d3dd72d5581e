/**
 * Requests that index.html's early-fetch script (public/early-fetch.js) started
 * before the application code arrived: config.json and the first view's data. Each
 * is handed out once, to the first caller asking for that exact URL, and only while
 * fresh; anything else goes to the network as usual.
 */
export interface EarlyFetches {
  /** performance.now() when the script started the requests. */
  startedAt: number;
  /**
   * Absolute URL -> the response promise; the app sets a claimed entry to undefined.
   * A promise that resolves to undefined means "fetch it yourself": the script started
   * the request on remembered settings that config.json then contradicted.
   */
  responses: Record<string, Promise<Response | undefined> | undefined>;
}

/** Older than this, an unclaimed early response is not "the first view's data" any more. */
const MAX_AGE_MS = 30_000;

function earlyFetches(): EarlyFetches | undefined {
  return (globalThis as { ipdEarlyFetch?: EarlyFetches }).ipdEarlyFetch;
}

/**
 * The early response for `url`, claimed once. Callers fetch themselves when this is
 * undefined or resolves to undefined; a rejection is the request's own failure.
 */
export function takeEarlyResponse(url: string): Promise<Response | undefined> | undefined {
  const early = earlyFetches();
  if (!early) return undefined;
  const response = early.responses[url];
  if (!response) return undefined;
  early.responses[url] = undefined;
  if (typeof performance !== 'undefined' && performance.now() - early.startedAt > MAX_AGE_MS) return undefined;
  return response;
}
