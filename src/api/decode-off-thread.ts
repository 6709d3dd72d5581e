import type * as Decoders from './decode';
import type { Decoded, DecoderKind } from './decode';
import { settleDecodeReply, type DecodeReply } from './decode-protocol';

/**
 * The decoders (zod and the contract's schemas) are a chunk of their own, so the first
 * view's script carries no validation library. Its download starts when the app starts
 * (`preloadDecoders`), alongside the early-fetched data, so nothing waits for it in turn.
 */
let decoders: Promise<typeof Decoders> | undefined;
export function preloadDecoders(): Promise<typeof Decoders> {
  decoders ??= import('./decode');
  return decoders;
}

/**
 * Below this size a response is parsed on the main thread: posting it to a worker
 * and back costs more than parsing it. Above it (a large plan's actions, measures
 * or a review's ratings) JSON.parse and validation run in a worker, so the page
 * never freezes for them; only the structured clone of the result lands here.
 */
export const OFF_THREAD_MIN_CHARS = 200_000;

let worker: Worker | null | undefined;
let nextId = 1;
interface Pending {
  kind: DecoderKind;
  /** The long list's parts received so far, in order. */
  parts: unknown[][];
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}
const pending = new Map<number, Pending>();

function decodeWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    worker = new Worker(new URL('./decode-worker.ts', import.meta.url), { type: 'module', name: 'decode' });
  } catch {
    // A page whose policy forbids workers still works, on the main thread.
    return (worker = null);
  }
  worker.onmessage = (event: MessageEvent<DecodeReply>) => {
    const reply = event.data;
    const entry = pending.get(reply.id);
    if (!entry) return;
    if ('part' in reply) {
      entry.parts.push(reply.part);
      return;
    }
    pending.delete(reply.id);
    try {
      entry.resolve(settleDecodeReply(reply, entry.kind, entry.parts));
    } catch (error) {
      entry.reject(error);
    }
  };
  worker.onerror = (event) => {
    // A worker that cannot start (blocked script, old browser) fails its requests, never silently.
    event.preventDefault();
    const error = new Error(`The data could not be read in the background: ${event.message || 'the worker failed to start'}`);
    for (const entry of pending.values()) entry.reject(error);
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

/**
 * Starts the worker before the first large response arrives, so its script loads and
 * compiles while the data downloads (main.tsx: at once when the first view reads the
 * actions, otherwise once it is painted).
 */
export function startDecodeWorker(): void {
  decodeWorker();
}

/** Decodes a response body: in the worker when it is large and workers exist, otherwise here. */
export function decodeOffThread<K extends DecoderKind>(kind: K, text: string): Promise<Decoded<K>> {
  const target = text.length >= OFF_THREAD_MIN_CHARS ? decodeWorker() : null;
  if (!target) return preloadDecoders().then(({ decodeText }) => decodeText(kind, text));
  const id = nextId;
  nextId += 1;
  return new Promise<Decoded<K>>((resolve, reject) => {
    pending.set(id, { kind, parts: [], resolve: (value) => resolve(value as Decoded<K>), reject });
    target.postMessage({ id, kind, text });
  });
}
