import { ApiError, type Resource } from './errors';
// Types only: the decoders themselves stay out of the first view's script.
import type { DecoderKind } from './decode';

/** What the main thread asks of the decode worker, and what it answers. */
export interface DecodeRequest {
  id: number;
  kind: DecoderKind;
  text: string;
}

/**
 * A large answer comes as several messages: its records in order, `RECORDS_PER_PART`
 * at a time (`part`), then the rest of the value with that list left empty (`ok`).
 * Each message is its own task on the main thread, so copying 20,000 records in
 * costs many short tasks instead of one long one, and the main thread copies in one
 * part while the worker is still checking the next.
 */
export type DecodeReply =
  | { id: number; part: unknown[] }
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; contract: { resource: Resource; issues: string[] } | null; message: string };

export const RECORDS_PER_PART = 1000;

/** The one long list in each decoded kind: the records, or a review's ratings. */
const listKey = { plans: null, plan: null, actions: 'items', reviews: 'items', measures: 'items', review: 'ratings', history: null, summary: null } as const satisfies Record<DecoderKind, string | null>;

/** Where a kind's long list sits in its decoded value (`review` nests it one level down). */
function holder(kind: DecoderKind, value: unknown): Record<string, unknown> | null {
  if (listKey[kind] === null || typeof value !== 'object' || value === null) return null;
  const outer = value as Record<string, unknown>;
  const inner = kind === 'review' ? outer.review : outer;
  return typeof inner === 'object' && inner !== null ? (inner as Record<string, unknown>) : null;
}

/**
 * The worker's side: the long list cut into parts, and the value without it. `sent`:
 * the list went out already, part by part while it was checked (a `RecordStream`).
 */
export function splitForTransfer(kind: DecoderKind, value: unknown, sent = false): { parts: unknown[][]; rest: unknown } {
  const key = listKey[kind];
  const list = key === null ? undefined : holder(kind, value)?.[key];
  if (key === null || !Array.isArray(list) || (!sent && list.length <= RECORDS_PER_PART)) return { parts: [], rest: value };
  const parts: unknown[][] = [];
  if (!sent) for (let start = 0; start < list.length; start += RECORDS_PER_PART) parts.push(list.slice(start, start + RECORDS_PER_PART));
  const outer = value as Record<string, unknown>;
  const emptied = { ...holder(kind, value), [key]: [] };
  return { parts, rest: kind === 'review' ? { ...outer, review: emptied } : emptied };
}

/** The main thread's side: the value with its long list put back from the parts, in order. */
export function joinAfterTransfer(kind: DecoderKind, rest: unknown, parts: readonly unknown[][]): unknown {
  const key = listKey[kind];
  const inner = holder(kind, rest);
  if (parts.length === 0 || key === null || !inner) return rest;
  inner[key] = parts.flat();
  return rest;
}

/** The reply back on the main thread: the decoded value, or the same error the main thread would have thrown. */
export function settleDecodeReply(reply: Exclude<DecodeReply, { part: unknown[] }>, kind?: DecoderKind, parts: readonly unknown[][] = []): unknown {
  if (reply.ok) return kind === undefined ? reply.value : joinAfterTransfer(kind, reply.value, parts);
  if (reply.contract) throw new ApiError({ kind: 'contract', ...reply.contract });
  throw new Error(reply.message);
}
