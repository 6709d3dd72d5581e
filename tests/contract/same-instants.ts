/**
 * `asOf` is a date-time with an offset: `2024-01-12T09:00:00+00:00` and
 * `2024-01-12T09:00:00.000Z` are the same instant. Replaces every `asOf` string in a
 * value with its epoch milliseconds, so comparisons are about the instant, not its
 * spelling (a server stores the instant and may write it either way).
 */
export function sameInstants<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (key, v: unknown) => (key === 'asOf' && typeof v === 'string' ? Date.parse(v) : v)) as T;
}
