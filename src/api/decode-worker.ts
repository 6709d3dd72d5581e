/// <reference lib="webworker" />
import { answerDecodeRequest } from './decode-answer';
import type { DecodeRequest } from './decode-protocol';

/** Parses and validates large responses away from the main thread (see decode-off-thread.ts). */
self.onmessage = (event: MessageEvent<DecodeRequest>) => {
  self.postMessage(answerDecodeRequest(event.data));
};
