import { ApiError, type Resource } from './errors';
// Types only: the decoders themselves stay out of the first view's script.
import type { DecoderKind } from './decode';

/** What the main thread asks of the decode worker, and what it answers. */
export interface DecodeRequest {
  id: number;
  kind: DecoderKind;
  text: string;
}

export type DecodeReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; contract: { resource: Resource; issues: string[] } | null; message: string };

/** The reply back on the main thread: the decoded value, or the same error the main thread would have thrown. */
export function settleDecodeReply(reply: DecodeReply): unknown {
  if (reply.ok) return reply.value;
  if (reply.contract) throw new ApiError({ kind: 'contract', ...reply.contract });
  throw new Error(reply.message);
}
