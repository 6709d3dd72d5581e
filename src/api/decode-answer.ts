import { decodeText } from './decode';
import type { DecodeReply, DecodeRequest } from './decode-protocol';
import { isApiError } from './errors';

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
