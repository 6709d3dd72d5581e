import { decodeText } from './decode';
import { RECORDS_PER_PART, splitForTransfer, type DecodeReply, type DecodeRequest } from './decode-protocol';
import { isApiError } from './errors';

/**
 * The worker's whole job, as a function of its request and a `send`, so it is tested
 * without a worker. Sends, in order: the long list's parts (as each is checked, for
 * the decoders that stream), then the rest of the value, or the error.
 */
export function answerDecodeRequest({ id, kind, text }: DecodeRequest, send: (reply: DecodeReply) => void): void {
  try {
    let sent = false;
    const value = decodeText(kind, text, {
      partSize: RECORDS_PER_PART,
      onRecords: (part) => {
        sent = true;
        send({ id, part });
      },
    });
    const { parts, rest } = splitForTransfer(kind, value, sent);
    for (const part of parts) send({ id, part });
    send({ id, ok: true, value: rest });
  } catch (error) {
    if (isApiError(error) && error.kind === 'contract') {
      send({ id, ok: false, contract: { resource: error.resource, issues: [...error.issues] }, message: error.message });
      return;
    }
    send({ id, ok: false, contract: null, message: error instanceof Error ? error.message : String(error) });
  }
}
