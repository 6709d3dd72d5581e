import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { toSearch, type SearchValue } from './paths';

/**
 * Filters live in the URL, so a link can be emailed before a meeting and reload,
 * back and forward keep the view. Each parameter is parsed on its own with a
 * fallback, so one bad value (a hand-edited link) resets only itself.
 */

/**
 * A parameter's parser: the raw value ('' when missing) to the value the view uses,
 * never throwing. Plain functions rather than zod schemas: these run on the first
 * view, whose bundle carries no validation library (that loads with the decoders).
 */
export type Param<T> = (raw: string) => T;

/** A comma-separated list of allowed values; unknown ones are dropped, order kept, repeats removed. */
export function listParam<T extends string>(allowed: readonly T[]): Param<T[]> {
  const set = new Set<string>(allowed);
  return (text) => [...new Set(text.split(',').map((v) => v.trim()))].filter((v): v is T => set.has(v));
}

/** A comma-separated list of free text values (ids, lead keys). */
export const textListParam: Param<string[]> = (text) => [
  ...new Set(
    text
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  ),
];

export function enumParam<T extends string>(allowed: readonly [T, ...T[]], fallback: T): Param<T> {
  const set = new Set<string>(allowed);
  return (raw) => (set.has(raw) ? (raw as T) : fallback);
}

/** "yes" is true; anything else false. */
export const flagParam: Param<boolean> = (v) => v === 'yes';

/** Free text up to 200 characters; a longer value (a mangled link) is dropped. */
export const textParam: Param<string> = (v) => (v.length <= 200 ? v : '');

type Shape = Record<string, Param<unknown>>;
type Parsed<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };

export interface UpdateOptions {
  /** Replace the history entry (typing in a search box) instead of adding one. */
  replace?: boolean;
}

export function parseSearch<S extends Shape>(shape: S, search: string): Parsed<S> {
  const raw = new URLSearchParams(search);
  const out: Record<string, unknown> = {};
  for (const [key, parse] of Object.entries(shape)) {
    // A missing parameter is parsed as '' so each parser's fallback applies.
    out[key] = parse(raw.get(key) ?? '');
  }
  return out as Parsed<S>;
}

/** Reads the view's filters from the URL and writes changes back to it. */
export function useSearchState<S extends Shape>(shape: S) {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const state = useMemo(() => parseSearch(shape, search), [shape, search]);

  const update = useCallback(
    (patch: Partial<Record<keyof S, SearchValue>>, { replace = false }: UpdateOptions = {}) => {
      const next: Record<string, SearchValue> = {};
      for (const key of Object.keys(shape)) {
        next[key] = key in patch ? patch[key] : (state[key] as SearchValue);
      }
      navigate(`${location}${toSearch(next)}`, { replace });
    },
    [shape, state, location, navigate],
  );

  return [state, update] as const;
}
