/// <reference lib="webworker" />
import { answerDecodeRequest } from './decode-answer';
import type { DecodeRequest } from './decode-protocol';

/**
 * Parses and validates large responses away from the main thread (see decode-off-thread.ts).
 * Each message is posted as soon as it is ready, so the main thread copies in one part
 * while the next is being checked here.
 */
self.onmessage = (event: MessageEvent<DecodeRequest>) => {
  answerDecodeRequest(event.data, (reply) => self.postMessage(reply));
};
