import { ApiError, isApiError, type Resource } from './errors';
import { decodeText, type DecoderKind } from './decode';

/** What the main thread asks of the decode worker, and what it answers. */
export interface DecodeRequest {
  id: number;
  kind: DecoderKind;
  text: string;
}

export type DecodeReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; contract: { resource: Resource; issues: string[] } | null; message: string };

/** The worker's whole job, as a pure function so it is tested without a worker. */
export function answerDecodeRequest({ id, kind, text }: DecodeRequest): DecodeReply {
  try {
    return { id, ok: true, value: decodeText(kind, text) };
  } catch (error) {
    if (isApiError(error) && error.kind === 'contract') {
      return { id, ok: false, contract: { resource: error.resource, issues: [...error.issues] }, message: error.message };
    }
    return { id, ok: false, contract: null, message: error instanceof Error ? error.message : String(error) };
  }
}

/** The reply back on the main thread: the decoded value, or the same error the main thread would have thrown. */
export function settleDecodeReply(reply: DecodeReply): unknown {
  if (reply.ok) return reply.value;
  if (reply.contract) throw new ApiError({ kind: 'contract', ...reply.contract });
  throw new Error(reply.message);
}
